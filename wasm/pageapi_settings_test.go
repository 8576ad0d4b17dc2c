//go:build js && wasm && pages

package main

import (
	"reflect"
	"strings"
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
				if !reflect.DeepEqual(got, map[string]any{"ok": true, "settings": any(want.Tree()), "kept": []any{}, "replaces": []any{}}) {
					t.Errorf("validateSettings = %#v", got)
				}
				return
			}
			delete(got, "unknown")
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
	paranoid := func(s *settings.Settings) { s.Strictness = "paranoid" }
	tests := []struct {
		name, in string
		settings any // the settings tree given
		limit    int
		earlier  bool
		ok       bool
		kept     []any
	}{
		// Invalid: the saved settings as far as they can be read, for the
		// user to fix, with the limit the log keeps meanwhile.
		{"invalid, own limit kept", `{"strictness":"paranoid","competitors":["Globex"],"ledger_limit":2000}`, defaultsWith(2000, func(s *settings.Settings) {
			s.Strictness, s.Competitors = "paranoid", []string{"Globex"}
		}), 2000, false, false, []any{}},
		{"invalid, no limit: nothing rotates out", `{"strictness":"paranoid"}`, defaultsWith(100000, paranoid), 100000, false, false, []any{}},
		{"invalid, earlier version's limit", `{"strictness":"paranoid","ledger_limit":50000}`, defaultsWith(50000, paranoid), 50000, false, false, []any{}},
		{"earlier version's limit its one problem: in use", `{"strictness":"strict","rules":{"no-mutuals":false,"polarizing":true},"ledger_limit":50000}`,
			defaultsWith(50000, func(s *settings.Settings) {
				s.Strictness = settings.Strict
				s.Rules["no-mutuals"], s.Rules["polarizing"] = false, true
			}), 50000, true, false, []any{}},
		{"valid", `{"ledger_limit":300}`, defaultsWith(300, nil), 300, false, true, []any{}},
		{"not an object", `"x"`, defaultsWith(100000, nil), 100000, false, false, []any{}},
		{"nothing saved", `null`, defaultsWith(5000, nil), 5000, false, true, []any{}},
		// A newer version's settings: the known ones in use, the others
		// named, kept in the tree as they were.
		{"a newer version's settings", `{"competitors":["Globex"],"auto_archive":{"days":30},"rules":{"deepfake-photo":true}}`,
			func() any {
				tree := defaultsWith(5000, func(s *settings.Settings) { s.Competitors = []string{"Globex"} }).(map[string]any)
				tree["auto_archive"] = map[string]any{"days": 30.0}
				tree["rules"] = map[string]any{"deepfake-photo": true}
				return tree
			}(), 5000, false, true, []any{"auto_archive", "rules.deepfake-photo"}},
		{"a newer version's settings, and an invalid one", `{"strictness":"paranoid","auto_archive":true}`, func() any {
			tree := defaultsWith(100000, paranoid).(map[string]any)
			tree["auto_archive"] = true
			return tree
		}(), 100000, false, false, []any{"auto_archive"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := toTree(api.Call("storedSettings", parse(tt.in))).(map[string]any)
			errs := got["errors"]
			delete(got, "errors")
			want := map[string]any{"ok": tt.ok, "settings": tt.settings, "kept": tt.kept, "limit": float64(tt.limit), "max": float64(settings.MaxLedgerLimit), "earlier": tt.earlier}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("storedSettings(%s) = %#v, want %#v", tt.in, got, want)
			}
			if list, _ := errs.([]any); tt.ok != (len(list) == 0) {
				t.Errorf("storedSettings(%s): errors %#v", tt.in, errs)
			}
		})
	}
}

