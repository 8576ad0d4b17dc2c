//go:build js && wasm && legacy && !pages

package main

import (
	"strings"
	"testing"
	"time"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/ledger"
)

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
		if !strings.Contains(m, "QUOTA_BYTES") || !strings.Contains(m, "1 unsaved decision") {
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
