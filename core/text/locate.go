package text

import "unicode/utf8"

// Mapping is a text folded as by Fold together with, for each folded byte,
// the span of the original text it came from. Evidence uses it to quote
// the words as the sender wrote them ("WhatsАpp" with its Cyrillic А)
// rather than their folded form. The zero Mapping is ready for Reset; a
// Mapping can be reset for another text to reuse its storage.
type Mapping struct {
	Folded string // Fold of the original text
	from   []int32
	to     []int32
	buf    []byte
}

// Reset maps s, reusing the Mapping's storage.
func (m *Mapping) Reset(s string) {
	m.buf, m.from, m.to = m.buf[:0], m.from[:0], m.to[:0]
	space := true
	var tmp [8]byte
	for i := 0; i < len(s); {
		out, j := foldAt(s, i, space, &tmp)
		if len(out) > 0 {
			space = out[len(out)-1] == ' '
			for range out {
				m.from = append(m.from, int32(i))
				m.to = append(m.to, int32(j))
			}
			m.buf = append(m.buf, out...)
		}
		i = j
	}
	if space && len(m.buf) > 0 {
		k := len(m.buf) - 1
		m.buf, m.from, m.to = m.buf[:k], m.from[:k], m.to[:k]
	}
	m.Folded = string(m.buf)
	if cap(m.buf) > maxKept {
		m.buf, m.from, m.to = nil, nil, nil // do not pin the storage of a huge text
	}
}

// foldAt folds the rune of s at byte i, as Fold does after a space (space
// true) or not, into tmp, and returns what it folds to (nothing for a
// dropped rune or a repeated space) and where the next rune starts.
func foldAt(s string, i int, space bool, tmp *[8]byte) (out []byte, next int) {
	out = tmp[:0]
	if c := s[i]; c < utf8.RuneSelf {
		if f := asciiFold[c]; f != ' ' || !space {
			out = append(out, f)
		}
		return out, i + 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && n == 1:
	case r == '…':
		out = append(out, "..."...)
	default:
		x, y := foldRune(r)
		switch {
		case x == drop:
		case x == ' ':
			if !space {
				out = append(out, ' ')
			}
		default:
			out = utf8.AppendRune(out, x)
			if y != 0 {
				out = utf8.AppendRune(out, y)
			}
		}
	}
	return out, i + n
}

// maxKept is the largest storage a Mapping keeps for reuse.
const maxKept = 8 << 10

// Span returns the byte span of the original text that folds to
// Folded[at:at+n]; ok is false when that is out of range.
func (m *Mapping) Span(at, n int) (start, end int, ok bool) {
	if at < 0 || n <= 0 || at+n > len(m.from) {
		return 0, 0, false
	}
	return int(m.from[at]), int(m.to[at+n-1]), true
}

// Locate finds a folded phrase in the original text s on word boundaries
// and returns the byte span of s that folds to it. It allocates, so call
// it only for evidence.
func Locate(s, phrase string) (start, end int, ok bool) {
	var m Mapping
	m.Reset(s)
	j := PhraseAt(m.Folded, phrase)
	if j < 0 {
		return 0, 0, false
	}
	return m.Span(j, len(phrase))
}

// LocateAt returns the span of s that folds to Fold(s)[at:at+n], the same
// as a Mapping's Span but without building one (see Locator).
func LocateAt(s string, at, n int) (start, end int, ok bool) {
	l := Locator{s: s}
	return l.Span(at, n)
}

// Locator finds the spans of an original text that fold to spans of its
// folded form, folding the text only as far as asked and allocating
// nothing, so evidence can quote a few matches of a card's text cheaply.
// Asking for spans in increasing order reads the text once; an earlier
// span starts again from the beginning.
type Locator struct {
	_     [0]func() // not comparable: no generated equality function (core.wasm's size)
	s     string
	i     int  // the next rune of s to fold
	pos   int  // folded bytes before s[i]
	space bool // the folded text so far ends in a space (or is empty)
	begun bool // i, pos and space are set
}

// NewLocator returns a Locator over the original text s.
func NewLocator(s string) Locator { return Locator{s: s} }

// Span returns the span of the text that folds to Fold(text)[at:at+n]; ok
// is false when that is out of range.
func (l *Locator) Span(at, n int) (start, end int, ok bool) {
	if at < 0 || n <= 0 {
		return 0, 0, false
	}
	if !l.begun || at < l.pos {
		l.i, l.pos, l.space, l.begun = 0, 0, true, true
	}
	s := l.s
	start = -1
	var tmp [8]byte
	for l.i < len(s) {
		i := l.i
		if c := s[i]; c < utf8.RuneSelf { // foldAt's ASCII case, inline
			f := asciiFold[c]
			if f == ' ' && l.space {
				l.i = i + 1 // a repeated space: dropped
				continue
			}
			if start < 0 && at < l.pos+1 {
				start = i
			}
			if at+n <= l.pos+1 {
				if f == ' ' && at+n == l.pos+1 && !foldsFurther(s, i+1) {
					return 0, 0, false // the trailing space Fold drops
				}
				return start, i + 1, true // s[i] is read again by the next call
			}
			l.space = f == ' '
			l.pos++
			l.i = i + 1
			continue
		}
		out, j := foldAt(s, i, l.space, &tmp)
		if k := len(out); k > 0 {
			if start < 0 && at < l.pos+k {
				start = i
			}
			if at+n <= l.pos+k {
				if out[k-1] == ' ' && at+n == l.pos+k && !foldsFurther(s, j) {
					return 0, 0, false // the trailing space Fold drops
				}
				return start, j, true // s[i] is read again by the next call
			}
			l.space = out[k-1] == ' '
			l.pos += k
		}
		l.i = j
	}
	return 0, 0, false
}

// foldsFurther reports whether anything of s from byte i on survives
// folding after a space: whether a space just written is kept.
func foldsFurther(s string, i int) bool {
	var tmp [8]byte
	for i < len(s) {
		out, j := foldAt(s, i, true, &tmp)
		if len(out) > 0 {
			return true
		}
		i = j
	}
	return false
}
