//go:build js && wasm && legacy && !pages

package main

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
)

// adapterSite binds a core/page adapter to the scan loop.
type adapterSite struct{ *page.Adapter }

func (s adapterSite) Name() card.Site { return s.Site }

func (s adapterSite) AdapterID() string { return s.ID }

// ControlNames is the person a control's label names: its aria-label,
// else its visible text (the accessible name of a link without
// aria-label, as LinkedIn's "Reply to Ada").
func (s adapterSite) ControlNames(ctrl page.Node) string { return s.Adapter.NamedBy(ctrl) }

// List is the first of the adapter's invitation lists on the page.
func (s adapterSite) List(root page.Node) page.Node { return s.Adapter.FirstList(root) }

// invitationURL reports whether a URL is one of the adapters' pages: only
// there does Vetted keep looking for a list that has not rendered yet.
var invitationURL = func(url string) bool {
	for _, a := range page.All {
		if a.Matches(url) {
			return true
		}
	}
	return false
}

// detectSite returns the adapter for the page, or nil (a variable so the
// browser tests can supply a fake site).
var detectSite = func(url string, root page.Node) site {
	a, err := page.Detect(url, root)
	if err != nil || a == nil {
		return nil
	}
	return adapterSite{a}
}
