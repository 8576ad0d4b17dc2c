//go:build js && wasm && pages

package main

import (
	"reflect"
	"strings"
	"syscall/js"
	"testing"

	"github.com/vetted/vetted/core/ledger"
)

func ledgerPageAPI(t *testing.T) js.Value {
	t.Helper()
	api := jsObject.New()
	ledgerAPI(api)
	return api
}

func parseJSON(s string) js.Value { return global.Get("JSON").Call("parse", s) }

const storedLog = `[
 {"name":"Ada Lovelace","profile_url":"https://www.linkedin.com/in/ada/","key":"k1","site":"linkedin","action":"accept","outcome":"done","at":1772366400000,"type":"known_contact","level":"safe","score":3},
 {"name":"=cmd|' /C calc'!A0","profile_url":"javascript:alert(1)","site":"linkedin","action":"ignore","at":1772452800000,"flags":["money-talk"],"reason":"asks for money"},
 "damaged",
 {"name":"Grace","key":"k3","site":"xing","action":"block","outcome":"needs-user","at":1772539200000,"reason":"works in your field: <b>SQL</b>","reason_parts":[["reasonIndustry","<b>SQL</b>"],["reasonIgnoredLike"]]}
]`

func TestPageLedgerFilter(t *testing.T) {
	api := ledgerPageAPI(t)
	res := api.Call("ledgerFilter", parseJSON(storedLog), parseJSON(`{}`))
	if !res.Get("ok").Bool() || res.Get("total").Int() != 3 || res.Get("invalid").Int() != 1 {
		t.Fatalf("ok %v total %v invalid %v", res.Get("ok"), res.Get("total"), res.Get("invalid"))
	}
	rows := res.Get("rows")
	if rows.Length() != 3 {
		t.Fatalf("%d rows", rows.Length())
	}
	// Newest first, with the stored indexes.
	for i, want := range []int{3, 1, 0} {
		if got := rows.Index(i).Get("index").Int(); got != want {
			t.Errorf("row %d index %d, want %d", i, got, want)
		}
	}
	if l := rows.Index(2).Get("link").String(); l != "https://www.linkedin.com/in/ada/" {
		t.Errorf("link %q", l)
	}
	if l := rows.Index(1).Get("link").String(); l != "" {
		t.Errorf("a javascript: URL became a link: %q", l)
	}
	if o := rows.Index(1).Get("outcome").String(); o != "done" {
		t.Errorf("empty outcome shown as %q", o)
	}
	if f := rows.Index(1).Get("flags"); f.Length() != 1 || f.Index(0).String() != "money-talk" {
		t.Errorf("flags %v", f)
	}
	// Without the extension's messages, the English reason.
	if r := rows.Index(0).Get("reason").String(); r != "works in your field: <b>SQL</b>" {
		t.Errorf("reason without messages %q", r)
	}
	if r := rows.Index(1).Get("reason").String(); r != "asks for money" {
		t.Errorf("an old entry's reason %q", r)
	}
	res = api.Call("ledgerFilter", parseJSON(storedLog), parseJSON(`{"text":"MONEY","site":"linkedin"}`))
	if rows := res.Get("rows"); rows.Length() != 1 || rows.Index(0).Get("index").Int() != 1 {
		t.Errorf("text search: %d rows", rows.Length())
	}
	res = api.Call("ledgerFilter", parseJSON(storedLog), parseJSON(`{"from":1772400000000,"to":1772500000000}`))
	if rows := res.Get("rows"); rows.Length() != 1 || rows.Index(0).Get("index").Int() != 1 {
		t.Errorf("date range: %d rows", rows.Length())
	}
	// Not a list: nothing, no exception.
	res = api.Call("ledgerFilter", "nonsense", js.Undefined())
	if !res.Get("ok").Bool() || res.Get("rows").Length() != 0 {
		t.Error("a non-list log")
	}
}

