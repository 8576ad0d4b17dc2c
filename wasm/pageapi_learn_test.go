//go:build js && wasm && pages

package main

import (
	"strings"
	"syscall/js"
	"testing"

	"github.com/vetted/vetted/core/learn"
)

func learnPageAPI(t *testing.T) js.Value {
	t.Helper()
	api := jsObject.New()
	ledgerAPI(api)
	learnAPI(api)
	return api
}

// learntState is a small state as `vetted learn` writes it: two features
// and a reported sender.
const learntState = `{"version":1,"seq":5,"accept":2,"ignore":3,"accepted":2,"ignored":3,"corrected":0,
 "features":[
  {"id":"f00000a","part":"note","label":"our agency","accept":0,"ignore":3,"accepted":0,"ignored":3,"corrected":0,"last":3},
  {"id":"f00000b","part":"note","label":"meetup","accept":2,"ignore":0,"accepted":2,"ignored":0,"corrected":0,"last":5,"types":{"industry_peer":1}}],
 "reported":[{"id":"s00000000000000ff","name":"Max Fraud","action":"report","last":3}]}`

func TestPageLearnList(t *testing.T) {
	api := learnPageAPI(t)
	res := api.Call("learnList", parseJSON(learntState))
	if !res.Get("ok").Bool() {
		t.Fatalf("refused: %v", res.Get("error"))
	}
	items := res.Get("items")
	if items.Length() != 3 || res.Get("features").Int() != 2 || res.Get("reported").Int() != 1 || res.Get("decisions").Int() != 5 {
		t.Fatalf("%d items, %v features, %v reported", items.Length(), res.Get("features"), res.Get("reported"))
	}
	leans := map[string]string{}
	for i := 0; i < items.Length(); i++ {
		it := items.Index(i)
		leans[it.Get("label").String()] = it.Get("lean").String()
	}
	if leans["our agency"] != "ignore" || leans["meetup"] != "accept" || leans["Max Fraud"] != "ignore" {
		t.Errorf("leans %v", leans)
	}
	// The most used first (meetup: two accepts and a correction), the
	// reported sender last.
	if tp := items.Index(0).Get("types"); items.Index(0).Get("label").String() != "meetup" || tp.Length() != 1 || tp.Index(0).Get("type").String() != "industry_peer" {
		t.Errorf("first %v", items.Index(0).Get("label"))
	}
	if it := items.Index(2); it.Get("kind").String() != "sender" || it.Get("action").String() != "report" {
		t.Errorf("last %v %v", it.Get("kind"), it.Get("action"))
	}
	// Nothing stored: an empty list.
	if res := api.Call("learnList", js.Undefined()); !res.Get("ok").Bool() || res.Get("items").Length() != 0 {
		t.Errorf("undefined state: %v", res.Get("error"))
	}
	// A state that does not validate is refused with the reason.
	res = api.Call("learnList", parseJSON(`{"version":1,"seq":-1}`))
	if res.Get("ok").Bool() || !strings.Contains(res.Get("error").String(), "seq") {
		t.Errorf("a bad state listed: %v", res.Get("error"))
	}
}

func TestPageLearnForgetReset(t *testing.T) {
	api := learnPageAPI(t)
	res := api.Call("learnForget", parseJSON(learntState), "f00000a")
	if !res.Get("ok").Bool() {
		t.Fatalf("forget: %v", res.Get("error"))
	}
	if f := res.Get("state").Get("features"); f.Length() != 1 || f.Index(0).Get("id").String() != "f00000b" {
		t.Errorf("features after forget: %d", f.Length())
	}
	res = api.Call("learnForget", parseJSON(learntState), "s00000000000000ff")
	if !res.Get("ok").Bool() || res.Get("state").Get("reported").Length() != 0 {
		t.Errorf("forgetting the reported sender: %v", res.Get("error"))
	}
	if res := api.Call("learnForget", parseJSON(learntState), "f123456"); res.Get("ok").Bool() {
		t.Error("forgot an ID nothing has")
	}
	res = api.Call("learnReset")
	if st := res.Get("state"); st.Get("features").Length() != 0 || st.Get("seq").Int() != 0 || st.Get("version").Int() != 1 {
		t.Error("reset state not empty")
	}
	if e := res.Get("state").Get("epoch"); e.Type() != js.TypeString || e.String() == "" {
		t.Error("a reset starts no new epoch")
	}
}

