//go:build js && wasm && (legacy || pages)

package main

import (
	"strconv"
	"syscall/js"
)

var itoa = strconv.Itoa

// Raw DOM helpers for the hot paths (dom/v2 wraps every element through a
// long type switch). Page-derived text only ever goes through textContent
// or text nodes; nothing here parses HTML.

var document = global.Get("document")

// create makes an element with attributes given as name, value pairs.
//
//go:noinline
func create(tag string, attrs ...string) js.Value {
	e := document.Call("createElement", tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		e.Call("setAttribute", attrs[i], attrs[i+1])
	}
	return e
}

// createText makes an element holding text (as text, never markup).
//
//go:noinline
func createText(tag, text string, attrs ...string) js.Value {
	e := create(tag, attrs...)
	e.Set("textContent", text)
	return e
}

// clear removes every child of an element.
//
//go:noinline
func clear(e js.Value) {
	for c := e.Get("lastChild"); !c.IsNull(); c = e.Get("lastChild") {
		e.Call("removeChild", c)
	}
}

//go:noinline
func setAttr(e js.Value, name, value string) { e.Call("setAttribute", name, value) }

//go:noinline
func removeAttr(e js.Value, name string) { e.Call("removeAttribute", name) }

//go:noinline
func attr(e js.Value, name string) string {
	v := e.Call("getAttribute", name)
	if v.IsNull() {
		return ""
	}
	return v.String()
}

// connected reports whether an element is in the document.
func connected(e js.Value) bool {
	return e.Type() == js.TypeObject && e.Get("isConnected").Truthy()
}

// plural is "1 card", "3 cards".
