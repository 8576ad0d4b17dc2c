package page

import "slices"

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

// HiddenIn asks the live element when the live page can tell hidden
// elements (a Walker); otherwise nothing is hidden, and the page is not
// asked.
func (e *snapElement) HiddenIn(top Node) bool {
	if _, ok := e.s.live.(hider); !ok {
		return false
	}
	h, ok := e.live().(hider)
	if !ok {
		return false
	}
	if s, ok := top.(*snapshot); ok {
		top = s.live
	}
	return h.HiddenIn(top)
}
