package notemodel

import (
	"math/bits"
	"strings"
	"sync"

	"github.com/vetted/vetted/core/text"
)

// conceptIndex is the lexicon of concepts compiled for one pass over a
// note: the FNV-1a hash of every term (its words joined by one space, a
// whole word's followed by a zero byte, a stem's not) with the classes it
// belongs to, behind a filter of one bit per hash's top 16 bits.
type conceptIndex struct {
	slots  []conceptSlot // open addressing by key; a zero set is an empty slot
	mask   uint64
	filter [1 << 16 / 64]uint64
	tags   [len(concepts)]uint32                // "cx:NAME"
	pairs  [len(concepts)][len(concepts)]uint32 // "cx:A+B", A before B in concepts
}

// conceptSlot is a term's hash and its concepts.
type conceptSlot struct {
	_   [0]func() // not comparable: no generated equality function (core.wasm's size)
	key uint64
	set conceptSet
}

// conceptSet has bit i set for concepts[i].
type conceptSet uint32

// The sets hold every concept.
var _ = [1]struct{}{}[len(concepts)/33]

// minStem is the shortest stem a term may end with, in bytes: shorter
// prefixes begin too many words.
const minStem = 4

// termEnd is fed after a whole word, so that the word "rich" and the stem
// "rich*" have different hashes.
const termEnd = 0

var (
	conceptsOnce sync.Once
	conceptIdx   *conceptIndex
)

// conceptIndexOf returns the compiled lexicon, built on first use.
func conceptIndexOf() *conceptIndex {
	conceptsOnce.Do(buildConceptIndex)
	return conceptIdx
}

// buildConceptIndex sets conceptIdx (a named function, not a closure in
// conceptIndexOf, so that conceptIndexOf is inlined without a copy of it:
// core.wasm's size).
func buildConceptIndex() {
	x := &conceptIndex{}
	n := 0
	for ci := range concepts {
		n += strings.Count(concepts[ci].terms, ",") + 1
	}
	size := 64
	for size < 2*n { // at most half full
		size *= 2
	}
	x.slots, x.mask = make([]conceptSlot, size), uint64(size-1)
	for ci := range concepts {
		c := &concepts[ci]
		for _, t := range c.termList() {
			k := termKey(t)
			i := k & x.mask
			for x.slots[i].set != 0 && x.slots[i].key != k {
				i = (i + 1) & x.mask
			}
			x.slots[i].key = k
			x.slots[i].set |= 1 << ci
			x.filter[k>>48/64] |= 1 << (k >> 48 % 64)
		}
		x.tags[ci] = TagHash("cx:" + c.name)
		for di := ci + 1; di < len(concepts); di++ {
			x.pairs[ci][di] = TagHash("cx:" + c.name + "+" + concepts[di].name)
		}
	}
	conceptIdx = x
}

// feed is one step of FNV-1a.
func feed(h uint64, c byte) uint64 { return (h ^ uint64(c)) * fnvPrime }

// termKey returns the hash of a term of the lexicon.
func termKey(term string) uint64 {
	stem := strings.HasSuffix(term, "*")
	term = strings.TrimSuffix(term, "*")
	h := uint64(fnvOffset)
	for i := 0; i < len(term); i++ {
		h = feed(h, term[i])
	}
	if !stem {
		h = feed(h, termEnd)
	}
	return h
}

// get returns the classes of the term with hash h.
func (x *conceptIndex) get(h uint64) conceptSet {
	if x.filter[h>>48/64]&(1<<(h>>48%64)) == 0 {
		return 0
	}
	for i := h & x.mask; x.slots[i].set != 0; i = (i + 1) & x.mask {
		if x.slots[i].key == h {
			return x.slots[i].set
		}
	}
	return 0
}

// find returns the concepts of a folded note: every term found on word
// boundaries, a stem (of one word: terms of more words are whole) at the
// start of a word. It reads the words once, hashing each as the last word
// of a term of one, two and three words. When marks is not nil, each of
// the note's first maxExplainWords words is marked there with the
// concepts of the terms it is part of (for Explain).
func (x *conceptIndex) find(folded string, marks *[maxExplainWords]conceptSet) conceptSet {
	var set conceptSet
	var end1, end2 uint64 // the last word, and the last two, hashed with a space after
	nw := 0
	for i, j, ok := text.NextWord(folded, 0); ok && nw < maxWords; i, j, ok = text.NextWord(folded, j) {
		h1, h2, h3 := uint64(fnvOffset), end1, end2
		var one, two, three conceptSet // terms of one, two and three words ending here
		for k := i; k < j; k++ {
			c := folded[k]
			h1, h2, h3 = feed(h1, c), feed(h2, c), feed(h3, c)
			if k-i+1 >= minStem {
				one |= x.get(h1) // a stem of one word
			}
		}
		one |= x.get(feed(h1, termEnd))
		if nw > 0 {
			two = x.get(feed(h2, termEnd))
		}
		if nw > 1 {
			three = x.get(feed(h3, termEnd))
		}
		set |= one | two | three
		if marks != nil && nw < len(marks) {
			marks[nw] |= one | two | three
			if nw > 0 {
				marks[nw-1] |= two | three
			}
			if nw > 1 {
				marks[nw-2] |= three
			}
		}
		end1, end2 = feed(h1, ' '), feed(h2, ' ')
		nw++
	}
	return set
}

// appendConcepts appends the concept tags of a folded note to dst: one
// for each concept it holds and one for each two of them.
func appendConcepts(folded string, dst []uint32) []uint32 {
	x := conceptIndexOf()
	set := x.find(folded, nil)
	for s := set; s != 0; s &= s - 1 {
		a := bits.TrailingZeros32(uint32(s))
		dst = append(dst, x.tags[a])
		for t := s &^ (1 << a); t != 0; t &= t - 1 {
			dst = append(dst, x.pairs[a][bits.TrailingZeros32(uint32(t))])
		}
	}
	return dst
}

// Concepts returns the names of the concepts of the lexicon that a folded
// note holds (text.Fold), in the lexicon's order: what its "cx:" tags
// say.
func Concepts(folded string) []string {
	var out []string
	set := conceptIndexOf().find(folded, nil)
	for i := range concepts {
		if set&(1<<i) != 0 {
			out = append(out, concepts[i].name)
		}
	}
	return out
}
