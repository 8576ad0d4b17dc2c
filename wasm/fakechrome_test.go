//go:build js && wasm && !pages

package main

import (
	"reflect"
	"strings"
	"syscall/js"
	"testing"

	"github.com/vetted/vetted/core/jsontree"
)

func TestToTree(t *testing.T) {
	v := global.Get("JSON").Call("parse", `{"a":[1,"x",true,null,{"b":2.5}],"s":"<b>","n":{}}`)
	got := toTree(v)
	want := map[string]any{
		"a": []any{1.0, "x", true, nil, map[string]any{"b": 2.5}},
		"s": "<b>",
		"n": map[string]any{},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("toTree = %#v", got)
	}
	if toTree(js.Undefined()) != nil || toTree(js.Null()) != nil {
		t.Error("null and undefined are not nil")
	}
	// As deep as an import takes (jsontree.MaxDepth): read whole.
	text := strings.Repeat(`{"a":`, jsontree.MaxDepth) + `"deep"` + strings.Repeat("}", jsontree.MaxDepth)
	deep, err := jsontree.Parse(text)
	if err != nil {
		t.Fatal(err)
	}
	if got := toTree(global.Get("JSON").Call("parse", text)); !reflect.DeepEqual(got, deep) {
		t.Errorf("a value %d deep was cut short", jsontree.MaxDepth)
	}
}

// fakeChrome installs a chrome.storage.local/sync and chrome.runtime in
// the test page, backed by Go; failSet makes set report lastError.
type fakeChrome struct {
	data      map[string]js.Value
	failSet   string
	sent      []js.Value
	funcs     []js.Func
	runtime   js.Value
	listeners []js.Value
}

// change fires storage.onChanged with one key's new value (JSON).
func (f *fakeChrome) change(area, key, newJSON string) {
	ch := jsObject.New()
	v := jsObject.New()
	v.Set("newValue", global.Get("JSON").Call("parse", newJSON))
	ch.Set(key, v)
	for _, l := range f.listeners {
		l.Invoke(ch, area)
	}
}

func installFakeChrome(t *testing.T) *fakeChrome {
	f := &fakeChrome{data: map[string]js.Value{}}
	fn := func(g func(args []js.Value) any) js.Func {
		jf := js.FuncOf(func(_ js.Value, args []js.Value) any { return g(args) })
		f.funcs = append(f.funcs, jf)
		return jf
	}
	f.runtime = jsObject.New()
	f.runtime.Set("sendMessage", fn(func(args []js.Value) any {
		f.sent = append(f.sent, args[0])
		return nil
	}))
	area := func(name string) js.Value {
		a := jsObject.New()
		a.Set("get", fn(func(args []js.Value) any {
			res := jsObject.New()
			if v, ok := f.data[name+"/"+args[0].String()]; ok {
				res.Set(args[0].String(), v)
			}
			cb := args[1]
			go func() { cb.Invoke(res) }()
			return nil
		}))
		a.Set("set", fn(func(args []js.Value) any {
			obj, cb := args[0], args[1]
			fail := f.failSet
			if fail == "" {
				keys := jsObject.Call("keys", obj)
				for i := 0; i < keys.Length(); i++ {
					k := keys.Index(i).String()
					// Store a copy, as the browser does.
					f.data[name+"/"+k] = global.Get("JSON").Call("parse", global.Get("JSON").Call("stringify", obj.Get(k)))
				}
			}
			go func() {
				if fail != "" {
					e := jsObject.New()
					e.Set("message", fail)
					f.runtime.Set("lastError", e)
				}
				cb.Invoke()
				f.runtime.Delete("lastError")
			}()
			return nil
		}))
		return a
	}
	storage := jsObject.New()
	storage.Set("local", area("local"))
	storage.Set("sync", area("sync"))
	onChanged := jsObject.New()
	onChanged.Set("addListener", fn(func(args []js.Value) any {
		f.listeners = append(f.listeners, args[0])
		return nil
	}))
	storage.Set("onChanged", onChanged)
	chrome := jsObject.New()
	chrome.Set("storage", storage)
	chrome.Set("runtime", f.runtime)
	global.Set("chrome", chrome)
	t.Cleanup(func() {
		global.Delete("chrome")
		for _, jf := range f.funcs {
			jf.Release()
		}
	})
	return f
}
