//go:build js && wasm && legacy && !pages

package main

import (
	"reflect"
	"syscall/js"
	"testing"
	"time"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/ledger"
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

func TestLedgerStoreKeepsEntriesOnStorageErrors(t *testing.T) {
	f := installFakeChrome(t)
	f.data["local/ledger"] = global.Get("JSON").Call("parse", `[{"name":"Old","action":"ignore","outcome":"done"}]`)
	s := newLedgerStore(10)
	errs := make(chan string, 4)
	saved := make(chan struct{}, 4)
	hooks := storeHooks{onError: func(m string) { errs <- m }, onSaved: func() { saved <- struct{}{} }}
	if msg := s.load(); msg != "" {
		t.Fatal(msg)
	}
	if p := s.prior(&card.Card{Name: "old"}); len(p) != 1 {
		t.Fatalf("prior from the stored log: %v", p)
	}
	go s.run(hooks)

	f.failSet = "QUOTA_BYTES quota exceeded"
	s.add(ledger.Entry{Name: "Ada", Action: "accept", Outcome: "done"})
	select {
	case m := <-errs:
		if !contains(m, "QUOTA_BYTES") || !contains(m, "1 unsaved decision") {
			t.Errorf("error message %q", m)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no error reported")
	}
	s.mu.Lock()
	if len(s.pending) != 1 || len(s.log.Entries) != 2 {
		t.Errorf("pending %d, in memory %d", len(s.pending), len(s.log.Entries))
	}
	s.mu.Unlock()

	// Storage works again; the next entry flushes both.
	f.failSet = ""
	s.add(ledger.Entry{Name: "Grace", Action: "ignore", Outcome: "done"})
	select {
	case <-saved:
	case <-time.After(2 * time.Second):
		t.Fatal("not saved")
	}
	l, err := ledger.FromTree(toTree(f.data["local/ledger"]), 10)
	if err != nil || len(l.Entries) != 3 || l.Entries[1].Name != "Ada" || l.Entries[2].Name != "Grace" {
		t.Fatalf("stored %+v %v", l.Entries, err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) != 0 {
		t.Error("pending not cleared")
	}
}

func TestSettingsFromStorage(t *testing.T) {
	f := installFakeChrome(t)
	f.data["sync/settings"] = global.Get("JSON").Call("parse", `{"strictness":"strict","job_search":true}`)
	a := newApp()
	a.loadSettings()
	if a.settings.Strictness != "strict" || !a.settings.JobSearch || a.problem != "" {
		t.Errorf("settings %+v problem %q", a.settings, a.problem)
	}
	f.data["sync/settings"] = global.Get("JSON").Call("parse", `{"strictness":"paranoid"}`)
	a.loadSettings()
	if a.settings.Strictness != "balanced" || a.problem == "" {
		t.Errorf("invalid settings not replaced by defaults: %+v", a.settings.Strictness)
	}
	if len(f.sent) == 0 || f.sent[len(f.sent)-1].Get("state").String() != "error" {
		t.Error("invalid settings not reported to the background")
	}
}

func contains(s, sub string) bool { return len(sub) == 0 || len(s) >= len(sub) && indexOf(s, sub) >= 0 }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestSettingsChangeRejudgesLive(t *testing.T) {
	f := installFakeChrome(t)
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""), cardMarkup("k2", "Grace Hopper", ""))
	a.listenStorage()
	a.scan()
	ada := q(list, `[componentkey="k1"] .vetted-badge`)
	if attr(ada, "data-type") == "blocked_person" {
		t.Fatal("blocked before the settings say so")
	}
	f.change("sync", "settings", `{"blocked":["Ada Lovelace"]}`)
	if !kicked(a) {
		t.Fatal("a settings change did not ask for a scan")
	}
	a.scan()
	if got := attr(ada, "data-type"); got != "blocked_person" {
		t.Errorf("after the change: %q", got)
	}
	if !q(list, `[componentkey="k1"] .vetted-badge`).Equal(ada) {
		t.Error("the badge was replaced, not redrawn")
	}
	if got := attr(q(list, `[componentkey="k2"] .vetted-badge`), "data-type"); got == "blocked_person" {
		t.Error("another card was blocked too")
	}
	// An invalid value keeps the defaults and says so.
	f.change("sync", "settings", `{"strictness":"paranoid"}`)
	kicked(a)
	a.scan()
	if attr(ada, "data-type") == "blocked_person" || a.problem == "" {
		t.Error("invalid settings were not replaced by the defaults")
	}
}
