// Package htmlnode implements page.Node over golang.org/x/net/html, with
// CSS selectors from github.com/andybalholm/cascadia, so that site adapters
// are tested on saved HTML pages natively, and the CLI can scan a saved
// invitation page without a browser.
//
// It is native-only: the WebAssembly build reads the live DOM instead and
// must not link this package (x/net/html and cascadia would cost size).
//
// Text returns the raw textContent, like the browser's; adapters normalise
// white space themselves. Selectors are compiled once and cached, since the
// same selector strings are run against every card of a page. An invalid
// selector never panics: it matches nothing.
package htmlnode
