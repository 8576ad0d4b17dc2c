package page

import (
	"slices"
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/text"
)

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

// The separators of a snapshot's fields, and the value of an absent
// attribute. A snapshot taker replaces these characters in page text and
// attribute values with U+FFFD.
const (
	snapSep    = "\x00"
	snapAbsent = "\x01"
)

// Sanitize makes page text safe to put in a snapshot.
func sanitize(s string) string {
	if strings.ContainsAny(s, snapSep+snapAbsent) {
		return strings.NewReplacer(snapSep, "\uFFFD", snapAbsent, "\uFFFD").Replace(s)
	}
	return s
}

// TakeSnapshot takes a snapshot of a card with a plan's queries, by
// asking the Node: what the browser's snapshot taker (extension/loader.js,
// vettedSnapshot) does in one call, and a description of the format. The
// fields, in the order of the queries, are separated by NUL: for each query
// the number of elements it matches, then for each element its tag (when
// Tag), its text (when Text), each attribute (U+0001 when absent), then
// "1" or "0" for each Closest and for each Has selector. NUL and U+0001 in
// the page become U+FFFD.
func TakeSnapshot(card Node, qs []PlanQuery) string {
	var out []string
	for _, q := range qs {
		var els []Node
		if q.Sel == "" {
			els = []Node{card}
		} else {
			els = card.QueryAll(q.Sel)
		}
		out = append(out, strconv.Itoa(len(els)))
		for _, el := range els {
			if q.Tag {
				out = append(out, el.Tag())
			}
			if q.Text {
				out = append(out, sanitize(el.Text()))
			}
			for _, a := range q.Attrs {
				v, ok := el.Attr(a)
				if !ok {
					v = snapAbsent
				} else {
					v = sanitize(v)
				}
				out = append(out, v)
			}
			for _, s := range q.Closest {
				out = append(out, bit(el.Closest(s) != nil))
			}
			for _, s := range q.Has {
				out = append(out, bit(el.QueryOne(s) != nil))
			}
		}
	}
	return strings.Join(out, snapSep)
}

