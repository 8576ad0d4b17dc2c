//go:build js && wasm

package main

func main() {
	// A Go wasm main must not return, or later JavaScript callbacks fail.
	select {}
}
