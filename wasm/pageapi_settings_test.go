//go:build js && wasm && pages

package main

import (
	"reflect"
	"syscall/js"
	"testing"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
)

// settingsPageAPI returns a vettedCore object with only the settings functions.
func settingsPageAPI() js.Value {
	api := jsObject.New()
	settingsAPI(api)
	return api
}

func TestPageAPIDefaultsAndRules(t *testing.T) {
	api := settingsPageAPI()
	if got, want := toTree(api.Call("defaults")), any(settings.Defaults().Tree()); !reflect.DeepEqual(got, want) {
		t.Errorf("defaults() = %#v", got)
	}
	rules := api.Call("rules")
	if rules.Length() != len(flag.All) {
		t.Fatalf("rules() has %d rules, want %d", rules.Length(), len(flag.All))
	}
	for i, r := range flag.All {
		got := toTree(rules.Index(i))
		want := map[string]any{"id": r.ID, "title": r.Title, "doc": r.Docs().EN, "group": string(r.Group), "weight": float64(r.Weight), "on": !r.DefaultOff}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("rules()[%d] = %#v, want %#v", i, got, want)
		}
	}
}

// In a German browser rules() gives the German titles and docs; the rest
// is the same.
func TestPageAPIRulesInGerman(t *testing.T) {
	withLang(t, "de")
	rules := settingsPageAPI().Call("rules")
	if rules.Length() != len(flag.All) {
		t.Fatalf("rules() has %d rules, want %d", rules.Length(), len(flag.All))
	}
	for i, r := range flag.All {
		got := toTree(rules.Index(i))
		want := map[string]any{"id": r.ID, "title": r.TitleDE, "doc": r.Docs().DE, "group": string(r.Group), "weight": float64(r.Weight), "on": !r.DefaultOff}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("rules()[%d] = %#v, want %#v", i, got, want)
		}
	}
}

func TestPageAPIValidateSettings(t *testing.T) {
	api := settingsPageAPI()
	parse := func(s string) js.Value { return global.Get("JSON").Call("parse", s) }
	tests := []struct {
		name, in string
		want     map[string]any // the result's fields that matter
	}{
		{"valid, toggles pruned", `{"competitors":[" Globex "],"rules":{"no-mutuals":true,"polarizing":true}}`, nil},
		{"bad entry", `{"trusted":["Ada","ftp://x"]}`, map[string]any{"field": "trusted[1]", "input": "trusted", "entry": 1.0,
			"message": "must be a name or an http(s) profile URL", "detail": "must be a name or an http(s) profile URL"}},
		{"unknown rule", `{"rules":{"no-such-rule":false}}`, map[string]any{"field": "rules.no-such-rule", "input": "rules.no-such-rule",
			"entry": -1.0, "message": "unknown rule", "detail": "unknown rule"}},
		{"not an object", `"x"`, map[string]any{"field": "", "input": "", "entry": -1.0,
			"message": "settings must be a JSON object", "detail": "settings must be a JSON object"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := toTree(api.Call("validateSettings", parse(tt.in))).(map[string]any)
			if tt.want == nil {
				want := settings.Defaults()
				want.Competitors = []string{"Globex"}
				want.Rules = map[string]bool{"polarizing": true}
				if !reflect.DeepEqual(got, map[string]any{"ok": true, "settings": any(want.Tree())}) {
					t.Errorf("validateSettings = %#v", got)
				}
				return
			}
			if !reflect.DeepEqual(got, map[string]any{"ok": false, "errors": []any{tt.want}}) {
				t.Errorf("validateSettings = %#v", got)
			}
		})
	}
	if got := toTree(api.Call("validateSettings")).(map[string]any); got["ok"] != false {
		t.Errorf("no argument: %#v", got)
	}
}

// storedSettings gives what the extension runs with from saved settings
// that do not validate, for the options page's form and message.
func TestPageAPIStoredSettings(t *testing.T) {
	api := settingsPageAPI()
	parse := func(s string) js.Value { return global.Get("JSON").Call("parse", s) }
	defaultsWith := func(limit int, edit func(*settings.Settings)) any {
		s := settings.Defaults()
		s.LedgerLimit = limit
		if edit != nil {
			edit(&s)
		}
		s.Rules = flag.Overrides(s.Rules)
		return s.Tree()
	}
	tests := []struct {
		name, in string
		settings any // the settings tree given
		limit    int
		earlier  bool
	}{
		{"invalid, own limit kept", `{"strictness":"paranoid","ledger_limit":2000}`, defaultsWith(2000, nil), 2000, false},
		{"invalid, no limit: nothing rotates out", `{"strictness":"paranoid"}`, defaultsWith(100000, nil), 100000, false},
		{"invalid, earlier version's limit", `{"strictness":"paranoid","ledger_limit":50000}`, defaultsWith(50000, nil), 50000, false},
		{"earlier version's limit its one problem: in use", `{"strictness":"strict","rules":{"no-mutuals":false,"polarizing":true},"ledger_limit":50000}`,
			defaultsWith(50000, func(s *settings.Settings) {
				s.Strictness = settings.Strict
				s.Rules["no-mutuals"], s.Rules["polarizing"] = false, true
			}), 50000, true},
		{"valid", `{"ledger_limit":300}`, defaultsWith(300, nil), 300, false},
		{"not an object", `"x"`, defaultsWith(100000, nil), 100000, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := toTree(api.Call("storedSettings", parse(tt.in)))
			want := map[string]any{"settings": tt.settings, "limit": float64(tt.limit), "max": float64(settings.MaxLedgerLimit), "earlier": tt.earlier}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("storedSettings(%s) = %#v, want %#v", tt.in, got, want)
			}
		})
	}
}

func TestPageAPIPreviewTemplate(t *testing.T) {
	api := settingsPageAPI()
	tests := []struct{ which, tmpl, name, want string }{
		{"thank_you", "Thanks, {first_name}!", "JOHN SMITH", "Thanks, John!"},
		{"ask_context", "Hi {name}, <b>how</b>?", "Ada  Lovelace", "Hi Ada Lovelace, <b>how</b>?"},
		{"ask_context", "Hi {first_name}, how?", "", "Hi, how?"},
		{"nope", "Hi {name}", "Ada", ""},
	}
	for _, tt := range tests {
		if got := api.Call("previewTemplate", tt.which, tt.tmpl, tt.name).String(); got != tt.want {
			t.Errorf("previewTemplate(%q, %q, %q) = %q, want %q", tt.which, tt.tmpl, tt.name, got, tt.want)
		}
	}
	if got := api.Call("previewTemplate", 1, js.Null()).String(); got != "" {
		t.Errorf("bad arguments: %q", got)
	}
}
