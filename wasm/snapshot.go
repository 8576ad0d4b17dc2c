//go:build js && wasm && legacy && !pages

package main

import (
	"syscall/js"

	"github.com/vetted/vetted/core/page"
)

// reader reads cards from snapshots: one call of the loader's
// vettedSnapshot per card (extension/loader.js) answers what the site's
// read plan asks, instead of a crossing of the JavaScript boundary for
// every question (core/page, Plan). Without vettedSnapshot (the wasm
// tests) or when a snapshot fails, cards are read from the live page.
type reader struct {
	take    js.Value              // vettedSnapshot(card, plan) → string
	plans   map[string]*page.Plan // by adapter
	plan    *page.Plan
	planJS  js.Value // plan's queries as vettedSnapshot takes them
	version int      // plan's version when planJS was made

	// For make bench and the end-to-end tests: cards read, and read from
	// a snapshot that fitted the plan.
	cards, snapped int
}

func newReader() *reader {
	return &reader{take: global.Get("vettedSnapshot"), plans: map[string]*page.Plan{}}
}

// node returns what to read a card from with an adapter: a snapshot of the
// live card, or the card itself.
func (r *reader) node(adapter string, live page.Node) page.Node {
	r.cards++
	el := element(live)
	if r.take.Type() != js.TypeFunction || el.IsUndefined() {
		return live
	}
	p := r.plans[adapter]
	if p == nil {
		p = page.NewPlan(adapter)
		r.plans[adapter] = p
	}
	qs := p.Queries()
	if p != r.plan || r.version != p.Version() || r.planJS.IsUndefined() {
		r.plan, r.version, r.planJS = p, p.Version(), planValue(qs)
	}
	data, ok := invoke(r.take, el, r.planJS)
	if !ok || data.Type() != js.TypeString {
		return live
	}
	n, fits := p.Snapshot(live, qs, data.String())
	if fits {
		r.snapped++
	}
	return n
}

// planValue is a plan's queries as vettedSnapshot takes them: for each,
// [selector, text?, tag?, attributes, closest selectors, has selectors].
func planValue(qs []page.PlanQuery) js.Value {
	list := make([]any, len(qs))
	strs := func(ss []string) []any {
		out := make([]any, len(ss))
		for i, s := range ss {
			out[i] = s
		}
		return out
	}
	for i, q := range qs {
		list[i] = []any{q.Sel, q.Text, q.Tag, strs(q.Attrs), strs(q.Closest), strs(q.Has)}
	}
	return js.ValueOf(list)
}

// invoke calls a JavaScript function; ok is false when it throws.
func invoke(f js.Value, args ...any) (res js.Value, ok bool) {
	defer func() {
		if recover() != nil {
			res, ok = js.Undefined(), false
		}
	}()
	return f.Invoke(args...), true
}
