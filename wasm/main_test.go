//go:build js && wasm && !pages

package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/settings"
)

// The core answers the shell the same in either home: these run the
// host of core.wasm against a fake chrome.storage, as both homes see it.

// newTestHost starts a host as main does and waits until it has read
// settings and log.
func newTestHost(t *testing.T) *host {
	t.Helper()
	h := &host{ready: make(chan struct{}), store: newLedgerStore(settings.Defaults().LedgerLimit), learnt: newLearntStore()}
	h.env.Store(newEnv(settings.Defaults(), h.store, h.learnt))
	go h.start()
	select {
	case <-h.ready:
	case <-time.After(3 * time.Second):
		t.Fatal("the host did not read its settings and log")
	}
	return h
}

// emptyDoc is a snapshot (core/domtree) of <html></html>.
const emptyDoc = "E\x00html\x000\x000"

// reply is an answer's envelope as the shell reads it.
type reply struct {
	Error   string `json:"error"`
	Problem string `json:"problem"`
	Saving  string `json:"saving"`
	Full    bool   `json:"full"`
	Result  any    `json:"result"`
}

func answerOf(t *testing.T, h *host, req, tree string) reply {
	t.Helper()
	var r reply
	if err := json.Unmarshal([]byte(h.answer(req, tree)), &r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestHostInvalidSettingsAreAProblemUntilFixed(t *testing.T) {
	f := installFakeChrome(t)
	f.data["sync/settings"] = global.Get("JSON").Call("parse", `{"strictness":"paranoid"}`)
	h := newTestHost(t)
	scan := `{"op":"scan","url":"https://www.linkedin.com/mynetwork/invitation-manager/received/"}`
	r := answerOf(t, h, scan, emptyDoc)
	if r.Error != "" || !strings.Contains(r.Problem, "not valid") {
		t.Fatalf("invalid settings: error %q problem %q", r.Error, r.Problem)
	}
	if got := h.env.Load().Judge; got == nil {
		t.Fatal("no judge: the defaults should be used")
	}
	// The options page saves valid settings: the problem goes, and the
	// new settings judge from now on.
	f.change("sync", "settings", `{"strictness":"strict","blocked":["Ada Lovelace"]}`)
	deadline := time.Now().Add(2 * time.Second)
	for answerOf(t, h, scan, emptyDoc).Problem != "" && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if p := answerOf(t, h, scan, emptyDoc).Problem; p != "" {
		t.Fatalf("problem after valid settings: %q", p)
	}
}

// Saved settings that do not validate (a newer version's, synced from
// another browser) are not used, but they never rotate the decision log's
// entries out: the log keeps the limit they give (when valid), not the
// default's 5,000.
func TestHostInvalidSettingsKeepTheLog(t *testing.T) {
	f := installFakeChrome(t)
	var b strings.Builder
	b.WriteString("[")
	for i := range 6000 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, `{"name":"P%d","action":"ignore","outcome":"done","at":%d}`, i, 1000+i)
	}
	b.WriteString("]")
	f.data["local/ledger"] = global.Get("JSON").Call("parse", b.String())
	f.data["sync/settings"] = global.Get("JSON").Call("parse", `{"ledger_limit":10000,"strictness":"paranoid"}`)
	h := newTestHost(t)
	if r := answerOf(t, h, `{"op":"record","entry":{"Name":"Ada","Action":"accept","Outcome":"done","At":999999}}`, ""); r.Error != "" {
		t.Fatalf("write: %q", r.Error)
	}
	if n := f.data["local/ledger"].Length(); n != 6001 {
		t.Errorf("the stored log holds %d entries, want 6001: none rotated out", n)
	}
}

