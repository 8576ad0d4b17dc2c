package page

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/order"
)

// Found is one card read off a page.
type Found struct {
	Card card.Card // what the card shows; fields not found stay unknown
	Node Node      // the card's element: for its controls and its badge
	// Problems says what could not be read ("no name", "no accept
	// control"), for diagnostics; a card with problems is still a card.
	Problems []string
}

// Cards reads every card of the page, in page order. Each field is read
// on its own, through its fallbacks; a field that cannot be read stays
// unknown (see card.New) and is named in Problems. One card that cannot be
// read never hides the others, and Cards never panics.
func (a *Adapter) Cards(root Node) []Found {
	nodes := a.CardNodes(root)
	if len(nodes) == 0 {
		return nil
	}
	out := make([]Found, len(nodes))
	for i, n := range nodes {
		out[i] = a.read(n, true)
	}
	return out
}

// Read reads one card element (as found by CardNodes or Cards); ok is
// false when it shows neither a name nor a key.
func (a *Adapter) Read(cardNode Node) (c card.Card, ok bool) {
	if cardNode == nil {
		c = card.New()
		c.Site = a.Site
		return c, false
	}
	f := a.read(cardNode, false)
	return f.Card, f.Card.Name != "" || f.Card.Key != ""
}

// CardNodes returns the card elements of the page in page order: the
// cards of the first list selector (Lists) in which a card finder (Card)
// finds any, in every list it matches (the buckets and filters a page
// shows one at a time), then the cards found from their controls
// (controlCards) that none of those holds.
func (a *Adapter) CardNodes(root Node) (nodes []Node) {
	if root == nil {
		return nil
	}
	defer func() {
		if recover() != nil {
			nodes = nil
		}
	}()
	return mergeCards(root, a.ownCards(root), a.controlCards(root))
}

// ownCards returns the cards the adapter's list and card finders find.
func (a *Adapter) ownCards(root Node) []Node {
	lists := a.Lists
	if len(lists) == 0 {
		lists = []string{""}
	}
	for _, l := range lists {
		scopes := []Node{root}
		if l != "" {
			scopes = root.QueryAll(l)
		}
		for i := range a.Card {
			var nodes []Node
			for _, s := range scopes {
				nodes = append(nodes, a.Card[i].find(a, s)...)
			}
			if len(nodes) > 0 {
				if len(scopes) > 1 {
					nodes = distinct(nodes)
				}
				return nodes
			}
		}
	}
	return nil
}

