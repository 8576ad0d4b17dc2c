//go:build js && wasm && legacy && !pages

package main

import (
	"strings"
	"syscall/js"
	"testing"
)

// resetI18n forgets the cached API and messages, before and after a test.
func resetI18n(t *testing.T) {
	reset := func() {
		i18nMu.Lock()
		i18nReady, i18nCache = false, map[string]string{}
		i18nMu.Unlock()
	}
	reset()
	t.Cleanup(reset)
}

func TestTrFetchesEachMessageOnceAndFillsItIn(t *testing.T) {
	resetI18n(t)
	installFakeChrome(t)
	// The browser's getMessage: named placeholders whose content is $n,
	// replaced by the substitutions (missing ones by "").
	messages := map[string]string{
		"badgeAccepted": "Angenommen: $NAME$.",
		"badgeTwo":      "$A$ und $B$",
		"badgePlain":    "Ablehnen",
	}
	placeholders := map[string][]string{"badgeAccepted": {"$NAME$"}, "badgeTwo": {"$A$", "$B$"}}
	calls := 0
	getMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		calls++
		m, ok := messages[args[0].String()]
		if !ok {
			return ""
		}
		for i, p := range placeholders[args[0].String()] {
			sub := ""
			if len(args) > 1 && args[1].Length() > i {
				sub = args[1].Index(i).String()
			}
			m = strings.ReplaceAll(m, p, sub)
		}
		return m
	})
	defer getMessage.Release()
	i18n := jsObject.New()
	i18n.Set("getMessage", getMessage)
	global.Get("chrome").Set("i18n", i18n)

	for _, tc := range []struct {
		key, fallback, want string
		args                []string
	}{
		{"badgeAccepted", "Accepted $1.", "Angenommen: Ada.", []string{"Ada"}},
		{"badgeAccepted", "Accepted $1.", "Angenommen: Grace.", []string{"Grace"}},
		{"badgeAccepted", "Accepted $1.", "Angenommen: $2 <b>.", []string{"$2 <b>"}},
		{"badgeTwo", "$1 and $2", "x und y", []string{"x", "y"}},
		{"badgePlain", "Decline", "Ablehnen", nil},
		{"badgePlain", "Decline", "Ablehnen", nil},
		{"badgeMissing", "Stopped: $1", "Stopped: why", []string{"why"}},
	} {
		if got := tr(tc.key, tc.fallback, tc.args...); got != tc.want {
			t.Errorf("tr(%q, %q) = %q, want %q", tc.key, tc.args, got, tc.want)
		}
	}
	if calls != 4 {
		t.Errorf("%d calls to getMessage, want 4 (one per key)", calls)
	}
}

func TestTrWithoutTheAPIUsesTheFallback(t *testing.T) {
	resetI18n(t)
	if got := tr("badgeAccepted", "Accepted $1.", "Ada"); got != "Accepted Ada." {
		t.Errorf("got %q", got)
	}
}
