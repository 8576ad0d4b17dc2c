//go:build js && wasm

// Command wasm is Vetted's WebAssembly entry point (core.wasm), started by
// the content-script loader on an invitation page. It binds the live page
// to the Go core and holds only glue; everything that can be tested
// natively lives under core/.
//
// The package builds three times. Without tags it is core.wasm, the
// content script's core (main.go). With -tags hosted it is hosted.wasm,
// the core run in the background service worker for pages whose CSP
// forbids WebAssembly in the page (X in Chromium; DESIGN §7):
// main_hosted.go answers the content-script shell's requests
// (extension/shell.js through extension/host.js) with core/session, which
// reads the shell's snapshots (core/domtree) and returns render models
// (core/render) and action steps as JSON; no DOM is touched here. With
// -tags pages it is pages.wasm, loaded by the extension's own pages
// (options, decision log) through extension/core-page.js: main_pages.go
// publishes the validation and data functions of pageapi*.go as
// globalThis.vettedCore and links none of the page-scanning code. Files
// only some builds need say so in their build constraint (!pages,
// !hosted, pages); the rest is shared glue (store.go, the decision log,
// serves core.wasm and hosted.wasm).
//
//   - node.go: page.Node over the live DOM (querySelector, closest,
//     textContent, getAttribute). Vetted's own badges are invisible to it,
//     so the adapters never read or find Vetted's elements.
//   - snapshot.go: cards are read from snapshots. The loader's
//     vettedSnapshot (extension/loader.js) answers, in one call per card,
//     what the site's read plan asks (core/page, Plan, learnt from the
//     reads themselves); anything else goes to the live Node. A 1,000-card
//     page: about 40 crossings of the JavaScript boundary per card instead
//     of 290 (BENCHMARKS.md).
//   - app.go: the scan loop. It detects the site adapter (page.Detect) from
//     location.href and the document, reads the cards (only new or changed
//     ones after the first scan), judges them as one page (verdict), draws
//     the badges a slice at a time (below the first 30 cards, when a card
//     comes near the viewport: an IntersectionObserver), and follows the
//     page with a
//     MutationObserver debounced to one animation frame, SPA navigation
//     (popstate, the Navigation API, a heartbeat) and storage changes
//     (settings re-judge every card live). It reports counts per level and
//     type to the background ({type: 'vetted-status', ...}).
//   - badge.go, labels.go: the badge renderer and its DOM contract (see
//     badge.go); all page-derived text goes through textContent or text
//     nodes, never HTML.
//   - act.go: the one-click actions, planned and checked by core/action,
//     clicking the page's own controls and reporting the outcome on the
//     badge and in the ledger.
//   - keys.go: the keyboard shortcuts (j/k/a/i/o/?), decided by core/keys.
//   - i18n.go: the badge's text from the extension's _locales
//     (chrome.i18n.getMessage), English in Go as the fallback.
//   - lang.go (both builds): the language of those messages (their "lang"
//     message, asked once), by which the badge and the options page show
//     the red flags' titles and docs (flag.Rule.TitleIn, DocIn).
//   - store.go: the decision log (core/ledger) in chrome.storage.local,
//     written by one goroutine; nothing is dropped on a storage error.
//   - bridge.go, clock.go, dom.go: the extension APIs, JSON trees, timers
//     and DOM helpers over syscall/js.
//
// Size matters (DESIGN §8): no fmt, regexp, encoding/json, net/url or
// time here or in anything it imports (package time alone adds about
// 200 KB), and no dom/v2 (about 1 MB, and its per-element type switch is
// slow); JSON goes through the browser, timers through setTimeout.
package main