// withMessages makes chrome.i18n.getMessage answer from msgs during one
// test, filling in its substitutions in one pass ($$ is a dollar sign) as
// browsers do, with pageMessages' cache cleared before and after. It
// returns how many times getMessage was called.
func withMessages(t *testing.T, msgs map[string]string) *int {
	t.Helper()
	clear(messageTexts)
	calls := new(int)
	getMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		*calls++
		var subs []string
		if len(args) > 1 && args[1].Type() == js.TypeObject {
			for k := range args[1].Length() {
				subs = append(subs, args[1].Index(k).String())
			}
		}
		m := msgs[args[0].String()]
		var b strings.Builder
		for i := 0; i < len(m); i++ {
			if m[i] == '$' && i+1 < len(m) {
				if n := m[i+1]; n == '$' {
					b.WriteByte('$')
					i++
					continue
				} else if n >= '1' && n <= '9' {
					if k := int(n - '1'); k < len(subs) {
						b.WriteString(subs[k])
					}
					i++
					continue
				}
			}
			b.WriteByte(m[i])
		}
		return b.String()
	})
	withGetMessage(t, getMessage, func() { clear(messageTexts) })
	return calls
}

// In German, the page shows the reason and the labels in German, and the
// search finds the entry by its German words as well as by the stored ones.
func TestPageLedgerFilterLocalReason(t *testing.T) {
	calls := withMessages(t, map[string]string{
		"reasonIndustry":    "arbeitet in Ihrem Fachgebiet: $1",
		"reasonIgnoredLike": "Sie haben ähnliche Einladungen ignoriert ($$2)",
		"badgeActionBlock":  "Blockieren",
	})
	api := ledgerPageAPI(t)
	res := api.Call("ledgerFilter", parseJSON(storedLog), parseJSON(`{}`))
	if r := res.Get("rows").Index(0).Get("reason").String(); r != "arbeitet in Ihrem Fachgebiet: <b>SQL</b>; Sie haben ähnliche Einladungen ignoriert ($2)" {
		t.Errorf("German reason %q", r)
	}
	if r := res.Get("rows").Index(1).Get("reason").String(); r != "asks for money" {
		t.Errorf("an old entry's reason %q", r)
	}
	row := res.Get("rows").Index(0)
	if a, o := row.Get("actionLabel").String(), row.Get("outcomeLabel").String(); a != "Blockieren" || o != "needs-user" {
		t.Errorf("labels: action %q, outcome %q (no message: the stored word)", a, o)
	}
	asked := *calls
	for _, text := range []string{"Fachgebiet", "ÄHNLICHE sql", "field", "blockieren"} {
		res = api.Call("ledgerFilter", parseJSON(storedLog), parseJSON(`{"text":"`+text+`"}`))
		if rows := res.Get("rows"); rows.Length() != 1 || rows.Index(0).Get("index").Int() != 3 {
			t.Errorf("%q: %d rows", text, rows.Length())
		}
	}
	if *calls != asked {
		t.Errorf("%d calls to getMessage after the first listing, %d: each message is asked for once", *calls, asked)
	}
}

func TestPageLedgerCSVAndImport(t *testing.T) {
	api := ledgerPageAPI(t)
	csv := api.Call("ledgerCSV", parseJSON(storedLog)).String()
	if !strings.Contains(csv, `"'=cmd|' /C calc'!A0"`) && !strings.Contains(csv, `'=cmd|' /C calc'!A0`) {
		t.Errorf("formula not neutralised:\n%s", csv)
	}
	if n := strings.Count(csv, "\r\n"); n != 4 {
		t.Errorf("%d lines, want a header and 3 entries", n)
	}

	// The CSV export imported into the same log: all duplicates.
	res := api.Call("ledgerImport", parseJSON(storedLog), csv, "", 100)
	if !res.Get("ok").Bool() {
		t.Fatal(res.Get("error").String())
	}
	if res.Get("added").Int() != 0 || res.Get("duplicates").Int() != 3 || res.Get("damaged").Int() != 1 {
		t.Errorf("added %v duplicates %v damaged %v", res.Get("added"), res.Get("duplicates"), res.Get("damaged"))
	}

	// JSON with a BOM and one new entry; the stored entry that cannot be
	// read stays, as it was, first.
	res = api.Call("ledgerImport", parseJSON(storedLog), "\ufeff"+`[{"name":"New","action":"ignore","at":1772600000000}]`, "json", 100)
	if !res.Get("ok").Bool() || res.Get("added").Int() != 1 || res.Get("entries").Length() != 5 {
		t.Fatalf("one new entry: %v %v", res.Get("added"), res.Get("error"))
	}
	l, err := ledger.FromTree(toTree(res.Get("entries")), 100)
	if len(l.Entries) != 4 || l.Entries[3].Name != "New" || len(l.Unreadable) != 1 || l.Unreadable[0] != "damaged" {
		t.Errorf("merged log %+v %v %v", l.Entries, l.Unreadable, err)
	}

	// Bad files are refused with a message.
	for _, bad := range []struct{ text, format, want string }{
		{`[{"name":`, "json", "not valid JSON"},
		{`{"entries":[]}`, "", "not a list of entries"},
		{"hello,world\n", "csv", "line 1: not a Vetted decision log"},
		{"\x00\x01garbage", "", "not a Vetted decision log"},
	} {
		res := api.Call("ledgerImport", parseJSON(storedLog), bad.text, bad.format, 100)
		if res.Get("ok").Bool() || !strings.Contains(res.Get("error").String(), bad.want) {
			t.Errorf("%q: ok %v error %q", bad.text, res.Get("ok"), res.Get("error"))
		}
		if !res.Get("entries").IsUndefined() {
			t.Errorf("%q: a refused file returned entries", bad.text)
		}
	}
	if res := api.Call("ledgerImport", js.Undefined(), 5, "", 100); res.Get("ok").Bool() {
		t.Error("no text was accepted")
	}
}

