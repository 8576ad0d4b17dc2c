package text

import "unicode/utf8"

// Dict is a set of phrase lists compiled for matching in one pass: Find
// reports every phrase of every list that occurs in a folded text on word
// boundaries (the same test as HasPhrase), which is much faster than
// calling HasPhrase for each phrase when there are hundreds of them.
// Phrases must be folded and at least two bytes long; shorter ones never
// match. A Dict is read-only after NewDict and safe for concurrent use.
type Dict struct {
	lists [][]string
	short [dictSlots][]dictEntry // phrases of two or three bytes, by their first two
	long  [dictSlots][]dictEntry // longer phrases, by their first four bytes

	// has2 has a bit for every two-byte head of a short phrase and has4
	// one for the filterOf of every four-byte head of a long one: most
	// places in a text start no phrase, and these turn them away without
	// reading the tables (16 KB together, which stays in the L1 cache).
	has2, has4 [1 << 16 / 64]uint64
}

// Match is one phrase that Dict.Find found: the index of its list, its
// index in that list and the byte offset where it starts in the text.
type Match struct {
	List, Index, At int
	End             int // At plus the phrase's length: where the match ends
}

// dictEntry is a phrase in a slot of the Dict, with its first (up to)
// four bytes as a number, which rules out most other phrases of the slot
// without comparing strings.
type dictEntry struct {
	_           [0]func() // not comparable: no generated equality function (core.wasm's size)
	phrase      string
	head        uint32
	list, index int32
}

// dictSlots is the number of hash slots of each table; a power of two.
const dictSlots = 1024

// head2 and head4 read the first two and four bytes of s at i as a number.
func head2(s string, i int) uint32 { return uint32(s[i]) | uint32(s[i+1])<<8 }
func head4(s string, i int) uint32 {
	return uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24
}

// slotOf returns the slot of a head of two or four bytes.
func slotOf(h uint32) uint32 { return h * 0x9E3779B1 >> (32 - 10) }

// filterOf returns the bit of a four-byte head in has4.
func filterOf(h uint32) uint32 { return h * 0x85EBCA6B >> 16 }

// hasBit reports whether bit b of the filter f is set.
func hasBit(f *[1 << 16 / 64]uint64, b uint32) bool { return f[b>>6&(1<<16/64-1)]&(1<<(b&63)) != 0 }

// NewDict compiles the phrase lists. Each list keeps its index in lists.
func NewDict(lists ...[]string) *Dict {
	d := &Dict{lists: lists}
	for li, l := range lists {
		for pi, p := range l {
			switch {
			case len(p) < 2:
			case len(p) < 4:
				h := head2(p, 0)
				d.short[slotOf(h)] = append(d.short[slotOf(h)], dictEntry{phrase: p, head: h, list: int32(li), index: int32(pi)})
				d.has2[h>>6] |= 1 << (h & 63)
			default:
				h := head4(p, 0)
				d.long[slotOf(h)] = append(d.long[slotOf(h)], dictEntry{phrase: p, head: h, list: int32(li), index: int32(pi)})
				b := filterOf(h)
				d.has4[b>>6] |= 1 << (b & 63)
			}
		}
	}
	return d
}

// With returns a new Dict of d's lists followed by lists (list
// len(d's lists)+i is lists[i]).
func (d *Dict) With(lists ...[]string) *Dict {
	all := make([][]string, 0, len(d.lists)+len(lists))
	return NewDict(append(append(all, d.lists...), lists...)...)
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
		if word && i > 0 {
			if p := s[i-1]; p < utf8.RuneSelf && isWordByte(p) || p >= utf8.RuneSelf && wordBefore(s, i) {
				continue // a word phrase cannot start inside a word
			}
		}
		first := len(dst)
		if h := head2(s, i); hasBit(&d.has2, h) {
			dst = d.match(dst, d.short[slotOf(h)], h, s, i, word)
		}
		if i+3 < len(s) {
			if h := head4(s, i); hasBit(&d.has4, filterOf(h)) {
				dst = d.match(dst, d.long[slotOf(h)], h, s, i, word)
			}
		}
		if len(dst)-first > 1 {
			sortMatches(dst[first:]) // both tables: back to list order
		}
		if c < utf8.RuneSelf && word {
			for i+1 < len(s) && isWordByte(s[i+1]) {
				i++ // the rest of an ASCII word: no phrase starts there
			}
		}
	}
	return dst
}

// match appends the phrases of slot that start s at i on word boundaries;
// h is the head of s at i, word whether s[i] is a word byte.
func (d *Dict) match(dst []Match, slot []dictEntry, h uint32, s string, i int, word bool) []Match {
	for k := range slot {
		e := &slot[k]
		p := e.phrase
		if e.head != h || len(p) > len(s)-i || s[i:i+len(p)] != p {
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
	return dst
}

// sortMatches orders matches that start at the same place by list, then
// index (an insertion sort: there are rarely more than two).
func sortMatches(m []Match) {
	for i := 1; i < len(m); i++ {
		for j := i; j > 0 && (m[j].List < m[j-1].List || m[j].List == m[j-1].List && m[j].Index < m[j-1].Index); j-- {
			m[j], m[j-1] = m[j-1], m[j]
		}
	}
}
