//go:build js && wasm && pages

package main

import (
	"syscall/js"

	"github.com/vetted/vetted/core/backup"
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
//   - learnForget(state, id) → {ok, state, error}: the state without the
//     item (learn.Model.Forget).
//   - learnReset() → {ok, state}: an empty state.
//   - dataExport(entries, state, now) → the export file's object
//     (backup.Export), for JSON.stringify.
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
		if !m.Forget(id) {
			return failed("nothing learnt has the ID " + id)
		}
		out := jsObject.New()
		out.Set("ok", true)
		out.Set("state", js.ValueOf(m.Tree()))
		return out
	}))
	api.Set("learnReset", pageFunc(func([]js.Value) any {
		out := jsObject.New()
		out.Set("ok", true)
		out.Set("state", js.ValueOf(learn.New().Tree()))
		return out
	}))
	api.Set("dataExport", pageFunc(func(args []js.Value) any {
		list, _ := toTree(arg(args, 0)).([]any)
		var state any
		if v := arg(args, 1); !v.IsUndefined() && !v.IsNull() {
			state = toTree(v)
		}
		return js.ValueOf(backup.Export(list, state, int64(floatArg(arg(args, 2)))))
	}))
	api.Set("dataImport", pageFunc(func(args []js.Value) any {
		return pageDataImport(arg(args, 0), arg(args, 2), arg(args, 3), arg(args, 4))
	}))
	api.Set("ledgerStats", pageFunc(func(args []js.Value) any {
		l := &ledger.Log{Entries: readEntries(arg(args, 0), nil)}
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

// readState decodes the stored learnt state (undefined or null: nothing
// learnt yet).
func readState(v js.Value) (*learn.Model, error) {
	if v.IsUndefined() || v.IsNull() {
		return learn.New(), nil
	}
	return learn.FromTree(toTree(v))
}

func learnList(m *learn.Model) js.Value {
	items := m.List()
	list := jsArray.New(len(items))
	nfeat := 0
	for i, it := range items {
		o := jsObject.New()
		o.Set("id", it.ID)
		o.Set("kind", it.Kind)
		o.Set("label", it.Label)
		o.Set("accepted", it.Accepted)
		o.Set("ignored", it.Ignored)
		o.Set("corrected", it.Corrected)
		o.Set("lean", it.Lean.String())
		o.Set("action", it.Action)
		types := jsArray.New(len(it.Types))
		for j, tc := range it.Types {
			t := jsObject.New()
			t.Set("type", tc.Type.String())
			t.Set("count", tc.Count)
			types.SetIndex(j, t)
		}
		o.Set("types", types)
		list.SetIndex(i, o)
		if it.Action == "" {
			nfeat++
		}
	}
	accepted, ignored, corrected := m.Totals()
	out := jsObject.New()
	out.Set("ok", true)
	out.Set("items", list)
	out.Set("decisions", m.Seq())
	out.Set("accepted", accepted)
	out.Set("ignored", ignored)
	out.Set("corrected", corrected)
	out.Set("features", nfeat)
	out.Set("reported", len(items)-nfeat)
	out.Set("maxFeatures", learn.MaxFeatures)
	out.Set("maxReported", learn.MaxReported)
	return out
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
	v, err := jsonParse(s)
	if err != nil {
		return failed("not valid JSON: " + err.Error())
	}
	file, err := backup.Read(toTree(v))
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
		for _, k := range []string{"added", "duplicates", "dropped", "invalid", "damaged"} {
			out.Set(k, 0)
		}
		out.Set("problems", jsArray.New())
	}
	out.Set("ledger", file.HasLedger)
	out.Set("learnt", file.HasLearnt)
	if file.HasLearnt {
		m := file.Learnt
		out.Set("state", js.ValueOf(m.Tree()))
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
