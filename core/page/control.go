package page

import "strings"

// Control returns a card's control, or nil when the card has none.
func (a *Adapter) Control(cardNode Node, c Control) Node {
	if cardNode == nil {
		return nil
	}
	fs := a.Controls.finders(c)
	for i := range fs {
		if n := fs[i].findNode(cardNode); n != nil && !a.isOther(n, c) {
			return n
		}
	}
	return a.verbControl(cardNode, c)
}

// isOther reports whether an element found for Accept says Ignore, or the
// other way round: a card with Accept only must not have its Accept taken
// for Ignore by a structural fallback ("the first of the card's buttons").
func (a *Adapter) isOther(el Node, c Control) bool {
	switch c {
	case Accept:
		return a.verbOf(el) == Ignore
	case Ignore:
		return a.verbOf(el) == Accept
	}
	return false
}

// OnlyControl reports whether the card holds exactly one control of this
// kind, as the way that finds it sees them: the control found lies inside
// the card (never the card itself or an ancestor) and no other element of
// the card passes the same finder (an element nested in another that
// passes counts once). A control found by its position alone (the second
// of the card's buttons) needs the card to hold exactly as many such
// elements as the site's layout places there. Actions on controls whose
// label names nobody rest on this (DESIGN §6).
func (a *Adapter) OnlyControl(cardNode Node, c Control) bool {
	if cardNode == nil {
		return false
	}
	fs := a.Controls.finders(c)
	for i := range fs {
		f := &fs[i]
		if f.findNode(cardNode) == nil {
			continue
		}
		if f.Up || f.Sel == "" {
			return false
		}
		if f.Nth > 0 {
			return f.count(cardNode) == a.Controls.positions(f.Sel)
		}
		return f.count(cardNode) == 1
	}
	return false
}

// positions returns how many elements matching sel the site places in a
// card: the highest Nth of the control finders that pick by position
// among sel's matches.
func (cs *Controls) positions(sel string) int {
	n := 0
	for _, fs := range [][]Finder{cs.Accept, cs.Ignore, cs.Message, cs.More, cs.SeeMore, cs.Report} {
		for i := range fs {
			if fs[i].Sel == sel && fs[i].Nth > n {
				n = fs[i].Nth
			}
		}
	}
	return n
}

// ControlNames returns the person (or page) a control's label names,
// "Accept Jane Doe’s invitation" → "Jane Doe"; "" when the control has no
// label or its label names nobody ("Confirm").
func (a *Adapter) ControlNames(ctrl Node) string {
	if ctrl == nil {
		return ""
	}
	label, _ := ctrl.Attr("aria-label")
	if n := LabelName(label, a.Labels); n != "" || label == "" {
		return n
	}
	for i := range a.Verbs {
		if n := LabelName(label, a.Verbs[i].Labels); n != "" {
			return n
		}
	}
	return ""
}

// Clickable reports whether a script's click on the control does what a
// person's click does. It is false for a link that only leads to an
// invitation page of the same site (LinkedIn's Accept on "follows you and
// is inviting you" cards is a link to the current page and ignores
// synthetic clicks) or that leads nowhere: the user has to click it.
func (a *Adapter) Clickable(ctrl Node) bool {
	if ctrl == nil {
		return false
	}
	if ctrl.Tag() != "a" {
		return true
	}
	href, ok := ctrl.Attr("href")
	href = strings.TrimSpace(href)
	if !ok || href == "" || strings.HasPrefix(href, "#") {
		return false
	}
	l, ok := parseLink(href)
	if !ok {
		return false // javascript:, data:
	}
	if l.host == "" {
		href = a.Origin + "/" + strings.TrimLeft(href, "/")
	}
	for _, x := range All {
		if x.Site == a.Site && x.Matches(href) {
			return false
		}
	}
	return !a.Matches(href)
}

// Empty reports whether the page shows the site's "no pending
// invitations" state.
func (a *Adapter) Empty(root Node) bool {
	if root == nil {
		return false
	}
	n := newScope(root) // the texts of one query are read once, not once per element
	for i := range a.EmptyState {
		if a.EmptyState[i].findNode(n) != nil {
			return true
		}
	}
	return false
}
