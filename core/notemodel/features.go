package notemodel

import (
	"unicode/utf8"

	"github.com/vetted/vetted/core/text"
)

// Feature is one feature of a note: its hash and, for words and word
// pairs, the span of the folded note it covers (Start == End for features
// that have no place in the text).
type Feature struct {
	Hash       uint32
	Start, End int
	Kind       Kind
}

// Kind is the family of a feature.
type Kind uint8

// The feature families.
const (
	KindWord  Kind = 'w' // a folded word
	KindPair  Kind = 'b' // two folded words in a row
	KindChars Kind = 'c' // CharN letters in a row once spaces, punctuation and digit look-alikes are squeezed out
	KindTag   Kind = 't' // a fact about the note: a rule's phrase list found in it, a link, a length class
)

// CharN is the length, in letters, of the character n-grams.
const CharN = 4

// maxRunes caps how much of a note the character n-grams read: the notes
// the sites allow are at most a few hundred letters, and a hostile page's
// 100,000-letter note must not cost more than a real one.
const maxRunes = 1200

// HashBits is how many bits of a feature's hash the model keeps: 24, for
// a small core.wasm (two bytes a feature in the encoded model instead of
// three); with a few thousand features, one unknown n-gram in about 3,000
// takes a known one's weights, which changes no judgement that matters.
const HashBits = 24

// The hashes: words by 64-bit FNV-1a, pairs and letter n-grams by mixing
// 64-bit values; each family has its own seed, and a feature's hash is the
// top HashBits bits of the mixed value.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
	mixMul    = 0x9e3779b97f4a7c15 // 2^64 / golden ratio
	seedWord  = 0x5bd1e9955bd1e995
	seedPair  = 0x2127599bf4325c37
	seedChars = 0x880355f21e6d1965
	seedTag   = 0xc2b2ae3d27d4eb4f
)

// fnv64 is FNV-1a of s.
func fnv64(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// mix turns a 64-bit value and a family's seed into a feature hash.
func mix(x, seed uint64) uint32 {
	x ^= seed
	x ^= x >> 31
	x *= mixMul
	x ^= x >> 29
	return uint32(x >> (64 - HashBits))
}

// TagHash is the hash of a tag feature such as "lx:money" or "url".
//
// Not inlined: its copies at 41 calls cost core.wasm 5.7 KB.
//
//go:noinline
func TagHash(tag string) uint32 { return mix(fnv64(tag), seedTag) }

// WordHash is the hash of a folded word.
func WordHash(w string) uint32 { return mix(fnv64(w), seedWord) }

// lookAlike maps digits and symbols that stand for letters inside a word
// ("b1tc0in", "$ex", "cr@zy") to those letters, for the character n-grams.
var lookAlike = [128]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's'}

// Features calls emit for every feature of a folded note (see text.Fold)
// and its tags: each word, then the pair it makes with the word before,
// in text order; then the character n-grams in text order; the tags last.
// It reads at most maxWords words and maxRunes letters.
func Features(folded string, tags []uint32, emit func(Feature)) {
	WordFeatures(folded, emit)
	// Character n-grams over the squeezed letters: spaces, punctuation and
	// zero-width tricks between letters do not break them ("c r y p t o"
	// and "cry.pto" give the grams of "crypto"). The last CharN letters
	// are packed 16 bits each into one word.
	var ring [CharN]int // folded offsets of the last CharN letters
	var packed uint64
	n := 0
	for i := 0; i < len(folded) && n < maxRunes; {
		r, size, ok := letterAt(folded, i)
		if !ok {
			i += size
			continue
		}
		ring[n%CharN] = i
		packed = packed<<16 | uint64(r&0xffff)
		n++
		if n >= CharN {
			emit(Feature{Hash: mix(packed, seedChars), Start: ring[n%CharN], End: i + size, Kind: KindChars})
		}
		i += size
	}
	for _, t := range tags {
		emit(Feature{Hash: t, Kind: KindTag})
	}
}

// WordFeatures calls emit for the word and word-pair features of a folded
// note, as Features does first (the learnt model of package learn reads
// these alone).
func WordFeatures(folded string, emit func(Feature)) {
	var prev uint64
	prevStart, nw := 0, 0
	for i, j, ok := text.NextWord(folded, 0); ok && nw < maxWords; i, j, ok = text.NextWord(folded, j) {
		h := fnv64(folded[i:j])
		emit(Feature{Hash: mix(h, seedWord), Start: i, End: j, Kind: KindWord})
		if nw > 0 {
			emit(Feature{Hash: mix(prev*mixMul^h, seedPair), Start: prevStart, End: j, Kind: KindPair})
		}
		prev, prevStart = h, i
		nw++
	}
}

// letterAt returns the letter the character n-grams read at byte i of
// folded (a look-alike digit or symbol next to a letter as that letter),
// its size in bytes, and false when it is no letter.
func letterAt(folded string, i int) (rune, int, bool) {
	c := folded[i]
	if c >= utf8.RuneSelf {
		r, size := utf8.DecodeRuneInString(folded[i:])
		return r, size, text.IsWord(r)
	}
	if isWordByte(c) && c > '9' {
		return rune(c), 1, true
	}
	if m := lookAlike[c]; m != 0 && letterNear(folded, i, 1) {
		return rune(m), 1, true
	}
	return rune(c), 1, isWordByte(c)
}

// isWordByte reports whether the ASCII byte c is a letter or a digit.
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// maxWords caps the words read, like maxRunes.
const maxWords = 300

// letterNear reports whether the byte at i (size bytes long) has an ASCII
// letter right before or after it, so that a digit inside a word counts as
// the letter it imitates but a plain number stays a number.
func letterNear(s string, i, size int) bool {
	isLetter := func(c byte) bool { return 'a' <= c && c <= 'z' }
	return i > 0 && isLetter(s[i-1]) || i+size < len(s) && isLetter(s[i+size])
}