// After an import, a tab's write that read the log before it may land
// over it: the page puts the imported entries back, and writes nothing
// when none is missing.
func TestPageLedgerRestore(t *testing.T) {
	api := ledgerPageAPI(t)
	imported := parseJSON(`[{"name":"Ada","action":"accept","outcome":"done","at":100},{"name":"Bob","action":"ignore","outcome":"done","at":300}]`)
	stale := parseJSON(`[{"name":"Cy","action":"ignore","outcome":"done","at":200}]`)
	res := api.Call("ledgerRestore", stale, imported, 100)
	if res.Get("restored").Int() != 2 {
		t.Fatalf("restored %d, want 2", res.Get("restored").Int())
	}
	var names []string
	for i := 0; i < res.Get("entries").Length(); i++ {
		names = append(names, res.Get("entries").Index(i).Get("name").String())
	}
	if got := strings.Join(names, ","); got != "Ada,Cy,Bob" {
		t.Errorf("entries %s, want Ada,Cy,Bob (time order)", got)
	}
	withDamaged := parseJSON(`["damaged",{"name":"Cy","action":"ignore","outcome":"done","at":200}]`)
	res = api.Call("ledgerRestore", withDamaged, imported, 100)
	if res.Get("restored").Int() != 2 || res.Get("entries").Length() != 4 || res.Get("entries").Index(0).String() != "damaged" {
		t.Errorf("restore over a log with an entry that cannot be read: %d entries", res.Get("entries").Length())
	}
	if n := api.Call("ledgerRestore", res.Get("entries"), imported, 100).Get("restored").Int(); n != 0 {
		t.Errorf("restored %d from a log that has them all", n)
	}
}

func TestPageLedgerTrimAndSettings(t *testing.T) {
	api := ledgerPageAPI(t)
	res := api.Call("ledgerTrim", parseJSON(storedLog), 2)
	if res.Get("dropped").Int() != 1 || res.Get("entries").Length() != 3 || res.Get("entries").Index(0).String() != "damaged" || res.Get("entries").Index(1).Get("name").String() == "Ada Lovelace" {
		t.Errorf("trim (the entry that cannot be read stays): dropped %v", res.Get("dropped"))
	}
	res = api.Call("ledgerSettings", js.Undefined())
	if !res.Get("ok").Bool() || res.Get("limit").Int() != 5000 || res.Get("min").Int() != 100 {
		t.Errorf("no settings: %v %v", res.Get("ok"), res.Get("limit"))
	}
	res = api.Call("ledgerSettings", parseJSON(`{"ledger_limit":250,"strictness":"strict"}`))
	if !res.Get("ok").Bool() || res.Get("limit").Int() != 250 {
		t.Errorf("limit 250: %v %v", res.Get("ok"), res.Get("limit"))
	}
	res = api.Call("ledgerSettings", parseJSON(`{"ledger_limit":250,"auto_archive":true,"rules":{"deepfake-photo":true}}`))
	if !res.Get("ok").Bool() || res.Get("limit").Int() != 250 {
		t.Errorf("limit 250 beside a newer version's settings: %v %v", res.Get("ok"), res.Get("limit"))
	}
	res = api.Call("ledgerSettings", parseJSON(`{"ledger_limit":5}`))
	if res.Get("ok").Bool() || !strings.Contains(res.Get("error").String(), "ledger_limit") || res.Get("limit").Int() != 100000 {
		t.Errorf("limit 5 (invalid settings rotate nothing out): %v %q", res.Get("ok"), res.Get("error").String())
	}
}

