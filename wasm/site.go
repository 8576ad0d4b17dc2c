//go:build js && wasm

package main

import (
	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
)

// site is what the scan loop and the actions need from a site adapter
// (bound to core/page in adapter.go).
type site interface {
	action.Site
	// Name is the site the adapter reads.
	Name() card.Site
	// Cards reads every invitation card under root, in page order.
	Cards(root page.Node) []found
	// List returns the element holding the invitation list, to observe
	// (nil: observe the whole body).
	List(root page.Node) page.Node
}

// found is one card on the page.
type found struct {
	Card     card.Card
	Node     page.Node
	Problems []string
}
