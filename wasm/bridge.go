//go:build js && wasm

package main

import (
	"strconv"
	"syscall/js"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/jsontree"
)

// The bridge to the extension: chrome.storage and chrome.runtime through
// syscall/js, with JSON values converted to and from generic Go trees
// (map[string]any, []any, string, float64, bool, nil) so no JSON package
// is linked.

// extAPI returns the extension API namespace (chrome, or browser in
// Firefox), or undefined outside an extension (tests, plain pages).
func extAPI() js.Value {
	for _, name := range []string{"chrome", "browser"} {
		v := global.Get(name)
		if v.Type() == js.TypeObject && v.Get("storage").Type() == js.TypeObject {
			return v
		}
	}
	return js.Undefined()
}

// lastError returns chrome.runtime.lastError's message, or "".
func lastError(api js.Value) string {
	rt := api.Get("runtime")
	if rt.Type() != js.TypeObject {
		return ""
	}
	e := rt.Get("lastError")
	if !e.Truthy() {
		return ""
	}
	if m := e.Get("message"); m.Type() == js.TypeString {
		return m.String()
	}
	return "unknown error"
}

// toTree converts a JSON-like JavaScript value to a generic Go tree.
// Functions, symbols and values nested deeper than jsontree.MaxDepth (a
// cycle) become nil. Every import parses with jsontree.Parse, which
// refuses a file nested deeper, so whatever Vetted stored reads whole and
// a write does not cut it short; only a value stored deeper than that by
// something else (a newer version nesting more than 64 levels) would be.
func toTree(v js.Value) any { return toTreeDepth(v, 0) }

var (
	global   = js.Global()
	jsArray  = global.Get("Array")
	jsObject = global.Get("Object")
)

func toTreeDepth(v js.Value, depth int) any {
	switch v.Type() {
	case js.TypeString:
		return v.String()
	case js.TypeNumber:
		return v.Float()
	case js.TypeBoolean:
		return v.Bool()
	case js.TypeObject:
		if depth > jsontree.MaxDepth {
			return nil
		}
		if jsArray.Call("isArray", v).Bool() {
			n := v.Length()
			out := make([]any, n)
			for i := 0; i < n; i++ {
				out[i] = toTreeDepth(v.Index(i), depth+1)
			}
			return out
		}
		keys := jsObject.Call("keys", v)
		n := keys.Length()
		out := make(map[string]any, n)
		for i := 0; i < n; i++ {
			k := keys.Index(i).String()
			out[k] = toTreeDepth(v.Get(k), depth+1)
		}
		return out
	}
	return nil
}

// apiResult is what an extension API callback got: its first argument and
// chrome.runtime.lastError, which is only set during the callback; or
// timeout when it did not come in time.
type apiResult struct {
	v       js.Value
	err     string
	timeout bool
}

// apiCallback is a callback for extension APIs: it reads lastError inside
// the callback, where it is valid. The channel gets the callback's result
// or, after timeout milliseconds, a timeout.
func apiCallback(api js.Value, timeout float64) (js.Func, <-chan apiResult) {
	ch := make(chan apiResult, 1)
	var f, t js.Func
	var tid js.Value
	f = js.FuncOf(func(this js.Value, args []js.Value) any {
		r := apiResult{v: js.Undefined(), err: lastError(api)}
		if len(args) > 0 {
			r.v = args[0]
		}
		select {
		case ch <- r:
			global.Call("clearTimeout", tid)
			t.Release()
		default: // too late
		}
		f.Release()
		return nil
	})
	t = js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case ch <- apiResult{timeout: true}:
		default:
		}
		t.Release() // f stays: the API may still call it
		return nil
	})
	tid = global.Call("setTimeout", t, timeout)
	return f, ch
}

// storageGet reads one key of chrome.storage.<area>. It returns the value
// as a tree (nil when absent) or an error message.
func storageGet(area, key string, timeout float64) (any, string) {
	api := extAPI()
	if api.IsUndefined() {
		return nil, "no extension storage"
	}
	st := api.Get("storage").Get(area)
	if st.Type() != js.TypeObject {
		return nil, "no storage area " + area
	}
	f, ch := apiCallback(api, timeout)
	if _, ok := call(st, "get", key, f); !ok {
		f.Release()
		return nil, "storage." + area + ".get failed"
	}
	res := <-ch
	switch {
	case res.timeout:
		return nil, "storage." + area + " did not answer in " + strconv.Itoa(int(timeout)) + " ms"
	case res.err != "":
		return nil, res.err
	case res.v.Type() != js.TypeObject:
		return nil, ""
	}
	return toTree(res.v.Get(key)), ""
}

// storageSet writes one key of chrome.storage.<area> and waits for the
// result; it returns an error message or "".
func storageSet(area, key string, tree any, timeout float64) string {
	api := extAPI()
	if api.IsUndefined() {
		return "no extension storage"
	}
	st := api.Get("storage").Get(area)
	if st.Type() != js.TypeObject {
		return "no storage area " + area
	}
	obj := jsObject.New()
	obj.Set(key, js.ValueOf(tree))
	f, ch := apiCallback(api, timeout)
	if _, ok := call(st, "set", obj, f); !ok {
		f.Release()
		return "storage." + area + ".set failed"
	}
	res := <-ch
	if res.timeout {
		return "storage." + area + " did not confirm the write"
	}
	return res.err
}

// call invokes a DOM method and turns a thrown exception (an invalid
// selector, a detached node) into ok == false instead of a Go panic.
//
//go:noinline
func call(v js.Value, method string, args ...any) (res js.Value, ok bool) {
	defer func() {
		if recover() != nil {
			res, ok = js.Undefined(), false
		}
	}()
	return v.Call(method, args...), true
}

// knownRule reports whether a rule ID is one of the core's rules, for
// settings validation.
func knownRule(id string) bool { return flag.ByID(id) != nil }
