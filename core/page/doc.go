// Package page reads invitation pages. It defines Node, a small view of a
// DOM element that both a native HTML tree (package htmlnode) and the live
// browser DOM (package wasm) implement, and one Adapter per supported page.
//
// An Adapter is data: URL patterns, the page's markers, the list and the
// card, and for every card field and every control an ordered list of
// fallbacks (Finder), attributes and structure first, translated text
// last. What data cannot say is done by small named parsers and
// extractors: ParseMutuals, ParseAge, LabelName and the unexported ones of
// each site. All adapters are in one explicit list, All.
//
// Use:
//
//	a, err := page.Detect(url, root) // by URL, then by markup; *NotFoundError names the adapters tried
//	for _, f := range a.Cards(root) { // every card; fields not shown stay unknown, see card.New
//		accept := a.Control(f.Node, page.Accept) // nil when absent
//		who := a.ControlNames(accept)            // "Accept Jane Doe’s invitation" → "Jane Doe"
//		if !a.Clickable(accept) { /* the user must click it */ }
//	}
//
// A recognised page without invitations is not an error: Cards returns
// none and Empty tells whether the site shows its empty state. Adapter.Mode
// says whether the site's Content Security Policy lets the core run in the
// page or only hosted (DESIGN §7).
//
// In the browser the adapters read a snapshot of the page that the shell
// took (core/domtree), never the live page.
//
// Selectors are standard CSS that both cascadia and browsers accept (no
// :contains, no :has, no :is). Package page is linked into the
// WebAssembly build: it imports no fmt, regexp or encoding/json.
//
// docs/fix-a-site-adapter.md explains how to mend an adapter when a site
// changes its markup.
package page
