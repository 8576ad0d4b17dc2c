//go:build js && wasm && pages

package main

import (
	"syscall/js"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
)

// settingsAPI adds the options page's functions to vettedCore:
//
//   - defaults() → the default settings tree.
//   - rules() → [{id, title, doc, group, weight, on}] for every rule of
//     flag.All in order; title and doc are in the browser's language
//     (uiLang: German or English), on is the rule's default state.
//   - validateSettings(tree) → {ok: true, settings: <normalised tree>} or
//     {ok: false, errors: [{field, input, entry, message, detail}]} (see
//     settings.FormProblems). The normalised tree keeps only the rule
//     toggles that differ from the rules' defaults (flag.Overrides).
//   - previewTemplate(which, template, name) → the template ("thank_you"
//     or "ask_context") filled in for a sender called name.
//   - storedSettings(tree) → {settings, limit, max, earlier}: the settings
//     the extension runs with while the saved ones (tree) do not validate
//     (settings.Stored: the defaults, with the decision log's limit
//     KeepLimit gives; or, earlier, the saved settings when their one
//     problem is a limit an earlier version allowed,
//     settings.EarlierLimitProblem),
//     their ledger limit, and MaxLedgerLimit.
func settingsAPI(api js.Value) {
	api.Set("defaults", pageFunc(func([]js.Value) any {
		return js.ValueOf(settings.Defaults().Tree())
	}))
	api.Set("rules", pageFunc(func([]js.Value) any {
		lang := uiLang()
		out := jsArray.New(len(flag.All))
		for i, r := range flag.All {
			o := jsObject.New()
			o.Set("id", r.ID)
			o.Set("title", r.TitleIn(lang))
			o.Set("doc", r.DocIn(lang))
			o.Set("group", string(r.Group))
			o.Set("weight", r.Weight)
			o.Set("on", !r.DefaultOff)
			out.SetIndex(i, o)
		}
		return out
	}))
	api.Set("validateSettings", pageFunc(func(args []js.Value) any {
		var tree any
		if len(args) > 0 {
			tree = toTree(args[0])
		}
		return pageValidateSettings(tree)
	}))
	api.Set("storedSettings", pageFunc(func(args []js.Value) any {
		var tree any
		if len(args) > 0 {
			tree = toTree(args[0])
		}
		s, problem := settings.Stored(tree, knownRule)
		earlier := problem == settings.EarlierLimitProblem
		s.Rules = flag.Overrides(s.Rules)
		out := jsObject.New()
		out.Set("settings", js.ValueOf(s.Tree()))
		out.Set("limit", s.LedgerLimit)
		out.Set("max", settings.MaxLedgerLimit)
		out.Set("earlier", earlier)
		return out
	}))
	api.Set("previewTemplate", pageFunc(func(args []js.Value) any {
		which, tmpl, name := settingsStringArg(args, 0), settingsStringArg(args, 1), settingsStringArg(args, 2)
		var t settings.Templates
		switch which {
		case settings.TemplateThankYou:
			t.ThankYou = tmpl
		case settings.TemplateAskContext:
			t.AskContext = tmpl
		}
		return t.Render(which, name)
	}))
}

// pageValidateSettings is validateSettings(tree) of the page API.
func pageValidateSettings(tree any) js.Value {
	out := jsObject.New()
	s, err := settings.FromTree(tree, knownRule)
	if err != nil {
		probs := settings.FormProblems(err)
		list := jsArray.New(len(probs))
		for i, p := range probs {
			o := jsObject.New()
			o.Set("field", p.Field)
			o.Set("input", p.Input)
			o.Set("entry", p.Entry)
			o.Set("message", p.Message)
			o.Set("detail", p.Detail)
			list.SetIndex(i, o)
		}
		out.Set("ok", false)
		out.Set("errors", list)
		return out
	}
	s.Rules = flag.Overrides(s.Rules)
	out.Set("ok", true)
	out.Set("settings", js.ValueOf(s.Tree()))
	return out
}

// settingsStringArg returns args[i] when it is a string, or "".
func settingsStringArg(args []js.Value, i int) string {
	if i < len(args) && args[i].Type() == js.TypeString {
		return args[i].String()
	}
	return ""
}
