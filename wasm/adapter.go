//go:build js && wasm

package main

import "github.com/vetted/vetted/core/page"

// detectSite returns the adapter for the page, or nil (a variable so the
// browser tests can supply a fake site).
// TODO(E2): bind to page.Detect once core/page's adapters land.
var detectSite = func(url string, root page.Node) site { return nil }