func bit(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// Snapshot returns a Node for a card that answers from data, a snapshot
// taken with qs (the plan's Queries when it was taken), and asks live for
// anything else, which the plan learns. Data that does not fit qs is
// ignored (ok is false): every answer then comes from live.
func (p *Plan) Snapshot(live Node, qs []PlanQuery, data string) (n Node, ok bool) {
	s := &snapshot{plan: p, live: live}
	var els [][]*snapElement
	if els, ok = decodeSnapshot(s, qs, data); ok {
		s.els, s.qs = els, qs
	}
	return s, ok
}

// decodeSnapshot splits a snapshot into each query's elements.
func decodeSnapshot(s *snapshot, qs []PlanQuery, data string) ([][]*snapElement, bool) {
	if len(qs) == 0 {
		return nil, data == ""
	}
	fields := strings.Split(data, snapSep)
	next := func() (string, bool) {
		if len(fields) == 0 {
			return "", false
		}
		f := fields[0]
		fields = fields[1:]
		return f, true
	}
	els := make([][]*snapElement, len(qs))
	for qi := range qs {
		q := &qs[qi]
		f, ok := next()
		n, isNum := text.Digits(f, len(data))
		per := len(q.Attrs) + len(q.Closest) + len(q.Has)
		if q.Tag {
			per++
		}
		if q.Text {
			per++
		}
		if !ok || !isNum || (per > 0 && n > len(fields)/per) {
			return nil, false
		}
		list := make([]*snapElement, n)
		for i := range list {
			e := &snapElement{s: s, q: q, qi: qi, i: i}
			if q.Tag {
				if e.tag, ok = next(); !ok {
					return nil, false
				}
			}
			if q.Text {
				if e.text, ok = next(); !ok {
					return nil, false
				}
			}
			if len(q.Attrs) > 0 {
				e.attrs = make([]string, len(q.Attrs))
				for j := range e.attrs {
					if e.attrs[j], ok = next(); !ok {
						return nil, false
					}
				}
			}
			if k := len(q.Closest) + len(q.Has); k > 0 {
				e.bits = make([]bool, k)
				for j := range e.bits {
					b, ok := next()
					if !ok || (b != "0" && b != "1") {
						return nil, false
					}
					e.bits[j] = b == "1"
				}
			}
			list[i] = e
		}
		els[qi] = list
	}
	if len(fields) != 0 {
		return nil, false
	}
	return els, true
}

// snapshot is a card answered from a snapshot.
type snapshot struct {
	plan *Plan
	live Node
	qs   []PlanQuery       // the queries the snapshot was taken with
	els  [][]*snapElement  // per query of the snapshot
	all  map[string][]Node // the live matches of a selector, asked once
}

// query returns the snapshot's elements for sel, if it holds them.
func (s *snapshot) query(sel string) ([]*snapElement, bool) {
	i, ok := s.plan.index[sel]
	if !ok || i >= len(s.els) || s.qs[i].Sel != sel {
		return nil, false
	}
	return s.els[i], true
}

// liveMatch returns the live element behind a snapshot element, or nil when
// the page no longer has it.
func (s *snapshot) liveMatch(sel string, i int) Node {
	if sel == "" {
		return s.live
	}
	l, ok := s.all[sel]
	if !ok {
		if s.all == nil {
			s.all = map[string][]Node{}
		}
		l = s.live.QueryAll(sel)
		s.all[sel] = l
	}
	if i < len(l) {
		return l[i]
	}
	return nil
}

func (s *snapshot) QueryAll(sel string) []Node {
	if sel == "" {
		return s.live.QueryAll(sel)
	}
	if els, ok := s.query(sel); ok {
		if len(els) == 0 {
			return nil
		}
		out := make([]Node, len(els))
		for i, e := range els {
			out[i] = e
		}
		return out
	}
	s.plan.learn(sel, noChange)
	return s.live.QueryAll(sel)
}

func (s *snapshot) QueryOne(sel string) Node {
	if sel == "" {
		return s.live.QueryOne(sel)
	}
	if els, ok := s.query(sel); ok {
		if len(els) == 0 {
			return nil
		}
		return els[0]
	}
	s.plan.learn(sel, noChange)
	return s.live.QueryOne(sel)
}

// self is the card as an element of the snapshot ("" query).
func (s *snapshot) self() Node {
	if els, ok := s.query(""); ok && len(els) == 1 {
		return els[0]
	}
	s.plan.learn("", noChange)
	return s.live
}

func (s *snapshot) Closest(sel string) Node         { return s.self().Closest(sel) }
func (s *snapshot) Text() string                    { return s.self().Text() }
func (s *snapshot) Attr(name string) (string, bool) { return s.self().Attr(name) }
func (s *snapshot) Tag() string                     { return s.self().Tag() }

// snapElement is one element of a snapshot: the i-th match of query qi.
type snapElement struct {
	s     *snapshot
	q     *PlanQuery
	qi    int
	i     int
	tag   string
	text  string
	attrs []string
	bits  []bool // Closest, then Has
}

// live returns the live element, or nil when the page no longer has it.
func (e *snapElement) live() Node { return e.s.liveMatch(e.q.Sel, e.i) }

// learn adds to the plan what the snapshot lacked.
func (e *snapElement) learn(change func(q *PlanQuery) bool) { e.s.plan.learn(e.q.Sel, change) }

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

func (e *snapElement) Text() string {
	if e.q.Text {
		return e.text
	}
	e.learn(func(q *PlanQuery) bool { c := !q.Text; q.Text = true; return c })
	if l := e.live(); l != nil {
		return l.Text()
	}
	return ""
}

func (e *snapElement) Tag() string {
	if e.q.Tag {
		return e.tag
	}
	e.learn(func(q *PlanQuery) bool { c := !q.Tag; q.Tag = true; return c })
	if l := e.live(); l != nil {
		return l.Tag()
	}
	return ""
}

func (e *snapElement) Attr(name string) (string, bool) {
	if j := slices.Index(e.q.Attrs, name); j >= 0 {
		v := e.attrs[j]
		return v, v != snapAbsent
	}
	e.learn(func(q *PlanQuery) bool { return addOnce(&q.Attrs, name) })
	if l := e.live(); l != nil {
		return l.Attr(name)
	}
	return "", false
}

// Closest answers "none" from the snapshot; a match is asked of the page
// (the caller may want the element).
func (e *snapElement) Closest(sel string) Node {
	if j := slices.Index(e.q.Closest, sel); j >= 0 && !e.bits[j] {
		return nil
	} else if j < 0 {
		e.learn(func(q *PlanQuery) bool { return addOnce(&q.Closest, sel) })
	}
	if l := e.live(); l != nil {
		return l.Closest(sel)
	}
	return nil
}

// QueryOne answers "none" from the snapshot; a match is asked of the page.
func (e *snapElement) QueryOne(sel string) Node {
	if !e.has(sel) {
		return nil
	}
	if l := e.live(); l != nil {
		return l.QueryOne(sel)
	}
	return nil
}

func (e *snapElement) QueryAll(sel string) []Node {
	if !e.has(sel) {
		return nil
	}
	if l := e.live(); l != nil {
		return l.QueryAll(sel)
	}
	return nil
}

// has reports whether the element may have a descendant matching sel:
// false only when the snapshot says it has none.
func (e *snapElement) has(sel string) bool {
	if j := slices.Index(e.q.Has, sel); j >= 0 {
		return e.bits[len(e.q.Closest)+j]
	}
	e.learn(func(q *PlanQuery) bool { return addOnce(&q.Has, sel) })
	return true
}

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