func TestPageDataExportImport(t *testing.T) {
	api := learnPageAPI(t)
	exp := api.Call("dataExport", parseJSON(storedLog), parseJSON(learntState), 1796601600000.0)
	text := global.Get("JSON").Call("stringify", exp).String()
	if exp.Get("format").String() != "vetted-export" || exp.Get("ledger").Length() != 4 || exp.Get("learnt").Get("seq").Int() != 5 {
		t.Fatalf("export %s", text)
	}
	// Into an empty browser: the log's readable entries and the state.
	res := api.Call("dataImport", js.Undefined(), js.Undefined(), text, "json", 5000)
	if !res.Get("ok").Bool() || !res.Get("ledger").Bool() || !res.Get("learnt").Bool() || res.Get("added").Int() != 3 || res.Get("features").Int() != 2 {
		t.Fatalf("import: ok %v error %v added %v", res.Get("ok"), res.Get("error"), res.Get("added"))
	}
	// It replaces the stored state: a new epoch, begun now, so that a tab
	// saves over it no decision taken before (learn.Journal).
	imported, err := learn.FromTree(toTree(res.Get("state")))
	if err != nil || imported.Epoch() == exp.Get("learnt").Get("epoch").String() || wallNow()-imported.EpochStart() > 60000 {
		t.Errorf("the imported state's epoch %q (%v)", imported.Epoch(), err)
	}
	// A learnt state alone.
	res = api.Call("dataImport", parseJSON(storedLog), js.Undefined(), learntState, "", 5000)
	if !res.Get("ok").Bool() || res.Get("ledger").Bool() || !res.Get("learnt").Bool() || res.Get("added").Int() != 0 {
		t.Errorf("state alone: %v", res.Get("error"))
	}
	// A bad learnt state refuses the whole file.
	bad := strings.Replace(text, `"seq":5`, `"seq":"five"`, 1)
	res = api.Call("dataImport", js.Undefined(), js.Undefined(), bad, "json", 5000)
	if res.Get("ok").Bool() || !strings.Contains(res.Get("error").String(), "what Vetted learnt does not validate") {
		t.Errorf("a bad state imported: %v", res.Get("error"))
	}
	// CSV still goes to the log.
	res = api.Call("dataImport", js.Undefined(), js.Undefined(), "name,action\nAda,accept\n", "csv", 5000)
	if !res.Get("ok").Bool() || !res.Get("ledger").Bool() || res.Get("learnt").Bool() || res.Get("added").Int() != 1 {
		t.Errorf("csv: %v", res.Get("error"))
	}
}

func TestPageLedgerStats(t *testing.T) {
	api := learnPageAPI(t)
	// storedLog's entries are in the first week of March 2026.
	res := api.Call("ledgerStats", parseJSON(storedLog), 1772539200000.0+3600000, 2)
	weeks := res.Get("weeks")
	if weeks.Length() != 2 || res.Get("actions").Index(0).String() != "accept" {
		t.Fatalf("%d weeks", weeks.Length())
	}
	total := weeks.Index(0).Get("total").Int() + weeks.Index(1).Get("total").Int()
	if total != 2 { // the block needs the user: not carried out
		t.Errorf("%d decisions in the weeks, want 2", total)
	}
	if res.Get("top").Int() < 1 || res.Get("step").Int() < 1 || res.Get("types").Length() != 2 {
		t.Errorf("top %v step %v types %d", res.Get("top"), res.Get("step"), res.Get("types").Length())
	}
}
