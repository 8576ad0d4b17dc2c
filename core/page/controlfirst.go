package page

import "strings"

// Control-first reading (DESIGN §10): what every invitation has is an
// Accept control, most often with an Ignore control or a link to the
// sender's profile beside it. Cards are found from those, whatever the
// markup around them, when the adapter's own finders miss them: another
// layout, another language, a second bucket's list, a request outside the
// list.

// controlSel matches the elements that may be controls.
const controlSel = `button, a, [role="button"], input[type="button"], input[type="submit"]`

// maxLabel is the longest control label read, in bytes: a link around a
// whole card is not a control.
const maxLabel = 160

// verbOf tells which invitation control an element is by the adapter's
// verb table (Verbs): its aria-label, else its visible text, else its
// value. The visible text must be one of the table's words; an aria-label
// may also start or end with one.
func (a *Adapter) verbOf(el Node) Control {
	label, aria := el.Attr("aria-label")
	label = fold(label)
	if label == "" {
		aria = false
		label = fold(el.Text())
		if label == "" {
			v, _ := el.Attr("value")
			label = fold(v)
		}
	}
	if label == "" || len(label) > maxLabel {
		return NoControl
	}
	for i := range a.Verbs {
		for _, w := range a.Verbs[i].Words {
			if label == w || aria && startsOrEndsWith(label, w) {
				return a.Verbs[i].Control
			}
		}
	}
	return NoControl
}

// startsOrEndsWith reports whether s starts with w and a space or ends
// with a space and w.
func startsOrEndsWith(s, w string) bool {
	n := len(w)
	if len(s) <= n {
		return false
	}
	return s[n] == ' ' && s[:n] == w || s[len(s)-n-1] == ' ' && s[len(s)-n:] == w
}

// verbControl finds a card's Accept or Ignore control by the verb table:
// the first that is not hidden within the card.
func (a *Adapter) verbControl(cardNode Node, c Control) Node {
	if c != Accept && c != Ignore || len(a.Verbs) == 0 {
		return nil
	}
	for _, el := range cardNode.QueryAll(controlSel) {
		if a.verbOf(el) == c && !hiddenInCard(el, cardNode) {
			return el
		}
	}
	return nil
}

// tally counts what an element holds: Accept and Ignore controls and
// profile links.
type tally struct{ accept, ignore, links int }

// controlCards finds the cards of a page from their controls. A card is
// the largest element around an Accept control that holds no other
// card's controls; on a page with one card, the smallest that holds the
// Accept with an Ignore control or a profile link. A control hidden on
// its own (a hidden stand-in, not a hidden list of cards) does not count.
// Only a Walker can be read this way; the cost is the page's controls and
// links times the depth of the cards, not of the page.
func (a *Adapter) controlCards(root Node) []Node {
	w, ok := root.(Walker)
	if !ok || len(a.Verbs) == 0 {
		return nil
	}
	type control struct {
		el   Walker
		kind Control
	}
	var ctrls []control
	accepts := 0
	els := w.QueryAll(controlSel)
	verbs := make([]Control, len(els)) // for the links below, most of which are among els
	for i, el := range els {
		k := a.verbOf(el)
		verbs[i] = k
		if k == NoControl {
			continue
		}
		ew, ok := el.(Walker)
		if !ok {
			return nil
		}
		ctrls = append(ctrls, control{ew, k})
		if k == Accept {
			accepts++
		}
	}
	if accepts == 0 {
		return nil
	}
	// up calls f with each ancestor of n (and n itself when self), up to root.
	up := func(n Walker, self bool, f func(x Walker) bool) {
		x := n
		if !self {
			x = parentOf(n)
		}
		for x != nil {
			if !f(x) || x == w {
				return
			}
			x = parentOf(x)
		}
	}
	counts := make(map[Walker]*tally, 4*len(ctrls))
	var slab []tally // tallies are taken from slabs, not allocated one by one
	newTally := func() *tally {
		if len(slab) == cap(slab) {
			slab = make([]tally, 0, 256)
		}
		slab = slab[:len(slab)+1]
		return &slab[len(slab)-1]
	}
	// count adds to the tallies of n and its ancestors: to accept for an
	// Accept, to links for NoControl (a link), to ignore for the others.
	// An ancestor that already held two Accepts or two Ignores holds
	// another card's controls, and so does every element above it (its
	// tally got there first): the climb stops there, which keeps a page
	// whose nesting deepens with every card linear. (A loop, not up with a
	// closure: count is inlined at each call, with a copy of the closure.)
	count := func(n Walker, kind Control) {
		for x := n; x != nil; x = parentOf(x) {
			t := counts[x]
			if t == nil {
				t = newTally()
				counts[x] = t
			}
			full := t.accept > 1 || t.ignore > 1
			switch kind {
			case Accept:
				t.accept++
			case NoControl: // a link
				t.links++
			default:
				t.ignore++
			}
			if full || x == w {
				return
			}
		}
	}
	for _, c := range ctrls {
		count(c.el, c.kind)
	}
	// A control is a stand-in when it, or a hidden element that holds no
	// other control, is hidden.
	live := ctrls[:0]
	for _, c := range ctrls {
		decoy := false
		up(c.el, true, func(x Walker) bool {
			if t := counts[x]; t.accept+t.ignore > 1 {
				return false
			}
			if Hidden(x) {
				decoy = true
				return false
			}
			return true
		})
		if !decoy {
			live = append(live, c)
		}
	}
	if len(live) < len(ctrls) { // count again without the stand-ins
		clear(counts)
		for _, c := range live {
			count(c.el, c.kind)
		}
	}
	if a.Links != "" {
		// Links and els are both in page order: a link's verb is looked up
		// by walking els alongside. After a link not among them (a Links
		// selector that matches other tags) every verb is asked afresh.
		j := 0
		for _, l := range w.QueryAll(a.Links) {
			lw, ok := l.(Walker)
			if !ok {
				continue
			}
			var k Control
			i := j
			for i < len(els) && els[i] != l {
				i++
			}
			if i < len(els) {
				k, j = verbs[i], i+1
			} else {
				k, j = a.verbOf(l), len(els)
			}
			if k == NoControl {
				count(lw, NoControl)
			}
		}
	}
	var cards []Node
	for _, c := range live {
		if c.kind != Accept {
			continue
		}
		var last, pair, linked Walker
		stopped := false
		up(c.el, false, func(x Walker) bool {
			t := counts[x]
			if t.accept > 1 || t.ignore > 1 {
				stopped = true
				return false
			}
			if pair == nil && t.ignore == 1 {
				pair = x
			}
			if linked == nil && t.links > 0 {
				linked = x
			}
			if container(x) {
				stopped = true
				return false
			}
			last = x
			return true
		})
		var card Walker
		switch {
		case stopped && last != nil && (counts[last].ignore == 1 || counts[last].links > 0):
			card = last
		case pair != nil && linked != nil:
			card = pairOrLinked(pair, linked, counts)
		case pair != nil:
			card = pair
		default:
			card = linked
		}
		if card != nil {
			cards = append(cards, card)
		}
	}
	return cards
}

