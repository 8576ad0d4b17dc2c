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
