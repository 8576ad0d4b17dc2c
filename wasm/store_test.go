//go:build js && wasm && legacy && !pages

package main

import (
	"strconv"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"github.com/vetted/vetted/core/ledger"
)

// A full storage quota while writing the decision log reaches the
// background (the popup and the toolbar badge show it), and the entry
// stays pending until a write succeeds.
func TestAppReportsLedgerQuotaToBackground(t *testing.T) {
	f := installFakeChrome(t)
	a := newApp()
	if msg := a.store.load(); msg != "" {
		t.Fatal(msg)
	}
	go a.store.run(a.ledgerHooks())
	f.failSet = "QUOTA_BYTES quota exceeded"
	a.store.add(ledger.Entry{Name: "Ada", Action: "ignore", Outcome: "done"})
	deadline := time.Now().Add(3 * time.Second)
	var report js.Value
	for report.IsUndefined() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		for _, m := range f.sent {
			if m.Get("type").String() == "vetted-status" && m.Get("state").String() == "error" {
				report = m
			}
		}
	}
	if report.IsUndefined() {
		t.Fatal("no error status sent to the background")
	}
	if msg := report.Get("message").String(); !strings.Contains(msg, "QUOTA_BYTES") || !strings.Contains(msg, "1 unsaved decision") {
		t.Errorf("message %q", msg)
	}
	a.store.mu.Lock()
	pending := len(a.store.pending)
	a.store.mu.Unlock()
	if pending != 1 {
		t.Errorf("%d pending, want 1", pending)
	}
	if _, stored := f.data["local/ledger"]; stored {
		t.Error("something was stored despite the quota")
	}

	// Room again: the kept entry is saved and the error taken back.
	f.failSet = ""
	a.store.poke()
	deadline = time.Now().Add(3 * time.Second)
	recovered := false
	for !recovered && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		for _, m := range f.sent {
			if m.Get("type").String() == "vetted-status" && m.Get("state").String() == "recovered" {
				recovered = true
			}
		}
	}
	if !recovered {
		t.Fatal("no recovered status after the entry was saved")
	}
	if _, stored := f.data["local/ledger"]; !stored {
		t.Error("the kept entry was not saved")
	}
	a.store.mu.Lock()
	pending = len(a.store.pending)
	a.store.mu.Unlock()
	if pending != 0 {
		t.Errorf("%d pending after recovery, want 0", pending)
	}
}

// Another writer (a second tab, the decision-log page importing) that read
// the log before our write may write its own version over it: the entry
// it lacks is saved again, once; a cleared log stays cleared.
func TestLedgerStoreSavesAgainWhatAnotherWriterWroteOver(t *testing.T) {
	f := installFakeChrome(t)
	f.data["local/ledger"] = global.Get("JSON").Call("parse", `[{"name":"Old","action":"ignore","outcome":"done","at":1}]`)
	s := newLedgerStore(10)
	saved := make(chan struct{}, 8)
	hooks := storeHooks{onSaved: func() { saved <- struct{}{} }}
	if msg := s.load(); msg != "" {
		t.Fatal(msg)
	}
	go s.run(hooks)
	waitSaved := func() {
		t.Helper()
		select {
		case <-saved:
		case <-time.After(2 * time.Second):
			t.Fatal("not saved")
		}
	}
	stored := func() []string {
		l, err := ledger.FromTree(toTree(f.data["local/ledger"]), 10)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, e := range l.Entries {
			names = append(names, e.Name)
		}
		return names
	}
	now := wallNow()
	s.add(ledger.Entry{Name: "Ada", Action: "accept", Outcome: "done", At: now})
	waitSaved()

	// The other tab read [Old] before our write and now writes [Old, Bob].
	other := `[{"name":"Old","action":"ignore","outcome":"done","at":1},{"name":"Bob","action":"ignore","outcome":"done","at":` + strconv.FormatInt(now+1, 10) + `}]`
	f.data["local/ledger"] = global.Get("JSON").Call("parse", other)
	s.reloaded(toTree(f.data["local/ledger"]), false)
	waitSaved()
	if got := strings.Join(stored(), ","); got != "Old,Ada,Bob" {
		t.Fatalf("stored %s, want Old,Ada,Bob", got)
	}
	// Our own write coming back changes nothing.
	s.reloaded(toTree(f.data["local/ledger"]), false)
	select {
	case <-saved:
		t.Fatal("wrote again with nothing lost")
	case <-time.After(200 * time.Millisecond):
	}

	// The user clears the log: nothing comes back, now or after a later write.
	delete(f.data, "local/ledger")
	s.reloaded(nil, true)
	f.data["local/ledger"] = global.Get("JSON").Call("parse", `[{"name":"Cy","action":"ignore","outcome":"done","at":`+strconv.FormatInt(now+2, 10)+`}]`)
	s.reloaded(toTree(f.data["local/ledger"]), false)
	select {
	case <-saved:
		t.Fatal("a cleared entry was saved again")
	case <-time.After(200 * time.Millisecond):
	}
	if got := strings.Join(stored(), ","); got != "Cy" {
		t.Fatalf("stored %s after the clear, want Cy", got)
	}
}
