//go:build js && wasm && (legacy || pages)

package main

import (
	"syscall/js"
	"testing"
)

// mount parses constant fixture markup (test input only, never page data)
// into a fresh container appended to the document body, and removes it
// when the test ends.
func mount(t *testing.T, markup string) js.Value {
	t.Helper()
	parsed := global.Get("DOMParser").New().Call("parseFromString", "<body>"+markup+"</body>", "text/html")
	box := create("div", "data-test-fixture", t.Name())
	src := parsed.Get("body")
	for c := src.Get("firstChild"); !c.IsNull(); c = src.Get("firstChild") {
		box.Call("appendChild", document.Call("adoptNode", c))
	}
	document.Get("body").Call("appendChild", box)
	t.Cleanup(func() { box.Call("remove") })
	return box
}

func q(root js.Value, sel string) js.Value { return root.Call("querySelector", sel) }

func qa(root js.Value, sel string) []js.Value {
	l := root.Call("querySelectorAll", sel)
	out := make([]js.Value, l.Length())
	for i := range out {
		out[i] = l.Index(i)
	}
	return out
}
