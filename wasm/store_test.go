//go:build js && wasm && !pages

package main

import (
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
	go a.store.run()
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