// distinct drops the cards found twice (in a list and in a list nested in
// it), keeping page order. Nodes that are not Walkers may not be
// comparable: they are kept as found.
func distinct(nodes []Node) []Node {
	if _, ok := nodes[0].(Walker); !ok {
		return nodes
	}
	seen := make(map[Node]bool, len(nodes))
	out := nodes[:0]
	for _, n := range nodes {
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}

// mergeCards adds to the adapter's cards those found from their controls
// that neither are, hold nor sit inside one of them, in page order.
func mergeCards(root Node, own, extra []Node) []Node {
	if len(extra) == 0 {
		return own
	}
	inOwn := make(map[Node]bool, len(own))
	aboveOwn := map[Node]bool{}
	for _, n := range own {
		inOwn[n] = true
		if w, ok := n.(Walker); ok {
			for p := parentOf(w); p != nil && !aboveOwn[p]; p = parentOf(p) {
				aboveOwn[p] = true
			}
		}
	}
	var add []Node
	for _, e := range extra {
		covered := inOwn[e] || aboveOwn[e]
		if w, ok := e.(Walker); ok && !covered {
			for p := parentOf(w); p != nil; p = parentOf(p) {
				if inOwn[p] {
					covered = true
					break
				}
			}
		}
		if !covered {
			add = append(add, e)
		}
	}
	if len(add) == 0 {
		return own
	}
	if len(own) == 0 {
		return add
	}
	pos := map[Node]int{}
	for i, n := range root.QueryAll("*") {
		pos[n] = i
	}
	all := append(append([]Node(nil), own...), add...)
	order.Stable(all, func(x, y Node) int { return pos[x] - pos[y] })
	return all
}

// find returns the cards this finder finds in a list.
func (cf *CardFinder) find(a *Adapter, list Node) []Node {
	cands := list.QueryAll(cf.Sel)
	ok := make([]bool, len(cands))
	for i, n := range cands {
		ok[i] = cf.qualifies(a, n)
	}
	var out []Node
	for i, n := range cands {
		if ok[i] && !(cf.Innermost && wraps(n, cf.Sel, ok[i+1:])) {
			out = append(out, n)
		}
	}
	return out
}

// qualifies reports whether an element has what a card needs.
func (cf *CardFinder) qualifies(a *Adapter, n Node) bool {
	if cf.Need != "" && n.QueryOne(cf.Need) == nil {
		return false
	}
	return !cf.Controls || a.Control(n, Accept) != nil
}

// wraps reports whether a candidate contains a qualifying candidate.
// Candidates come in document order, so the candidates inside n are the
// ones right after it: as many as n has matches of sel. later holds
// whether each candidate after n qualifies.
func wraps(n Node, sel string, later []bool) bool {
	inside := len(n.QueryAll(sel))
	for i := 0; i < inside && i < len(later); i++ {
		if later[i] {
			return true
		}
	}
	return false
}

// read extracts one card. Each field is read on its own: a panic while
// reading one (a broken Node, a parser bug) loses that field only. With
// diagnose, Problems also says which expected controls are missing (Cards
// does; Read, on the live page's hot path, does not).
func (a *Adapter) read(cardNode Node, diagnose bool) Found {
	f := Found{Node: cardNode}
	n := newScope(cardNode)
	c := card.New()
	c.Site = a.Site
	fs := &a.Fields
	field := func(name string, read func()) {
		defer func() {
			if recover() != nil {
				f.Problems = append(f.Problems, name+" could not be read")
			}
		}()
		read()
	}
	field("kind", func() {
		if v, ok := first(n, fs.Kind, "", nil); ok {
			c.Kind = card.Kind(v)
		}
	})
	k := c.Kind
	field("key", func() { c.Key, _ = first(n, fs.Key, k, nil) })
	field("name", func() {
		if c.Name, _ = first(n, fs.Name, k, nil); c.Name == "" {
			c.Name, _ = a.fallbackName(n)
		}
	})
	field("headline", func() { c.Headline, _ = first(n, fs.Headline, k, nil) })
	field("profile URL", func() { c.ProfileURL, _ = first(n, fs.ProfileURL, k, nil) })
	field("photo", func() {
		if v, ok := first(n, fs.Photo, k, nil); ok {
			c.Photo = card.Photo(v)
		}
	})
	field("mutuals", func() {
		mutuals := func(v string) bool {
			m, names, ok := ParseMutuals(v)
			if ok {
				c.Mutuals, c.MutualNames = m, names
			}
			return ok
		}
		_, ok := first(n, fs.Mutuals, k, mutuals)
		if !ok && len(fs.Mutuals) > 0 && renamed(n) {
			_, ok = first(n, anyElement, k, mutuals) // the site's tags renamed
		}
		if !ok && a.ZeroMutuals && c.IsPerson() && c.Name != "" {
			c.Mutuals = 0
		}
	})
	field("age", func() {
		age := func(v string) bool {
			d, ok := ParseAge(v)
			if ok {
				c.AgeDays = d
			}
			return ok
		}
		if _, ok := first(n, fs.Age, k, age); !ok && len(fs.Age) > 0 && renamed(n) {
			first(n, anyElement, k, age)
		}
	})
	field("note", func() { c.Note, _ = first(n, fs.Note, k, nil) })
	field("verified", func() { c.Verified = found(n, fs.Verified, k) })
	field("premium", func() { c.Premium = found(n, fs.Premium, k) })
	field("follows you", func() { c.FollowsYou = found(n, fs.FollowsYou, k) })
	field("shared", func() { c.Shared = every(n, fs.Shared, k) })
	field("inviter", func() {
		if !c.IsPerson() {
			c.Inviter, _ = first(n, fs.Inviter, k, nil)
		}
	})
	if diagnose {
		field("controls", func() { f.Problems = append(f.Problems, a.problems(n, &c)...) })
	}
	f.Card = c
	return f
}

// renamed reports whether a card lacks paragraphs or spans: a layout the
// site tables do not know, or tags renamed (custom elements), where lines
// are looked for in every element.
func renamed(n Node) bool { return n.QueryOne("p") == nil || n.QueryOne("span") == nil }

// anyElement reads every element of a card, the last fallback of the
// fields whose lines are recognised by their text wherever they stand.
var anyElement = []Finder{{Sel: "*"}}

func found(n Node, fs []Finder, k card.Kind) bool {
	_, ok := first(n, fs, k, nil)
	return ok
}

// problems lists what a card lacks that every card of the site shows.
func (a *Adapter) problems(n Node, c *card.Card) []string {
	var p []string
	if c.Key == "" {
		p = append(p, "no key")
	}
	if c.Name == "" {
		p = append(p, "no name")
	}
	if c.ProfileURL == "" && c.IsPerson() {
		p = append(p, "no profile URL")
	}
	if a.Control(n, Accept) == nil {
		p = append(p, "no accept control")
	}
	if a.Control(n, Ignore) == nil {
		p = append(p, "no ignore control")
	}
	return p
}
