//go:build js && wasm

package main

import (
	"syscall/js"
	"testing"
)

// withLang makes the extension API answer lang for the langKey message
// (and "" for any other) during one test, with uiLang's cache cleared
// before and after. It returns how many times getMessage was called.
func withLang(t *testing.T, lang string) *int {
	t.Helper()
	reset := func() {
		langMu.Lock()
		langTag = ""
		langMu.Unlock()
	}
	reset()
	calls := new(int)
	getMessage := js.FuncOf(func(_ js.Value, args []js.Value) any {
		*calls++
		if len(args) > 0 && args[0].String() == langKey {
			return lang
		}
		return ""
	})
	withGetMessage(t, getMessage, reset)
	return calls
}

// withGetMessage makes the page's chrome, during one test, one whose
// i18n.getMessage is getMessage (and whose storage is empty); after the
// test the page's own comes back, getMessage is released and done runs.
func withGetMessage(t *testing.T, getMessage js.Func, done func()) {
	i18n := jsObject.New()
	i18n.Set("getMessage", getMessage)
	chrome := jsObject.New()
	chrome.Set("storage", jsObject.New())
	chrome.Set("i18n", i18n)
	prev := global.Get("chrome")
	global.Set("chrome", chrome)
	t.Cleanup(func() {
		if prev.IsUndefined() {
			global.Delete("chrome")
		} else {
			global.Set("chrome", prev)
		}
		getMessage.Release()
		done()
	})
}

func TestUILangAsksOnce(t *testing.T) {
	calls := withLang(t, "de")
	for range 3 {
		if got := uiLang(); got != "de" {
			t.Fatalf("uiLang() = %q, want de", got)
		}
	}
	if *calls != 1 {
		t.Errorf("%d calls to getMessage, want 1", *calls)
	}
}

func TestUILangFallsBackToEnglish(t *testing.T) {
	withLang(t, "") // the message is missing
	if got := uiLang(); got != "en" {
		t.Errorf("without the message: %q, want en", got)
	}
	langMu.Lock()
	langTag = ""
	langMu.Unlock()
	global.Delete("chrome") // no extension API at all
	if got := uiLang(); got != "en" {
		t.Errorf("without the API: %q, want en", got)
	}
}
