//go:build js && wasm

package main

import (
	"sync"
	"syscall/js"
)

// langKey is the message in extension/_locales whose text is that
// locale's language ("en", "de"). The red flags' titles and docs live in
// the core (flag.Rule.TitleIn, DocIn), not in _locales; asking getMessage
// for this key tells the core which language the browser picked for every
// other message, so that the badge and the options page show the rules in
// the same language as the rest of their text, with the same fallback
// (a browser in a language Vetted lacks gets English).
const langKey = "lang"

var (
	langMu  sync.Mutex
	langTag string // "" until uiLang has asked the browser
)

// uiLang returns the language of the extension's messages in this browser:
// the langKey message, fetched once; "en" when there is no extension API
// (the Go DOM tests) or no such message.
func uiLang() string {
	langMu.Lock()
	tag := langTag
	langMu.Unlock()
	if tag != "" {
		return tag
	}
	tag = "en"
	if api := extAPI(); !api.IsUndefined() {
		if i := api.Get("i18n"); i.Type() == js.TypeObject && i.Get("getMessage").Type() == js.TypeFunction {
			if v, ok := call(i, "getMessage", langKey); ok && v.Type() == js.TypeString && v.String() != "" {
				tag = v.String()
			}
		}
	}
	langMu.Lock()
	langTag = tag
	langMu.Unlock()
	return tag
}
