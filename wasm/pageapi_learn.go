//go:build js && wasm && pages

package main

import (
	"errors"
	"syscall/js"

	"github.com/vetted/vetted/core/backup"
	"github.com/vetted/vetted/core/jsontree"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/ledger"
)

// learnAPI adds the functions of "What Vetted learnt", the decisions
// chart and the export file (extension/ledger.js) to vettedCore. state is
// always the learnt state as chrome.storage.local "learnt" holds it
// (learn.Model.Tree; undefined when nothing was learnt), entries the
// stored decision log. The logic is core/learn's, core/ledger's and
// core/backup's; this is conversion only.
//
//   - learnList(state) → {ok, error, items, decisions, accepted, ignored,
//     corrected, features, reported, maxFeatures, maxReported}: items are
//     learn.Model.List, each {id, kind, label, accepted, ignored,
//     corrected, lean ("accept", "ignore" or "none"), types: [{type,
//     count}], action}; a state that does not validate is {ok: false,
//     error} and stays as stored.
//   - learnForget(state, id) → {ok, state, list, error}: the state without
//     the item (learn.Model.ForgetAt, now), and what learnList gives for it.
//   - learnReset() → {ok, state}: an empty state, of a new epoch
//     (learn.Model.Renew).
//   - dataExport(entries, state, now) → the export file's object
//     (backup.Export), for JSON.stringify; a stored log that is not a
//     list is exported as its one item (ledger.Decode).
//   - dataImport(entries, state, text, format, limit) → what ledgerImport
//     gives, plus ledger (whether the file held a decision log), learnt
//     (whether it held a learnt state) and state, features, reported,
//     decisions (the file's learnt state and its size); or {ok: false,
//     error} for a file that cannot be imported whole, learnt state
//     included (backup.Read).
//   - ledgerStats(entries, now, weeks) → {weeks: [{start, total, actions,
//     types}], actions, weekTypes, types: [{type, decided, accepted,
//     percent}], top, step}: ledger.Log.Stats with the chart's series
//     (ledger.StatActions, Stats.WeekTypes) and scale (Stats.Scale).
func learnAPI(api js.Value) {
	api.Set("learnList", pageFunc(func(args []js.Value) any {
		m, err := readState(arg(args, 0))
		if err != nil {
			return failed(err.Error())
		}
		return learnList(m)
	}))
	api.Set("learnForget", pageFunc(func(args []js.Value) any {
		m, err := readState(arg(args, 0))
		if err != nil {
			return failed(err.Error())
		}
		id := strArg(arg(args, 1))
		if !m.ForgetAt(id, wallNow()) { // a decision taken before does not bring it back
			return failed("nothing learnt has the ID " + id)
		}
		out := jsObject.New()
		out.Set("ok", true)
		out.Set("state", cacheState(m))
		out.Set("list", learnList(m))
		return out
	}))
	api.Set("learnReset", pageFunc(func([]js.Value) any {
		// A new epoch: a tab that saved a decision just before does not
		// save it again over the reset (learn.Journal).
		m := learn.New()
		m.Renew(wallNow())
		out := jsObject.New()
		out.Set("ok", true)
		out.Set("state", valueOf(m.Tree()))
		return out
	}))
	api.Set("dataExport", pageFunc(func(args []js.Value) any {
		var list []any
		switch v := treeOf(arg(args, 0)).(type) {
		case []any:
			list = v
		case nil:
		default: // a stored log that is not a list: kept whole (ledger.Decode)
			list = []any{v}
		}
		var state any
		if v := arg(args, 1); !v.IsUndefined() && !v.IsNull() {
			state = treeOf(v)
		}
		return valueOf(backup.Export(list, state, int64(floatArg(arg(args, 2)))))
	}))
	api.Set("dataImport", pageFunc(func(args []js.Value) any {
		return pageDataImport(arg(args, 0), arg(args, 2), arg(args, 3), arg(args, 4))
	}))
	api.Set("ledgerStats", pageFunc(func(args []js.Value) any {
		l := &ledger.Log{Entries: readEntries(arg(args, 0))}
		return statsValue(l.Stats(int64(floatArg(arg(args, 1))), intArg(arg(args, 2))))
	}))
}

func failed(msg string) js.Value {
	out := jsObject.New()
	out.Set("ok", false)
	out.Set("error", msg)
	return out
}

func floatArg(v js.Value) float64 {
	if v.Type() != js.TypeNumber {
		return 0
	}
	f := v.Float()
	if f != f || f < 0 || f > 1e15 {
		return 0
	}
	return f
}

// stateCache is the learnt state last decoded, by its JSON text: decoding
// thousands of features takes a second in WebAssembly, and the page lists
// the same state again after every change it makes (learnForget keeps the
// model it changed here under its new text).
var stateCache struct {
	text string
	m    *learn.Model
}

// readState decodes the stored learnt state (undefined or null: nothing
// learnt yet). The state crosses the boundary as one JSON string
// (jsontree): value by value it is several times slower. The model may be
// the cached one: a caller that changes it must cacheState after.
func readState(v js.Value) (*learn.Model, error) {
	if v.IsUndefined() || v.IsNull() {
		return learn.New(), nil
	}
	if v.Type() != js.TypeObject {
		return learn.FromTree(toTree(v))
	}
	text, err := jsonStringify(v)
	if err != nil {
		return nil, errors.New("learnt state: " + err.Error())
	}
	if stateCache.m != nil && text == stateCache.text {
		return stateCache.m, nil
	}
	tree, err := jsontree.Parse(text)
	if err != nil {
		return nil, errors.New("learnt state: " + err.Error())
	}
	m, err := learn.FromTree(tree)
	if err != nil {
		return nil, err
	}
	stateCache.text, stateCache.m = text, m
	return m, nil
}

