//go:build js && wasm

// Command wasm holds Vetted's WebAssembly entry points: glue between the
// browser and the Go core, which lives under core/ and is tested natively.
//
// The package builds twice:
//
//   - core.wasm (no tag, main.go): the core the content-script shell
//     (extension/shell.js) asks, in either of its homes (DESIGN §7): in the
//     page (extension/loader.js instantiates it in the content script) or
//     hosted in the background (extension/host.js: Chromium's service
//     worker, Firefox's event page). It publishes
//     globalThis.vettedCore.call(request JSON, snapshot) and answers with
//     core/session, which reads the shell's snapshots (core/domtree) and
//     returns render models (core/render) and action steps as JSON; no DOM
//     is touched here. The settings and the decision log are read from
//     chrome.storage and followed as they change (store.go), and a
//     settings or storage problem goes with every answer, the same in both
//     homes.
//   - pages.wasm (-tags pages, main_pages.go): the validation and data
//     functions of pageapi*.go for the extension's own pages (options,
//     decision log), loaded by extension/core-page.js.
//
// Shared: bridge.go (extension APIs and JSON trees over syscall/js),
// clock.go (the wall clock through Date.now), lang.go (the language of the
// messages), timers.go, version.go.
//
// Size matters (DESIGN §8): no regexp, net/url or time here or in anything
// it imports (package time alone adds about 200 KB); timers go through the
// browser.
package main
