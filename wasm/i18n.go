//go:build js && wasm && legacy && !pages

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
	i18nCache = map[string]string{} // key → message template ("" when there is none)
)

// tr returns the message key in the UI language with $1…$9 replaced by
// args, or fallback (English, same placeholders) when there is none.
//
// Each message is fetched from the browser once: with arguments, as a
// template (getMessage with "$1"…"$9" as its substitutions), which Go then
// fills in (i18n.Substitute, one pass). A badge draws a dozen messages, and
// a call into the extension API costs more than the rest of the drawing.
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
	tmpl, ok := i18nCache[key]
	api := i18nAPI
	i18nMu.Unlock()

	if !ok {
		if !api.IsUndefined() {
			if v, ok := call(api, "getMessage", key, placeholderArgs); ok && v.Type() == js.TypeString {
				tmpl = v.String()
			}
		}
		i18nMu.Lock()
		i18nCache[key] = tmpl
		i18nMu.Unlock()
	}
	if tmpl == "" {
		tmpl = fallback
	}
	if len(args) == 0 {
		return i18n.Substitute(tmpl)
	}
	return i18n.Substitute(tmpl, args...)
}

// placeholderArgs make getMessage return a message's template: each $n
// placeholder comes back as the text "$n".
var placeholderArgs = []any{"$1", "$2", "$3", "$4", "$5", "$6", "$7", "$8", "$9"}
