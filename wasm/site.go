//go:build js && wasm && legacy && !pages

package main

import (
	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
)

// site is what the scan loop and the actions need from a site adapter
// (*page.Adapter, through adapterSite; a fake in the browser tests).
type site interface {
	action.Site
	// Name is the site the adapter reads.
	Name() card.Site
	// AdapterID is the adapter's ID (page.Adapter.ID).
	AdapterID() string
	// CardNodes returns the card elements under root, in page order.
	CardNodes(root page.Node) []page.Node
	// List returns the element holding the invitation list, to observe
	// (nil: observe the whole body).
	List(root page.Node) page.Node
}
