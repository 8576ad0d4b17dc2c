//go:build js && wasm && pages

package main

import "syscall/js"

// exportPageAPI publishes globalThis.vettedCore in the extension's own
// pages (extension/core-page.js loads pages.wasm there): the core's
// validation and data functions, so that no JavaScript duplicates them.
// Each group of functions lives in its own file (pageapi_*.go). Every
// function takes and returns plain JSON-like values and never throws: a
// problem is returned as data ({ok: false, errors: [...]}, or an error
// string), as the pages expect.
func exportPageAPI() {
	api := jsObject.New()
	api.Set("version", version)
	settingsAPI(api)
	ledgerAPI(api)
	learnAPI(api)
	global.Set("vettedCore", api)
	if ready := global.Get("vettedCoreReady"); ready.Type() == js.TypeFunction {
		ready.Invoke(api)
	}
}

// pageFunc wraps a page API function so that a Go panic becomes an error
// result instead of killing the core for the whole page.
func pageFunc(fn func(args []js.Value) any) js.Func {
	return js.FuncOf(func(_ js.Value, args []js.Value) (out any) {
		defer func() {
			if r := recover(); r != nil {
				o := jsObject.New()
				o.Set("ok", false)
				o.Set("error", "internal error in the core")
				out = o
			}
		}()
		return fn(args)
	})
}
