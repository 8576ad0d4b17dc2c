package page

import "slices"

// Plan is what reading a card asks of the page, learnt from the reads
// themselves: the selectors a card is queried with and, for the elements
// each one matches, the text, tag, attributes, Closest and nested queries
// that were asked for. A snapshot taken with the plan's queries answers the
// next card's read without going back to the page: in the browser, one
// crossing of the JavaScript boundary per card instead of hundreds.
//
// A plan is never wrong, only incomplete: whatever a snapshot does not hold
// is asked of the live card and added to the plan, so the read is the same
// with or without a plan and the plan settles after a few cards. A Plan is
// for one goroutine at a time.
type Plan struct {
	queries []PlanQuery
	index   map[string]int
	version int
}

// PlanQuery is one selector of a plan and what is read of the elements it
// matches. The encoding of a snapshot (see TakeSnapshot) follows it.
type PlanQuery struct {
	Sel     string   // a selector matched against the card's descendants; "" is the card itself
	Text    bool     // each element's text
	Tag     bool     // each element's tag name
	Attrs   []string // attributes read
	Closest []string // selectors tested with Closest: does one match the element or an ancestor?
	Has     []string // selectors tested with QueryOne: does one match a descendant?
}

// Queries returns the plan's queries, for taking a snapshot. The plan never
// changes the returned slice: a plan that learns makes a new one.
func (p *Plan) Queries() []PlanQuery { return p.queries }

// Version counts what the plan has learnt: it changes whenever Queries
// would return something new.
func (p *Plan) Version() int { return p.version }

// learn adds a query for sel when there is none and applies change to it,
// on a copy; change reports whether it changed anything.
func (p *Plan) learn(sel string, change func(q *PlanQuery) bool) {
	i, ok := p.index[sel]
	if ok {
		q := p.queries[i]
		if !change(&q) {
			return
		}
	}
	qs := slices.Clone(p.queries)
	if !ok {
		if p.index == nil {
			p.index = map[string]int{}
		}
		i = len(qs)
		p.index[sel] = i
		qs = append(qs, PlanQuery{Sel: sel})
	}
	q := qs[i]
	q.Attrs, q.Closest, q.Has = slices.Clip(q.Attrs), slices.Clip(q.Closest), slices.Clip(q.Has)
	change(&q)
	qs[i] = q
	p.queries = qs
	p.version++
}

// addOnce adds s to a list that lacks it.
func addOnce(list *[]string, s string) bool {
	if slices.Contains(*list, s) {
		return false
	}
	*list = append(*list, s)
	return true
}

// noChange learns a query without anything read of its elements.
func noChange(*PlanQuery) bool { return false }

// seedPlan is the plan an adapter starts from.
type seedPlan struct {
	adapter string
	queries []PlanQuery
}

// NewPlan returns a plan for an adapter that starts with what reading the
// adapter's fixture pages taught (seedplans.go), so that a page's first
// cards are read from snapshots too; it learns the rest as any plan does.
func NewPlan(adapterID string) *Plan {
	p := &Plan{}
	var seed []PlanQuery
	for _, s := range seedPlans {
		if s.adapter == adapterID {
			seed = s.queries
		}
	}
	if len(seed) == 0 {
		return p
	}
	p.queries = make([]PlanQuery, len(seed))
	p.index = make(map[string]int, len(seed))
	for i, q := range seed {
		q.Attrs, q.Closest, q.Has = slices.Clip(q.Attrs), slices.Clip(q.Closest), slices.Clip(q.Has)
		p.queries[i] = q
		p.index[q.Sel] = i
	}
	return p
}
