//go:build js && wasm

// Command empty is the floor of `make bench`: the smallest Go WebAssembly
// program that starts and calls back into JavaScript, loaded the same way
// as core.wasm.
package main

import "syscall/js"

func main() {
	if ready := js.Global().Get("__emptyReady"); ready.Type() == js.TypeFunction {
		ready.Invoke()
	}
	select {}
}