// Stored entries the core cannot read (damaged, or a newer version's)
// are reported, and a save writes them back as they were: nothing is lost.
func TestHostKeepsUnreadableEntries(t *testing.T) {
	f := installFakeChrome(t)
	f.data["local/ledger"] = global.Get("JSON").Call("parse", `[{"name":"New","action":"snooze","at":"2026-03-01"},{"name":"Old","action":"ignore","outcome":"done","at":1}]`)
	h := newTestHost(t)
	scan := `{"op":"scan","url":"https://www.linkedin.com/mynetwork/invitation-manager/received/"}`
	if p := answerOf(t, h, scan, emptyDoc).Problem; !strings.Contains(p, "cannot read 1 of the entries in its decision log") || !strings.Contains(p, "keeps them as they are") {
		t.Errorf("problem %q", p)
	}
	if r := answerOf(t, h, `{"op":"record","entry":{"Name":"Ada","Action":"accept","Outcome":"done","At":5}}`, ""); r.Error != "" {
		t.Fatalf("write: %q", r.Error)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(global.Get("JSON").Call("stringify", f.data["local/ledger"]).String()), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 3 || fmt.Sprint(got[0]) != "map[action:snooze at:2026-03-01 name:New]" || got[1]["name"] != "Old" || got[2]["name"] != "Ada" {
		t.Errorf("stored after a save: %v", got)
	}
}

// Each source keeps its own problem (settings, the decision log, what
// Vetted learnt): all are told at once, and a settings change clears only
// the settings' problem.
func TestHostKeepsEachSourcesProblem(t *testing.T) {
	f := installFakeChrome(t)
	parse := func(s string) js.Value { return global.Get("JSON").Call("parse", s) }
	f.data["sync/settings"] = parse(`{"ledger_limit":50000}`)
	f.data["local/ledger"] = parse(`[{"name":"New","action":"snooze","at":"2026-03-01"}]`)
	f.data["local/learnt"] = parse(`"damaged"`)
	h := newTestHost(t)
	scan := `{"op":"scan","url":"https://www.linkedin.com/mynetwork/invitation-manager/received/"}`
	p := answerOf(t, h, scan, emptyDoc).Problem
	for _, want := range []string{settings.EarlierLimitProblem, "cannot read 1 of the entries in its decision log", "What Vetted learnt could not be read"} {
		if !strings.Contains(p, want) {
			t.Errorf("problem %q lacks %q", p, want)
		}
	}
	// Valid settings: their problem goes; the log's unreadable entry and
	// what Vetted learnt are still as they were.
	f.change("sync", "settings", `{"ledger_limit":15000}`)
	deadline := time.Now().Add(2 * time.Second)
	for strings.Contains(answerOf(t, h, scan, emptyDoc).Problem, "decision-log limit") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	p = answerOf(t, h, scan, emptyDoc).Problem
	if strings.Contains(p, "decision-log limit") || !strings.Contains(p, "cannot read 1 of the entries in its decision log") || !strings.Contains(p, "What Vetted learnt could not be read") {
		t.Errorf("problem after valid settings: %q", p)
	}
	// The log page clears the log: its problem goes, what Vetted learnt's stays.
	f.change("local", "ledger", `[]`)
	deadline = time.Now().Add(2 * time.Second)
	for strings.Contains(answerOf(t, h, scan, emptyDoc).Problem, "cannot read 1 of the entries") && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if p = answerOf(t, h, scan, emptyDoc).Problem; !strings.HasPrefix(p, "What Vetted learnt could not be read") || strings.Contains(p, "cannot read 1 of the entries") {
		t.Errorf("problem after the log was cleared: %q", p)
	}
}

func TestHostRecordKeepsEntriesOnStorageErrors(t *testing.T) {
	f := installFakeChrome(t)
	f.data["local/ledger"] = global.Get("JSON").Call("parse", `[{"name":"Old","action":"ignore","outcome":"done"}]`)
	h := newTestHost(t)
	f.failSet = "QUOTA_BYTES quota exceeded"
	r := answerOf(t, h, `{"op":"record","entry":{"Name":"Ada","Action":"accept","Outcome":"done","At":5}}`, "")
	if !strings.Contains(r.Error, "QUOTA_BYTES") || !strings.Contains(r.Error, "1 unsaved decision") || r.Result != nil {
		t.Fatalf("a failed write: %+v", r)
	}
	// Storage is full: the answer says so (the shell adds what the user
	// can do).
	if !r.Full {
		t.Errorf("a full storage not said: %+v", r)
	}
	// (The entry as the core gave it to the shell: ledger.Entry's field
	// names.) The shell keeps the entry and asks again until storage works: the
	// entry is kept once, then the next one.
	r = answerOf(t, h, `{"op":"record","entry":{"Name":"Ada","Action":"accept","Outcome":"done","At":5}}`, "")
	if !strings.Contains(r.Error, "; 1 unsaved decision kept") {
		t.Fatalf("a second failed write of the same decision: %q", r.Error)
	}
	// Asked again, the decision is not counted twice meanwhile (the
	// repeat-invite rule reads the log in memory).
	if got := h.store.prior(&card.Card{Name: "Ada"}); len(got) != 1 {
		t.Errorf("the log in memory holds %d decisions on Ada, want 1", len(got))
	}
	f.failSet = ""
	for _, e := range []string{`{"Name":"Ada","Action":"accept","Outcome":"done","At":5}`, `{"Name":"Grace","Action":"ignore","Outcome":"done","At":6}`} {
		if r = answerOf(t, h, `{"op":"record","entry":`+e+`}`, ""); r.Error != "" {
			t.Fatalf("write: %q", r.Error)
		}
	}
	if names := storedNames(t, f); names != "Old,Ada,Grace" {
		t.Errorf("stored %v", names)
	}
	if r.Full {
		t.Error("storage said full after a save")
	}
}

// A decision that neither the decision log nor what Vetted learnt can
// save: the answer's error says both (what was learnt is not hidden
// behind the log), every answer tells it (saving) until storage works
// again, and then the decision is in both, once.
func TestHostTellsWhatItLearntCouldNotSave(t *testing.T) {
	f := installFakeChrome(t)
	h := newTestHost(t)
	f.failSet = "QUOTA_BYTES quota exceeded"
	rec := `{"op":"record","entry":{"Key":"k1","Name":"Ada","Action":"ignore","Outcome":"done","At":5},` +
		`"sample":{"note":"quick call to book a demo","sales":true,"person":true,"mutuals":0,"name":"Ada"}}`
	r := answerOf(t, h, rec, "")
	if !strings.Contains(r.Error, "could not save its decision log (QUOTA_BYTES quota exceeded); 1 unsaved decision") ||
		!strings.Contains(r.Error, "could not save what it learnt (QUOTA_BYTES quota exceeded); 1 decision kept") || r.Result != nil {
		t.Fatalf("a failed write: %+v", r)
	}
	if r.Saving != r.Error {
		t.Errorf("saving %q, want the write's error", r.Saving)
	}
	scan := `{"op":"scan","url":"https://www.linkedin.com/mynetwork/invitation-manager/received/"}`
	if s := answerOf(t, h, scan, emptyDoc).Saving; !strings.Contains(s, "what it learnt") {
		t.Errorf("a later answer's saving: %q", s)
	}
	f.failSet = ""
	if r = answerOf(t, h, rec, ""); r.Error != "" || r.Saving != "" {
		t.Fatalf("after storage works again: %+v", r)
	}
	if s := answerOf(t, h, scan, emptyDoc).Saving; s != "" {
		t.Errorf("saving after the write: %q", s)
	}
	// One decision saved, once (the second record carried the same one).
	if v := f.data["local/learnt"]; v.Type() != js.TypeObject || v.Get("seq").Int() != 1 {
		t.Errorf("stored learnt state %v", global.Get("JSON").Call("stringify", v))
	}
	l, err := ledger.FromTree(toTree(f.data["local/ledger"]), 10)
	if err != nil || len(l.Entries) != 1 || l.Entries[0].Name != "Ada" {
		t.Errorf("stored log %+v (%v)", l, err)
	}
}

func TestHostRefusesBadRequests(t *testing.T) {
	installFakeChrome(t)
	h := newTestHost(t)
	for req, want := range map[string]string{
		`{"op":`:                       "could not read the request",
		`{"op":"dance"}`:               "does not know the request dance",
		`{"op":"record"}`:              "no decision-log entry",
		`{"op":"scan","url":"x"}`:      "",
		`{"op":"scan","url":"https:"}`: "",
	} {
		tree := ""
		if strings.Contains(req, "scan") {
			tree = emptyDoc
		}
		r := answerOf(t, h, req, tree)
		if want == "" && r.Error != "" || want != "" && !strings.Contains(r.Error, want) {
			t.Errorf("%s: error %q, want %q", req, r.Error, want)
		}
	}
	if r := answerOf(t, h, `{"op":"scan"}`, "E\x00html"); r.Error == "" {
		t.Error("a broken snapshot was not refused")
	}
}

// An entry that another writer wrote over (a tab that read the log before
// our write wrote its own version after it) is saved again by the
// decision log's writer, without waiting for the next decision.
func TestHostSavesAgainAnEntryWrittenOver(t *testing.T) {
	f := installFakeChrome(t)
	h := newTestHost(t)
	now := time.Now().UnixMilli() // watched entries are those of the last ten minutes
	ada := fmt.Sprintf(`{"op":"record","entry":{"Name":"Ada","Action":"accept","Outcome":"done","At":%d}}`, now)
	if r := answerOf(t, h, ada, ""); r.Error != "" {
		t.Fatalf("write: %q", r.Error)
	}
	other := fmt.Sprintf(`[{"name":"Other","action":"ignore","outcome":"done","at":%d}]`, now-1)
	f.data["local/ledger"] = global.Get("JSON").Call("parse", other)
	f.change("local", "ledger", other)
	deadline := time.Now().Add(3 * time.Second)
	for {
		names := storedNames(t, f)
		if names == "Other,Ada" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("stored %v, want Ada saved again after Other", names)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// storedNames is the names of the decision log's stored entries, oldest
// first, joined by commas.
func storedNames(t *testing.T, f *fakeChrome) string {
	t.Helper()
	l, err := ledger.FromTree(toTree(f.data["local/ledger"]), 10)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range l.Entries {
		names = append(names, e.Name)
	}
	return strings.Join(names, ",")
}

// Entries and a learnt state a newer version wrote keep the members this
// version does not read when a decision is saved into them.
func TestHostKeepsNewerMembers(t *testing.T) {
	f := installFakeChrome(t)
	parse := func(s string) js.Value { return global.Get("JSON").Call("parse", s) }
	str := func(v js.Value) string { return global.Get("JSON").Call("stringify", v).String() }
	f.data["local/ledger"] = parse(`[{"name":"Old","action":"ignore","outcome":"done","at":1,"evidence":{"quote":"q","more":{"n":1}},"v2":true}]`)
	f.data["local/learnt"] = parse(`{"version":1,"seq":0,"accept":0,"ignore":0,"accepted":0,"ignored":0,"corrected":0,"features":[],"reported":[],"bias":{"w":[1,2]}}`)
	h := newTestHost(t)
	rec := `{"op":"record","entry":{"Key":"k1","Name":"Ada","Action":"ignore","Outcome":"done","At":5},` +
		`"sample":{"note":"quick call to book a demo","sales":true,"person":true,"mutuals":0,"name":"Ada"}}`
	if r := answerOf(t, h, rec, ""); r.Error != "" {
		t.Fatalf("record: %q", r.Error)
	}
	stored := f.data["local/ledger"]
	if ev := stored.Index(0).Get("evidence"); stored.Length() != 2 || ev.Get("quote").String() != "q" || ev.Get("more").Get("n").Int() != 1 || !stored.Index(0).Get("v2").Bool() || stored.Index(1).Get("name").String() != "Ada" {
		t.Errorf("stored log %s", str(stored))
	}
	learnt := f.data["local/learnt"]
	if learnt.Get("seq").Int() != 1 || str(learnt.Get("bias")) != `{"w":[1,2]}` {
		t.Errorf("stored learnt state %s", str(learnt))
	}
}
