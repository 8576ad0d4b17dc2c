//go:build js && wasm && pages

package main

// main is pages.wasm's: the core's validation and data functions for the
// extension's own pages (options, decision log), published as
// globalThis.vettedCore by exportPageAPI. No site page is scanned.
func main() {
	exportPageAPI()
	// A Go wasm main must not return, or later JavaScript callbacks fail.
	select {}
}
