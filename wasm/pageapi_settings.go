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
//   - validateSettings(tree, stored) → {ok: true, settings: <normalised
//     tree>, kept, replaces} or {ok: false, errors: [{field, input, entry,
//     message, detail}], unknown} (see settings.FormProblems): tree
//     validated as a settings file is (FromTree: an unknown key is a typo;
//     unknown names such fields, settings.Errors.Unknown). The normalised
//     tree keeps only the rule toggles that differ from the rules' defaults
//     (flag.Overrides) and, when stored (what storage holds) is given, the
//     settings of stored this version does not know, as they are
//     (settings.Keeping), so that writing it loses none of a newer
//     version's settings; kept names them. replaces names the fields of
//     stored that do not validate (settings.FromStored): writing the tree
//     replaces them and, with them, every stored setting the form did not
//     show; empty when stored is valid, absent or only has an earlier
//     version's limit (the form shows it).
//   - importSettings(file, stored) → as validateSettings, for a settings
//     file the user imports, read with settings.Saved (what a newer
//     version saved, under settings.NewerKey, kept, the file's winning
//     over stored's; kept names both): a file an earlier
//     version exported whose one problem is a decision-log limit it
//     allowed is taken (earlier: true, limit and max as storedSettings
//     gives them, errors the limit's problem).
//   - exportSettings(stored) → the settings file of what storage holds
//     (null: the defaults), settings.Export: the settings a newer version
//     saved moved under settings.NewerKey, so that importSettings takes
//     the file back, them included, and tells a typo from them.
//   - previewTemplate(which, template, name) → the template ("thank_you"
//     or "ask_context") filled in for a sender called name.
//   - storedSettings(tree) → {ok, errors, settings, kept, limit, max,
//     earlier}: the stored settings as the extension reads them
//     (settings.Stored, settings.FromStored): ok when they validate,
//     keys and rule IDs this version does not know aside (kept names
//     them: a newer version's, kept and not used); errors the problems
//     when not; settings what the form shows: the settings the extension
//     runs with (also, earlier, the saved settings when their one problem
//     is a limit an earlier version allowed, settings.EarlierLimitProblem)
//     or, while they do not validate (the extension runs with the
//     defaults), the saved settings as far as they can be read, for the
//     user to fix (settings.Readable); limit is the decision log's limit
//     the extension applies (KeepLimit while invalid), max
//     MaxLedgerLimit.
//   - settingsWithLimit(stored, limit) → {ok, settings, error}: the stored
//     settings (none when null) as they are, with ledger_limit set to
//     limit (a number, or the text typed), when they validate as
//     storedSettings reads them (a newer version's settings kept as they
//     are); error says why not. The decision log page writes settings
//     with it.
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
		s, err := settings.FromTree(treeArg(args, 0), knownRule)
		return pageSettings(s, err, false, treeArg(args, 1))
	}))
	api.Set("importSettings", pageFunc(func(args []js.Value) any {
		s, earlier, err := settings.Saved(treeArg(args, 0), knownRule)
		return pageSettings(s, err, earlier, treeArg(args, 1))
	}))
	api.Set("exportSettings", pageFunc(func(args []js.Value) any {
		tree := treeArg(args, 0)
		if tree != nil && len(settings.Defaults().Keeping(tree, knownRule).Kept()) == 0 {
			return args[0] // nothing to move (Export): storage as it is, in its order
		}
		return js.ValueOf(settings.Export(tree, knownRule))
	}))
	api.Set("storedSettings", pageFunc(func(args []js.Value) any {
		tree := treeArg(args, 0)
		_, earlier, err := settings.FromStored(tree, knownRule)
		s, _ := settings.Stored(tree, knownRule)
		if err != nil && tree != nil {
			s = settings.Readable(tree, knownRule) // for the user to fix
		}
		s.Rules = flag.Overrides(s.Rules)
		out := jsObject.New()
		out.Set("ok", tree == nil || err == nil && !earlier)
		if err != nil && tree != nil {
			out.Set("errors", formProblems(err))
		} else if earlier {
			out.Set("errors", formProblems(s.Validate(knownRule)))
		}
		out.Set("settings", js.ValueOf(s.Tree()))
		out.Set("kept", stringsArray(settings.Defaults().Keeping(tree, knownRule).Kept()))
		out.Set("limit", s.LedgerLimit)
		out.Set("max", settings.MaxLedgerLimit)
		out.Set("earlier", earlier)
		return out
	}))
	api.Set("settingsWithLimit", pageFunc(func(args []js.Value) any {
		tree, err := settings.WithLimit(treeArg(args, 0), treeArg(args, 1), knownRule)
		out := jsObject.New()
		out.Set("ok", err == nil)
		if err != nil {
			out.Set("error", err.Error())
			return out
		}
		out.Set("settings", js.ValueOf(tree))
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

// pageSettings is the result of validateSettings and importSettings: s
// read from the tree given, with the settings of stored (what storage
// holds, nil when nothing) this version does not know kept.
func pageSettings(s settings.Settings, err error, earlier bool, stored any) js.Value {
	out := jsObject.New()
	if err != nil {
		out.Set("ok", false)
		out.Set("errors", formProblems(err))
		errs, _ := err.(settings.Errors)
		out.Set("unknown", stringsArray(errs.Unknown()))
		return out
	}
	s = s.Keeping(stored, knownRule)
	s.Rules = flag.Overrides(s.Rules)
	out.Set("ok", true)
	out.Set("settings", js.ValueOf(s.Tree()))
	out.Set("kept", stringsArray(s.Kept()))
	out.Set("replaces", stringsArray(settings.Replaces(stored, knownRule)))
	if earlier {
		out.Set("errors", formProblems(s.Validate(knownRule))) // the limit to lower
		out.Set("earlier", true)
		out.Set("limit", s.LedgerLimit)
		out.Set("max", settings.MaxLedgerLimit)
	}
	return out
}

// formProblems is the page's list of the problems of err
// (settings.FormProblems).
func formProblems(err error) js.Value {
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
	return list
}

// stringsArray is a JavaScript array of the strings.
func stringsArray(list []string) js.Value {
	out := jsArray.New(len(list))
	for i, v := range list {
		out.SetIndex(i, v)
	}
	return out
}

// treeArg returns args[i] as a generic tree, nil when absent, undefined
// or null.
func treeArg(args []js.Value, i int) any {
	if i >= len(args) || args[i].IsUndefined() || args[i].IsNull() {
		return nil
	}
	return toTree(args[i])
}

// settingsStringArg returns args[i] when it is a string, or "".
func settingsStringArg(args []js.Value, i int) string {
	if i < len(args) && args[i].Type() == js.TypeString {
		return args[i].String()
	}
	return ""
}
