package verdict

import "github.com/vetted/vetted/core/text"

// phraseSet is a list of folded phrases as written in the settings or in
// titles.go, compiled for matching many texts. text.Dict finds phrases of
// two bytes or more in one pass; the one-byte ones (a keyword such as "r"
// or "c") are checked one by one.
type phraseSet struct {
	folded []string // the phrases, folded
	shown  []string // the same as the user wrote them, for evidence
	short  []int    // indices of one-byte phrases
}

// newPhraseSet folds the entries of lists into one set; empty entries are
// dropped.
func newPhraseSet(lists ...[]string) phraseSet {
	var p phraseSet
	for _, l := range lists {
		for _, v := range l {
			f := text.Fold(v)
			if f == "" {
				continue
			}
			if len(f) < 2 {
				p.short = append(p.short, len(p.folded))
			}
			p.folded = append(p.folded, f)
			p.shown = append(p.shown, text.Clean(v))
		}
	}
	return p
}

// matcher finds the phrases of several sets in a folded text.
type matcher struct {
	dict *text.Dict
	sets []*phraseSet
}

// newMatcher compiles the sets; list i of the matches is sets[i].
func newMatcher(sets ...*phraseSet) matcher {
	lists := make([][]string, len(sets))
	for i, s := range sets {
		lists[i] = s.folded
	}
	return matcher{dict: text.NewDict(lists...), sets: sets}
}

// lists returns the matcher's sets' folded phrases: list i is sets[i].
func (m *matcher) lists() [][]string {
	out := make([][]string, len(m.sets))
	for i, s := range m.sets {
		out[i] = s.folded
	}
	return out
}

// maxSets is the most phrase sets one matcher holds.
const maxSets = 4

// hits is the first phrase (in text order) of each set found in a text,
// by index in the set; -1 when none.
type hits [maxSets]int

// find returns the first phrase of each set that the folded text contains.
func (m *matcher) find(folded string) hits {
	var h hits
	for i := range h {
		h[i] = -1
	}
	if folded == "" {
		return h
	}
	var buf [16]text.Match
	m.take(&h, m.dict.Find(folded, buf[:0]), 0)
	m.findShort(folded, &h)
	return h
}

// take records in h the first match of each set among found, whose List
// is first plus the set's index; other matches are ignored.
func (m *matcher) take(h *hits, found []text.Match, first int) {
	for _, x := range found {
		if l := x.List - first; l >= 0 && l < len(m.sets) && h[l] < 0 {
			h[l] = x.Index
		}
	}
}

// findShort records in h the first one-byte phrase of each set with none
// recorded that the folded text contains (text.Dict skips them).
func (m *matcher) findShort(folded string, h *hits) {
	for i, s := range m.sets {
		if h[i] >= 0 {
			continue
		}
		for _, k := range s.short {
			if text.HasPhrase(folded, s.folded[k]) {
				h[i] = k
				break
			}
		}
	}
}

// shownAt returns phrase i of the set as the user wrote it, or "" for -1.
func (p *phraseSet) shownAt(i int) string {
	if i < 0 {
		return ""
	}
	return p.shown[i]
}
