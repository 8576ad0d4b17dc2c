package text

// Dict is a set of phrase lists compiled for matching in one pass: Find
// reports every phrase of every list that occurs in a folded text on word
// boundaries (the same test as HasPhrase), which is much faster than
// calling HasPhrase for each phrase when there are hundreds of them.
// Phrases must be folded and at least two bytes long; shorter ones never
// match. A Dict is read-only after NewDict and safe for concurrent use.
type Dict struct {
	lists [][]string
	slots [dictSlots][]dictEntry
}

// Match is one phrase that Dict.Find found: the index of its list, its
// index in that list and the byte offset where it starts in the text.
type Match struct {
	List, Index, At int
	End             int // At plus the phrase's length: where the match ends
}

// dictEntry is a phrase in a slot of the Dict.
type dictEntry struct {
	phrase      string
	list, index int32
}

// dictSlots is the number of hash slots, keyed by a phrase's first two
// bytes; a power of two.
const dictSlots = 1024

// slotOf returns the slot of a phrase or text position starting with the
// bytes a, b.
func slotOf(a, b byte) int {
	return (int(a)*131 + int(b)) & (dictSlots - 1)
}

// NewDict compiles the phrase lists. Each list keeps its index in lists.
func NewDict(lists ...[]string) *Dict {
	d := &Dict{lists: lists}
	for li, l := range lists {
		for pi, p := range l {
			if len(p) < 2 {
				continue
			}
			s := slotOf(p[0], p[1])
			d.slots[s] = append(d.slots[s], dictEntry{p, int32(li), int32(pi)})
		}
	}
	return d
}

// Phrase returns phrase i of list l.
func (d *Dict) Phrase(l, i int) string { return d.lists[l][i] }

// Lists returns the number of lists in the Dict.
func (d *Dict) Lists() int { return len(d.lists) }

// Find appends to dst every phrase occurrence in folded, in text order
// (by start; phrases starting at the same place in list order), and
// returns the extended slice.
func (d *Dict) Find(folded string, dst []Match) []Match {
	s := folded
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		word := c >= 0x80 || isWordByte(c)
		if word && wordBefore(s, i) {
			continue // a word phrase cannot start inside a word
		}
		for _, e := range d.slots[slotOf(c, s[i+1])] {
			p := e.phrase
			if len(p) > len(s)-i || s[i:i+len(p)] != p {
				continue
			}
			if wordBefore(p, len(p)) && wordAt(s, i+len(p)) {
				continue
			}
			if !word && wordAt(p, 0) {
				continue
			}
			dst = append(dst, Match{List: int(e.list), Index: int(e.index), At: i, End: i + len(p)})
		}
	}
	return dst
}
