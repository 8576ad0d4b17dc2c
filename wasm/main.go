//go:build js && wasm

package main

import "syscall/js"

func main() {
	if extensionPage() {
		// The options, ledger and other extension pages use the core for
		// validation and data work only (pageapi.go); no page is scanned.
		exportPageAPI()
	} else {
		a := newApp()
		exportAPI(a)
		go a.start()
	}
	// A Go wasm main must not return, or later JavaScript callbacks fail.
	select {}
}

// extensionPage reports whether core.wasm runs in one of the extension's
// own pages (chrome-extension: or moz-extension:) rather than in a
// content script on a site.
func extensionPage() bool {
	loc := global.Get("location")
	if loc.Type() != js.TypeObject {
		return false
	}
	p := loc.Get("protocol").String()
	return p == "chrome-extension:" || p == "moz-extension:"
}

// exportAPI publishes a small object on the content script's global (the
// extension's isolated world, invisible to the page): the version and a
// rescan hook for the loader and the end-to-end tests.
func exportAPI(a *app) {
	api := jsObject.New()
	api.Set("version", version)
	api.Set("rescan", js.FuncOf(func(js.Value, []js.Value) any { a.poke(); return nil }))
	global.Set("vettedCore", api)
}

// version is set at build time with -ldflags "-X main.version=…".
var version = "dev"
