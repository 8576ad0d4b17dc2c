//go:build js && wasm && !pages

package main

import (
	"sync"
	"syscall/js"

	"github.com/vetted/vetted/core/i18n"
)

// The badge's text comes from the extension's _locales through
// chrome.i18n.getMessage (content scripts have it), in the browser's UI
// language. Every call names its English text as the fallback, with the
// same $1…$9 placeholders, for when there is no extension API (the Go DOM
// tests) or no such message; a test (scripts/locales) checks that the
// fallbacks say what extension/_locales/en says.

var (
	i18nMu    sync.Mutex
	i18nAPI   js.Value // chrome.i18n.getMessage's object, or undefined
	i18nReady bool
	i18nCache = map[string]string{} // messages without arguments
)

// tr returns the message key in the UI language with $1…$9 replaced by
// args, or fallback (English, same placeholders) when there is none.
//
//go:noinline
func tr(key, fallback string, args ...string) string {
	i18nMu.Lock()
	if !i18nReady {
		i18nReady = true
		i18nAPI = js.Undefined()
		if api := extAPI(); !api.IsUndefined() {
			if i := api.Get("i18n"); i.Type() == js.TypeObject && i.Get("getMessage").Type() == js.TypeFunction {
				i18nAPI = i
			}
		}
	}
	if len(args) == 0 {
		if s, ok := i18nCache[key]; ok {
			i18nMu.Unlock()
			return s
		}
	}
	api := i18nAPI
	i18nMu.Unlock()

	s := ""
	if !api.IsUndefined() {
		subs := make([]any, len(args))
		for i, a := range args {
			subs[i] = a
		}
		if v, ok := call(api, "getMessage", key, subs); ok && v.Type() == js.TypeString {
			s = v.String()
		}
	}
	if s == "" {
		s = i18n.Substitute(fallback, args...)
	}
	if len(args) == 0 {
		i18nMu.Lock()
		i18nCache[key] = s
		i18nMu.Unlock()
	}
	return s
}
