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
	buf, from, to := m.buf[:0], m.from[:0], m.to[:0]
	emit := func(b []byte, i, j int) {
		for range b {
			from = append(from, int32(i))
			to = append(to, int32(j))
		}
		buf = append(buf, b...)
	}
	space := true
	var tmp [8]byte
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case r == utf8.RuneError && n == 1:
		case r < utf8.RuneSelf:
			c := asciiFold[r]
			if c != ' ' || !space {
				tmp[0] = c
				emit(tmp[:1], i, j)
			}
			space = c == ' '
		case r == '…':
			emit([]byte("..."), i, j)
			space = false
		default:
			x, y := foldRune(r)
			switch {
			case x == drop:
			case x == ' ':
				if !space {
					tmp[0] = ' '
					emit(tmp[:1], i, j)
				}
				space = true
			default:
				b := utf8.AppendRune(tmp[:0], x)
				if y != 0 {
					b = utf8.AppendRune(b, y)
				}
				emit(b, i, j)
				space = false
			}
		}
		i = j
	}
	if space && len(buf) > 0 {
		buf, from, to = buf[:len(buf)-1], from[:len(from)-1], to[:len(to)-1]
	}
	m.Folded = string(buf)
	if cap(buf) > maxKept {
		buf, from, to = nil, nil, nil // do not pin the storage of a huge text
	}
	m.buf, m.from, m.to = buf, from, to
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

// LocateAt returns the span of s that folds to Fold(s)[at:at+n].
func LocateAt(s string, at, n int) (start, end int, ok bool) {
	var m Mapping
	m.Reset(s)
	return m.Span(at, n)
}
