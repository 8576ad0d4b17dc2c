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

// hashOf is FNV-1a over a kind byte and the bytes of s, cut to HashBits.
func hashOf(k Kind, s string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(k)) * 16777619
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h >> (32 - HashBits)
}

// pairHash is the hash of two words in a row, as hashOf(KindPair, a+" "+b)
// without building the string.
func pairHash(a, b string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(KindPair)) * 16777619
	for i := 0; i < len(a); i++ {
		h = (h ^ uint32(a[i])) * 16777619
	}
	h = (h ^ ' ') * 16777619
	for i := 0; i < len(b); i++ {
		h = (h ^ uint32(b[i])) * 16777619
	}
	return h >> (32 - HashBits)
}

// TagHash is the hash of a tag feature such as "lx:money" or "url".
func TagHash(tag string) uint32 { return hashOf(KindTag, tag) }

// WordHash is the hash of a folded word.
func WordHash(w string) uint32 { return hashOf(KindWord, w) }

// lookAlike maps digits and symbols that stand for letters inside a word
// ("b1tc0in", "$ex", "cr@zy") to those letters, for the character n-grams.
var lookAlike = [128]byte{'0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', '$': 's'}

// Features calls emit for every feature of a folded note (see text.Fold)
// and its tags, in text order, tags last. Features read at most maxRunes
// letters for character n-grams and maxWords words.
func Features(folded string, tags []uint32, emit func(Feature)) {
	// Words and word pairs.
	prev := ""
	prevStart := 0
	nw := 0
	for i, j, ok := text.NextWord(folded, 0); ok && nw < maxWords; i, j, ok = text.NextWord(folded, j) {
		w := folded[i:j]
		nw++
		emit(Feature{Hash: hashOf(KindWord, w), Start: i, End: j, Kind: KindWord})
		if prev != "" {
			emit(Feature{Hash: pairHash(prev, w), Start: prevStart, End: j, Kind: KindPair})
		}
		prev, prevStart = w, i
	}
	// Character n-grams over the squeezed letters: spaces, punctuation and
	// zero-width tricks between letters do not break them ("c r y p t o"
	// and "cry.pto" give the grams of "crypto").
	var ring [CharN]int // folded offsets of the last CharN letters
	var bytes [CharN * 4]byte
	var lens [CharN]int
	n := 0
	for i := 0; i < len(folded) && n < maxRunes; {
		c := folded[i]
		var r rune
		size := 1
		if c < utf8.RuneSelf {
			r = rune(c)
			if m := lookAlike[c]; m != 0 && letterNear(folded, i, size) {
				r = rune(m)
			}
		} else {
			r, size = utf8.DecodeRuneInString(folded[i:])
		}
		if !text.IsWord(r) {
			i += size
			continue
		}
		slot := n % CharN
		ring[slot] = i
		if size == 1 {
			bytes[slot*4] = byte(r) // r may be a look-alike's letter
		} else {
			copy(bytes[slot*4:slot*4+4], folded[i:i+size])
		}
		lens[slot] = size
		n++
		if n >= CharN {
			h := uint32(2166136261)
			h = (h ^ uint32(KindChars)) * 16777619
			for k := 0; k < CharN; k++ {
				s := (n + k) % CharN
				for _, b := range bytes[s*4 : s*4+lens[s]] {
					h = (h ^ uint32(b)) * 16777619
				}
			}
			start := ring[n%CharN]
			emit(Feature{Hash: h >> (32 - HashBits), Start: start, End: i + size, Kind: KindChars})
		}
		i += size
	}
	for _, t := range tags {
		emit(Feature{Hash: t, Kind: KindTag})
	}
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