// Saving the form, importing a file or changing the log's limit over
// stored settings keeps what a newer version saved there; the form and
// the file are still checked strictly, and writing over stored settings
// that do not validate is named (replaces).
func TestPageAPISavesKeepANewerVersionsSettings(t *testing.T) {
	api := settingsPageAPI()
	parse := func(s string) js.Value { return global.Get("JSON").Call("parse", s) }
	stored := parse(`{"competitors":["Globex"],"auto_archive":{"days":30},"rules":{"no-mutuals":false,"deepfake-photo":true},"pacing":{"max_per_day":300}}`)

	form := settings.Defaults().Tree()
	form["competitors"] = []any{"Globex", "Initech"}
	got := toTree(api.Call("validateSettings", js.ValueOf(form), stored)).(map[string]any)
	if got["ok"] != true || !reflect.DeepEqual(got["kept"], []any{"auto_archive", "pacing.max_per_day", "rules.deepfake-photo"}) || !reflect.DeepEqual(got["replaces"], []any{}) {
		t.Fatalf("validateSettings(form, stored) = %#v", got)
	}
	tree := got["settings"].(map[string]any)
	if !reflect.DeepEqual(tree["auto_archive"], map[string]any{"days": 30.0}) || !reflect.DeepEqual(tree["rules"], map[string]any{"deepfake-photo": true}) ||
		tree["pacing"].(map[string]any)["max_per_day"] != 300.0 || !reflect.DeepEqual(tree["competitors"], []any{"Globex", "Initech"}) {
		t.Errorf("the settings to write: %#v", tree)
	}

	// The form (or a file) with a key this version does not know: a typo.
	typo := toTree(api.Call("validateSettings", parse(`{"auto_archive":true}`), stored)).(map[string]any)
	if typo["ok"] != false {
		t.Errorf("a typo in the form taken: %#v", typo)
	}
	file := toTree(api.Call("importSettings", parse(`{"auto_archive":true}`), stored)).(map[string]any)
	if file["ok"] != false || !reflect.DeepEqual(file["unknown"], []any{"auto_archive"}) {
		t.Errorf("a typo in a file taken: %#v", file)
	}
	file = toTree(api.Call("importSettings", parse(`{"schools":["MIT"],"ledger_limit":50000}`), stored)).(map[string]any)
	if file["ok"] != true || file["earlier"] != true || file["limit"] != 50000.0 || file["settings"].(map[string]any)["auto_archive"] == nil || len(file["errors"].([]any)) != 1 {
		t.Errorf("an earlier version's file over a newer version's settings: %#v", file)
	}

	// The file exported over them imports again, their newer settings
	// included, and a typo in it is still one.
	exported := api.Call("exportSettings", stored)
	if kept := toTree(exported).(map[string]any)[settings.NewerKey]; !reflect.DeepEqual(kept, map[string]any{"auto_archive": map[string]any{"days": 30.0}, "rules": map[string]any{"deepfake-photo": true}, "pacing": map[string]any{"max_per_day": 300.0}}) {
		t.Errorf("exportSettings(stored): the newer settings %#v", kept)
	}
	file = toTree(api.Call("importSettings", exported, stored)).(map[string]any)
	if file["ok"] != true || !reflect.DeepEqual(file["kept"], []any{"auto_archive", "pacing.max_per_day", "rules.deepfake-photo"}) || !reflect.DeepEqual(file["settings"].(map[string]any)["rules"], map[string]any{"no-mutuals": false, "deepfake-photo": true}) {
		t.Errorf("the exported file imported: %#v", file)
	}
	exported.Set("auto_archiv", 1)
	if file = toTree(api.Call("importSettings", exported, stored)).(map[string]any); file["ok"] != false || !reflect.DeepEqual(file["unknown"], []any{"auto_archiv"}) {
		t.Errorf("a typo in an exported file taken: %#v", file)
	}
	// Nothing to move: the file is storage as it is, keys in its order.
	plain := parse(`{"trusted":["https://a.example"],"strictness":"strict","schools":["MIT"]}`)
	if got := global.Get("JSON").Call("stringify", api.Call("exportSettings", plain)).String(); got != `{"trusted":["https://a.example"],"strictness":"strict","schools":["MIT"]}` {
		t.Errorf("exportSettings(plain) = %s", got)
	}
	if got := toTree(api.Call("exportSettings", js.Null())); !reflect.DeepEqual(got, toTree(js.ValueOf(settings.Defaults().Tree()))) {
		t.Errorf("exportSettings(null) = %#v", got)
	}

	// Stored settings that do not validate: writing over them is named.
	over := toTree(api.Call("validateSettings", js.ValueOf(form), parse(`{"strictness":"paranoid","trusted":["ftp://x"],"auto_archive":true}`))).(map[string]any)
	if over["ok"] != true || !reflect.DeepEqual(over["replaces"], []any{"trusted", "strictness"}) || !reflect.DeepEqual(over["kept"], []any{"auto_archive"}) {
		t.Errorf("over invalid stored settings: %#v", over)
	}
	over = toTree(api.Call("validateSettings", js.ValueOf(form), parse(`{"ledger_limit":50000}`))).(map[string]any)
	if !reflect.DeepEqual(over["replaces"], []any{}) {
		t.Errorf("over an earlier version's limit (the form shows it): %#v", over)
	}

	// The log page's limit: the stored settings as they are, the limit
	// changed; refused when the limit or the settings are not valid.
	lim := toTree(api.Call("settingsWithLimit", stored, 2000)).(map[string]any)
	want := toTree(stored).(map[string]any)
	want["ledger_limit"] = 2000.0
	if !reflect.DeepEqual(lim, map[string]any{"ok": true, "settings": any(want)}) {
		t.Errorf("settingsWithLimit(stored, 2000) = %#v", lim)
	}
	lim = toTree(api.Call("settingsWithLimit", js.Null(), 2000)).(map[string]any)
	if !reflect.DeepEqual(lim, map[string]any{"ok": true, "settings": map[string]any{"ledger_limit": 2000.0}}) {
		t.Errorf("settingsWithLimit(null, 2000) = %#v", lim)
	}
	for _, tc := range []struct {
		stored js.Value
		limit  any
		err    string
	}{
		{stored, 50000, "ledger_limit: must be between 100 and 15000"},
		{stored, "many", "ledger_limit: must be a whole number"},
		{parse(`{"strictness":"paranoid"}`), 2000, "strictness"},
	} {
		lim = toTree(api.Call("settingsWithLimit", tc.stored, tc.limit)).(map[string]any)
		if e, _ := lim["error"].(string); lim["ok"] != false || !strings.Contains(e, tc.err) {
			t.Errorf("settingsWithLimit(…, %v) = %#v, want an error with %q", tc.limit, lim, tc.err)
		}
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
