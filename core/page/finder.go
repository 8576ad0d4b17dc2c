package page

import "github.com/vetted/vetted/core/card"

// Finder is one way of reading a value (or finding a control) in a card.
// Without Func, it looks at the elements Sel matches, in document order,
// and takes the first whose value passes the checks; with Func, Func
// does the work.
type Finder struct {
	// Sel is a standard CSS selector (the browser's querySelectorAll must
	// accept it too); "" is the card itself.
	Sel string
	// Up matches Sel against the card and its ancestors (closest) instead
	// of its descendants.
	Up bool
	// Nth, when above 0, takes only the Nth element Sel matches (1-based).
	Nth int
	// Not skips elements that are inside (or are) an element matching it.
	Not string
	// Attr reads an attribute; "" reads the element's text (cleaned).
	Attr string
	// Is: the value must equal one of these, ignoring case. Visible-text
	// fallbacks ("Accept", "Annehmen").
	Is []string
	// Has: the value must contain one of these, ignoring case.
	Has []string
	// Parse turns the value into the field's value; false rejects the
	// element and the next one is tried.
	Parse func(string) (string, bool)
	// Set, when not empty, is the field's value when an element passes.
	Set string
	// Kinds limits the finder to cards of these kinds; nil for any card.
	Kinds []card.Kind
	// Func is a named structural extractor used instead of all of the
	// above, for what a selector cannot say.
	Func func(cardNode Node) (string, bool)
}

// applies reports whether the finder is meant for a card of this kind.
func (f *Finder) applies(k card.Kind) bool {
	if len(f.Kinds) == 0 {
		return true
	}
	for _, x := range f.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// candidates returns the elements the finder looks at and, when it
// reads text, their cleaned texts (nil otherwise).
func (f *Finder) candidates(n Node) (list []Node, texts []string) {
	switch {
	case f.Sel == "":
		list = []Node{n}
	case f.Up:
		if c := n.Closest(f.Sel); c != nil {
			list = []Node{c}
		}
	case f.Attr == "":
		list, texts = textsOf(n, f.Sel)
	default:
		list = n.QueryAll(f.Sel)
	}
	if f.Nth > 0 {
		if f.Nth > len(list) {
			return nil, nil
		}
		list = list[f.Nth-1 : f.Nth]
		if texts != nil {
			texts = texts[f.Nth-1 : f.Nth]
		}
	}
	return list, texts
}

// value reads and checks one element; ok is false when it does not pass.
// text holds the element's cleaned text and folded text when known. The value may be
// empty (an icon-only control passes a finder without text checks);
// fields skip empty values.
func (f *Finder) value(el Node, text *known, card Node) (string, bool) {
	if f.Not != "" && closestIn(el, f.Not, card) != nil {
		return "", false
	}
	var v string
	switch {
	case f.Attr != "":
		a, ok := el.Attr(f.Attr)
		if !ok {
			return "", false
		}
		v = Clean(a)
	case text != nil:
		v = text.clean
	default:
		v = Clean(el.Text())
	}
	if len(f.Is)+len(f.Has) > 0 {
		var folded string
		if f.Attr == "" && text != nil {
			folded = text.folded()
		} else {
			folded = fold(v)
		}
		if len(f.Is) > 0 && !equalsAny(folded, f.Is) {
			return "", false
		}
		if len(f.Has) > 0 && !containsAny(folded, f.Has) {
			return "", false
		}
	}
	if f.Parse != nil {
		var ok bool
		if v, ok = f.Parse(v); !ok {
			return "", false
		}
	}
	if f.Set != "" {
		return f.Set, true
	}
	return v, true
}

// each calls visit with every candidate element and its value, in order,
// until visit returns true.
func (f *Finder) each(n Node, visit func(el Node, v string) bool) {
	list, texts := f.candidates(n)
	// Hidden text is never a field, a hidden button never a control, a
	// hidden label never a name; a hidden picture still shows a photo.
	hide := f.Sel != "" && f.Set == "" && !f.Up
	for i, el := range list {
		var k *known
		if texts != nil {
			k = &known{clean: texts[i], n: n, sel: f.Sel, i: i + max(f.Nth-1, 0)}
		}
		// The value first: asking whether an element is hidden walks up to
		// the card (on a page-wide finder, to the page: as deep as the
		// page is), so only elements the finder would take are asked.
		v, ok := f.value(el, k, n)
		if !ok || hide && hiddenInCard(el, n) {
			continue
		}
		if visit(el, v) {
			return
		}
	}
}

// known is an element's text as the card's scope remembers it.
type known struct {
	clean string
	n     Node   // the card
	sel   string // the selector that found the element
	i     int    // its index among the matches
}

// folded returns the element's folded text.
func (k *known) folded() string {
	if _, ok := k.n.(*scope); !ok {
		return fold(k.clean) // nothing remembers the others: fold this one only
	}
	return foldsOf(k.n, k.sel)[k.i]
}

// find returns the first value the finder reads in a card, checked by
// accept (nil accepts any).
func (f *Finder) find(n Node, accept func(string) bool) (val string, found bool) {
	if f.Func != nil {
		v, ok := f.Func(n)
		return v, ok && v != "" && (accept == nil || accept(v))
	}
	f.each(n, func(_ Node, v string) bool {
		if v != "" && (accept == nil || accept(v)) {
			val, found = v, true
		}
		return found
	})
	return val, found
}

// findNode returns the first element the finder accepts (Func finders
// find values, not elements, and are skipped).
func (f *Finder) findNode(n Node) (el Node) {
	if f.Func == nil {
		f.each(n, func(e Node, _ string) bool {
			el = e
			return true
		})
	}
	return el
}

// count returns how many elements in the card the finder accepts, by its
// position or not (Nth is ignored); an accepted element holding another
// accepted one is not counted, its innermost accepted ones are.
func (f *Finder) count(n Node) int {
	if f.Func != nil {
		return 0
	}
	g := *f
	g.Nth = 0
	c := 0
	g.each(n, func(el Node, _ string) bool {
		if g.Sel != "" && !g.Up {
			for _, d := range el.QueryAll(g.Sel) {
				if _, ok := g.value(d, nil, n); ok {
					return false // counted through its inner match
				}
			}
		}
		c++
		return false
	})
	return c
}

// first returns the value of the first finder that reads one.
func first(n Node, fs []Finder, k card.Kind, accept func(string) bool) (string, bool) {
	for i := range fs {
		if !fs[i].applies(k) {
			continue
		}
		if v, ok := fs[i].find(n, accept); ok {
			return v, true
		}
	}
	return "", false
}

// every returns every distinct value of the first finder that reads any.
func every(n Node, fs []Finder, k card.Kind) []string {
	for i := range fs {
		f := &fs[i]
		if !f.applies(k) {
			continue
		}
		if f.Func != nil {
			if v, ok := f.Func(n); ok && v != "" {
				return []string{v}
			}
			continue
		}
		var out []string
		f.each(n, func(_ Node, v string) bool {
			if v != "" && !contains(out, v) {
				out = append(out, v)
			}
			return false
		})
		if len(out) > 0 {
			return out
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