// containerTags and containerRoles are elements that hold cards and are
// never one: a card grows up to them, not into them.
var (
	containerTags  = []string{"ul", "ol", "table", "tbody", "main", "body", "html", "section", "nav", "aside", "dialog"}
	containerRoles = []string{"list", "grid", "main", "dialog", "feed", "tabpanel", "navigation", "complementary", "region"}
)

// container reports whether an element holds cards rather than being one:
// a list, a section, a landmark, or an element the page hides (a bucket
// shown later).
func container(x Node) bool {
	tag := x.Tag()
	for _, c := range containerTags {
		if tag == c {
			return true
		}
	}
	if r, ok := x.Attr("role"); ok {
		for _, c := range containerRoles {
			if strings.EqualFold(strings.TrimSpace(r), c) {
				return true
			}
		}
	}
	return Hidden(x)
}

// pairOrLinked returns, of the smallest element holding the control pair
// and the smallest holding a profile link, the one that holds both.
func pairOrLinked(pair, linked Walker, counts map[Walker]*tally) Walker {
	if counts[pair].links > 0 {
		return pair
	}
	return linked
}

func parentOf(n Walker) Walker {
	p, _ := n.Parent().(Walker)
	return p
}

// fallbackName reads a card's name when the adapter's finders read none:
// from its controls' labels when they name someone, else from its profile
// link's text (a name in an element inside the link included) or picture.
func (a *Adapter) fallbackName(n Node) (name string, ok bool) {
	for _, c := range []Control{Accept, Ignore} {
		if name := a.ControlNames(a.Control(n, c)); name != "" {
			return name, true
		}
	}
	if a.Links == "" {
		return "", false
	}
	defer func() {
		if name == "" {
			name, ok = a.leafName(n)
		}
	}()
	for _, l := range n.QueryAll(a.Links) {
		if hiddenInCard(l, n) || a.verbOf(l) != NoControl {
			continue
		}
		if v, ok := linkName(Clean(l.Text())); ok {
			return v, true
		}
		for _, img := range l.QueryAll("img[alt]") {
			alt, _ := img.Attr("alt")
			if v, ok := altName(alt); ok {
				return v, true
			}
			if v, ok := linkName(Clean(alt)); ok {
				return v, true
			}
		}
	}
	return "", false
}

// leafName reads a name from the first element of the card without
// element children whose text could be one and that is no control: a
// card whose every tag was renamed still shows its name first.
func (a *Adapter) leafName(n Node) (string, bool) {
	for _, el := range n.QueryAll("*") {
		if el.QueryOne("*") != nil || hiddenInCard(el, n) || el.Closest(`button, [role="button"]`) != nil {
			continue
		}
		if v, ok := linkName(Clean(el.Text())); ok {
			return v, true
		}
	}
	return "", false
}

// linkName accepts a link's text as a name: not empty, not a sentence,
// not a time or mutuals line.
func linkName(s string) (string, bool) {
	if s == "" || !plausibleName(s) || otherLine(s) {
		return "", false
	}
	return stripBadges(s)
}