// A stored log that is not a list (a newer version's, or damaged) is one
// item that cannot be read: listed as such with its problem, and kept
// whole, first, by every log the page stores (an import, a trim) and in
// the JSON export.
func TestPageLedgerKeepsALogThatIsNotAList(t *testing.T) {
	api := ledgerPageAPI(t)
	learnt := jsObject.New()
	learnAPI(learnt)
	const stored = `{"v":9,"entries":[{"name":"Ada","action":"accept","at":1}]}`
	str := func(v js.Value) string { return global.Get("JSON").Call("stringify", v).String() }
	same := func(v js.Value) bool { return reflect.DeepEqual(toTree(v), toTree(parseJSON(stored))) }

	res := api.Call("ledgerFilter", parseJSON(stored), parseJSON(`{}`))
	if res.Get("total").Int() != 0 || res.Get("invalid").Int() != 1 || !strings.Contains(res.Get("problem").String(), "not a list of entries") {
		t.Errorf("listed: total %v invalid %v problem %v", res.Get("total"), res.Get("invalid"), res.Get("problem"))
	}
	file := `[{"name":"New","action":"ignore","at":5}]`
	for _, name := range []string{"ledgerImport", "dataImport"} {
		var res js.Value
		if name == "ledgerImport" {
			res = api.Call(name, parseJSON(stored), file, "json", 100)
		} else {
			res = learnt.Call(name, parseJSON(stored), js.Undefined(), file, "json", 100)
		}
		if !res.Get("ok").Bool() || res.Get("added").Int() != 1 {
			t.Fatalf("%s: ok %v error %v", name, res.Get("ok"), res.Get("error"))
		}
		if got := res.Get("entries"); got.Length() != 2 || !same(got.Index(0)) || got.Index(1).Get("name").String() != "New" {
			t.Errorf("%s stores %s", name, str(got))
		}
	}
	res = api.Call("ledgerTrim", parseJSON(stored), 100)
	if res.Get("entries").Length() != 1 || !same(res.Get("entries").Index(0)) {
		t.Errorf("trim stores %s", str(res.Get("entries")))
	}
	exp := learnt.Call("dataExport", parseJSON(stored), js.Undefined(), 0.0)
	if l := exp.Get("ledger"); l.Length() != 1 || !same(l.Index(0)) {
		t.Errorf("export holds %s", str(exp.Get("ledger")))
	}
	// In a list, the first item that cannot be read is named.
	res = api.Call("ledgerFilter", parseJSON(storedLog), parseJSON(`{}`))
	if p := res.Get("problem").String(); p != "entry 2: not an object" {
		t.Errorf("problem %q", p)
	}
}

// An import keeps the members a newer version wrote, in new entries and
// in entries the log holds already (completed), and the log page writes
// the log when only those were completed.
func TestPageLedgerImportKeepsNewerMembers(t *testing.T) {
	api := ledgerPageAPI(t)
	current := parseJSON(`[{"name":"Ada","key":"k1","action":"accept","at":1}]`)
	file := `[{"name":"Ada","key":"k1","action":"accept","at":1,"evidence":{"q":1}},{"name":"Bo","action":"ignore","at":2,"v2":[1]}]`
	res := api.Call("ledgerImport", current, file, "json", 100)
	if !res.Get("ok").Bool() || res.Get("added").Int() != 1 || res.Get("duplicates").Int() != 1 || res.Get("completed").Int() != 1 {
		t.Fatalf("import: %v added %v duplicates %v completed %v", res.Get("error"), res.Get("added"), res.Get("duplicates"), res.Get("completed"))
	}
	got := res.Get("entries")
	if got.Length() != 2 || got.Index(0).Get("evidence").Get("q").Int() != 1 || got.Index(1).Get("v2").Index(0).Int() != 1 {
		t.Errorf("stored after the import: %s", global.Get("JSON").Call("stringify", got).String())
	}
	if n := api.Call("ledgerImport", got, file, "json", 100).Get("completed").Int(); n != 0 {
		t.Errorf("completed %d again", n)
	}
}
