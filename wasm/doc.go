//go:build js && wasm

// Command wasm is Vetted's WebAssembly entry point (core.wasm). It binds the
// live invitation page to the Go core: a page.Node over the browser DOM,
// the scan loop (adapter detection, MutationObserver, settings and ledger
// from the extension's storage), the badge renderer and the action wiring.
//
// It holds only glue; everything that can be tested natively lives under
// core/. Size matters (DESIGN §8): no fmt, regexp, encoding/json or
// net/url here or in anything it imports; JSON goes through the page's
// JSON object via syscall/js.
package main
