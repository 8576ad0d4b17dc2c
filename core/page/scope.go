package page

// scope is a card seen by one read: a Node that remembers what it was
// asked. The same selectors ("p", a profile link) and the same texts are
// wanted by many finders of one card; asking the document once (through
// the JavaScript boundary, in the browser) is what makes reading fast.
// A scope lives for one read only, so it never sees a stale page.
type scope struct {
	Node
	all   map[string][]Node
	texts map[string][]string
	folds map[string][]string
	memos map[string]memoed
}

// memoed is what a named extractor read in a card.
type memoed struct {
	_  [0]func() // not comparable: no generated equality function (core.wasm's size)
	v  string
	ok bool
}

// memo returns read(n), read once per card when n is a scope: for named
// extractors that more than one field asks (the note is also what the
// headline must not be). key names the extractor.
func memo(n Node, key string, read func(Node) (string, bool)) (string, bool) {
	s, isScope := n.(*scope)
	if !isScope {
		return read(n)
	}
	if m, ok := s.memos[key]; ok {
		return m.v, m.ok
	}
	v, ok := read(n)
	if s.memos == nil {
		s.memos = make(map[string]memoed, 2)
	}
	s.memos[key] = memoed{v: v, ok: ok}
	return v, ok
}

func newScope(n Node) *scope {
	return &scope{Node: n, all: make(map[string][]Node, 16), texts: make(map[string][]string, 8), folds: make(map[string][]string, 8)}
}

// QueryAll returns the card's matches of a selector, asking once.
func (s *scope) QueryAll(sel string) []Node {
	if l, ok := s.all[sel]; ok {
		return l
	}
	l := s.Node.QueryAll(sel)
	s.all[sel] = l
	return l
}

// QueryOne answers from QueryAll when it was asked already.
func (s *scope) QueryOne(sel string) Node {
	if l, ok := s.all[sel]; ok {
		if len(l) == 0 {
			return nil
		}
		return l[0]
	}
	return s.Node.QueryOne(sel)
}

// textsOf returns the elements of a card matching a selector and their
// cleaned texts, remembered by the scope when the card is one.
func textsOf(n Node, sel string) ([]Node, []string) {
	s, ok := n.(*scope)
	if !ok {
		l := n.QueryAll(sel)
		t := make([]string, len(l))
		for i, el := range l {
			t[i] = Clean(el.Text())
		}
		return l, t
	}
	l := s.QueryAll(sel)
	t, ok := s.texts[sel]
	if !ok {
		t = make([]string, len(l))
		for i, el := range l {
			t[i] = Clean(el.Text())
		}
		s.texts[sel] = t
	}
	return l, t
}

// foldsOf returns the folded texts (see fold) of the elements textsOf
// returns, remembered by the scope when the card is one.
func foldsOf(n Node, sel string) []string {
	s, ok := n.(*scope)
	if ok {
		if f, ok := s.folds[sel]; ok {
			return f
		}
	}
	_, t := textsOf(n, sel)
	f := make([]string, len(t))
	for i, x := range t {
		f[i] = fold(x)
	}
	if ok {
		s.folds[sel] = f
	}
	return f
}
