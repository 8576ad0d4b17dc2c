//go:build js && wasm && !pages && !hosted

package main

import "syscall/js"

// main is core.wasm's: the content script's core on an invitation page.
// The extension's own pages load pages.wasm instead, the same package
// built with -tags pages (main_pages.go, pageapi*.go), so that neither
// carries the other's code.
func main() {
	go func() {
		// The runtime's start-up filled this task (tens of milliseconds
		// in the browser's baseline compiler on a cold page): the core
		// starts in a fresh one (DESIGN §8: no task over 50 ms).
		yield()
		a := newApp()
		exportAPI(a)
		a.start()
	}()
	// A Go wasm main must not return, or later JavaScript callbacks fail.
	select {}
}

// exportAPI publishes a small object on the content script's global (the
// extension's isolated world, invisible to the page): the version and a
// rescan hook for the loader and the end-to-end tests, and the unread
// report for the popup.
func exportAPI(a *app) {
	api := jsObject.New()
	api.Set("version", version)
	api.Set("rescan", js.FuncOf(func(js.Value, []js.Value) any { a.poke(); return nil }))
	// The popup's "could not be read" (unread.go), asked through shell.js.
	api.Set("unread", js.FuncOf(func(js.Value, []js.Value) any { return a.unread() }))
	global.Set("vettedCore", api)
}
