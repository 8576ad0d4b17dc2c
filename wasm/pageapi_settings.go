//go:build js && wasm

package main

import "syscall/js"

// settingsAPI adds the options page's functions to vettedCore.
func settingsAPI(api js.Value) {}
