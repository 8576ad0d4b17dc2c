package text

import "unicode/utf8"

// Locate finds a folded phrase in the original text s: it folds s as Fold
// does while remembering where each folded byte came from, looks for the
// phrase on word boundaries and returns the byte span of s that folds to
// it, so evidence can quote the words as the sender wrote them ("WhatsАpp"
// with its Cyrillic А). It allocates, so call it only for evidence.
func Locate(s, phrase string) (start, end int, ok bool) {
	folded, from, to := foldMap(s)
	j := PhraseAt(folded, phrase)
	if j < 0 {
		return 0, 0, false
	}
	return from[j], to[j+len(phrase)-1], true
}

// LocateAt is Locate for a phrase known to start at byte at of Fold(s):
// it returns the span of s that folds to Fold(s)[at:at+n].
func LocateAt(s string, at, n int) (start, end int, ok bool) {
	folded, from, to := foldMap(s)
	if at < 0 || n <= 0 || at+n > len(folded) {
		return 0, 0, false
	}
	return from[at], to[at+n-1], true
}

// foldMap folds s like Fold and returns, for each byte of the result, the
// start and end offsets in s of the rune it came from.
func foldMap(s string) (folded string, from, to []int) {
	buf := make([]byte, 0, len(s))
	from = make([]int, 0, len(s))
	to = make([]int, 0, len(s))
	emit := func(b []byte, i, j int) {
		for range b {
			from = append(from, i)
			to = append(to, j)
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
				emit([]byte{c}, i, j)
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
					emit([]byte{' '}, i, j)
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
	return string(buf), from, to
}