// cacheState encodes m's state as the page will store it and caches m
// under that text.
func cacheState(m *learn.Model) js.Value {
	text := string(jsontree.Append(nil, m.Tree()))
	stateCache.text, stateCache.m = text, m
	return global.Get("JSON").Call("parse", text)
}

// treeOf is toTree through JSON text, for large values.
func treeOf(v js.Value) any {
	if v.Type() != js.TypeObject {
		return toTree(v)
	}
	text, err := jsonStringify(v)
	if err != nil {
		return nil
	}
	t, err := jsontree.Parse(text)
	if err != nil {
		return nil
	}
	return t
}

// jsonStringify is JSON.stringify, with its exception (a cycle) as an error.
func jsonStringify(v js.Value) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("not JSON")
		}
	}()
	out := global.Get("JSON").Call("stringify", v)
	if out.Type() != js.TypeString {
		return "", errors.New("not JSON")
	}
	return out.String(), nil
}

// valueOf is js.ValueOf through JSON text, for large trees.
func valueOf(tree any) js.Value {
	return global.Get("JSON").Call("parse", string(jsontree.Append(nil, tree)))
}

func learnList(m *learn.Model) js.Value {
	items := m.List()
	list := make([]any, len(items))
	nfeat := 0
	for i, it := range items {
		types := make([]any, len(it.Types))
		for j, tc := range it.Types {
			types[j] = map[string]any{"type": tc.Type.String(), "count": tc.Count}
		}
		list[i] = map[string]any{
			"id": it.ID, "kind": it.Kind, "label": it.Label,
			"accepted": it.Accepted, "ignored": it.Ignored, "corrected": it.Corrected,
			"lean": it.Lean.String(), "action": it.Action, "types": types,
		}
		if it.Retired {
			list[i].(map[string]any)["retired"] = true
		}
		if it.Action == "" {
			nfeat++
		}
	}
	accepted, ignored, corrected := m.Totals()
	return valueOf(map[string]any{
		"ok": true, "items": list, "decisions": m.Seq(),
		"accepted": accepted, "ignored": ignored, "corrected": corrected,
		"features": nfeat, "reported": len(items) - nfeat,
		"maxFeatures": learn.MaxFeatures, "maxReported": learn.MaxReported,
	})
}

func pageDataImport(current, text, format, limit js.Value) js.Value {
	if text.Type() != js.TypeString {
		return failed("no file text")
	}
	f, s := strArg(format), trimBOM(text.String())
	if f == "" {
		f = ledger.DetectFormat(s)
	}
	if f != ledger.FormatJSON {
		res := pageLedgerImport(current, text, format, limit)
		if res.Get("ok").Bool() {
			res.Set("ledger", true)
			res.Set("learnt", false)
		}
		return res
	}
	tree, err := jsontree.Parse(s)
	if err != nil {
		return failed("not valid JSON: " + err.Error())
	}
	file, err := backup.Read(tree)
	if err != nil {
		return failed(err.Error())
	}
	var out js.Value
	if file.HasLedger {
		out = importInto(current, limit, ledger.FormatJSON, "", file.Ledger, nil)
		if !out.Get("ok").Bool() {
			return out
		}
	} else {
		out = jsObject.New()
		out.Set("ok", true)
		out.Set("entries", current)
		for _, k := range []string{"added", "duplicates", "dropped", "invalid", "completed", "damaged"} {
			out.Set(k, 0)
		}
		out.Set("problems", jsArray.New())
	}
	out.Set("ledger", file.HasLedger)
	out.Set("learnt", file.HasLearnt)
	if file.HasLearnt {
		// It replaces the stored state: a new epoch, so that a tab does not
		// save over it a decision taken before (learn.Journal).
		m := file.Learnt
		m.NewEpoch(wallNow())
		out.Set("state", valueOf(m.Tree()))
		out.Set("features", m.Len())
		out.Set("reported", len(m.ReportedList()))
		out.Set("decisions", m.Seq())
	}
	return out
}

func statsValue(st ledger.Stats) js.Value {
	weeks := jsArray.New(len(st.Weeks))
	for i, w := range st.Weeks {
		o := jsObject.New()
		o.Set("start", float64(w.Start))
		o.Set("total", w.Total)
		acts := jsArray.New(len(w.ByAction))
		for j, n := range w.ByAction {
			acts.SetIndex(j, n)
		}
		o.Set("actions", acts)
		types := jsObject.New()
		for t, n := range w.ByType {
			types.Set(t, n)
		}
		o.Set("types", types)
		weeks.SetIndex(i, o)
	}
	actions := jsArray.New(len(ledger.StatActions))
	for i, a := range ledger.StatActions {
		actions.SetIndex(i, a)
	}
	wt := st.WeekTypes()
	weekTypes := jsArray.New(len(wt))
	for i, t := range wt {
		weekTypes.SetIndex(i, t)
	}
	shares := jsArray.New(len(st.Types))
	for i, t := range st.Types {
		o := jsObject.New()
		o.Set("type", t.Type)
		o.Set("decided", t.Decided)
		o.Set("accepted", t.Accepted)
		o.Set("percent", t.Percent())
		shares.SetIndex(i, o)
	}
	top, step := st.Scale()
	out := jsObject.New()
	out.Set("ok", true)
	out.Set("weeks", weeks)
	out.Set("actions", actions)
	out.Set("weekTypes", weekTypes)
	out.Set("types", shares)
	out.Set("top", top)
	out.Set("step", step)
	return out
}
