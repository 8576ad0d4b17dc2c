package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// IsWord reports whether r is part of a word: a letter, a digit or a
// combining mark. Everything else is a word boundary.
func IsWord(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// NextWord finds the first word (a run of IsWord runes) in s at or after
// byte offset from: s[start:end]; ok is false when there is none.
func NextWord(s string, from int) (start, end int, ok bool) {
	start = -1
	for i := max(from, 0); i < len(s); {
		// ASCII a byte at a time; only other runes are decoded.
		word, size := false, 1
		if c := s[i]; c < utf8.RuneSelf {
			word = isWordByte(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = IsWord(r)
		}
		switch {
		case word:
			if start < 0 {
				start = i
			}
		case start >= 0:
			return start, i, true
		}
		i += size
	}
	if start < 0 {
		return 0, 0, false
	}
	return start, len(s), true
}

// isWordByte reports whether the ASCII byte c is a letter or digit.
func isWordByte(c byte) bool { return wordBytes[c] }

// wordBytes marks the ASCII letters and digits (a table: the test is in
// every loop over a text).
var wordBytes = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// wordBefore reports whether the rune that ends s[:i] is a word rune.
func wordBefore(s string, i int) bool {
	if i <= 0 {
		return false
	}
	if c := s[i-1]; c < utf8.RuneSelf {
		return isWordByte(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return IsWord(r)
}

// wordAt reports whether the rune that starts s[i:] is a word rune.
func wordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if c := s[i]; c < utf8.RuneSelf {
		return isWordByte(c)
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return IsWord(r)
}

// bounded reports whether the match s[i:i+n] of phrase p sits on word
// boundaries. An edge of the phrase that is itself not a word rune (as in
// "$$$" or "bit.ly/") needs no boundary on that side.
func bounded(s string, i, n int, p string) bool {
	if wordAt(p, 0) && wordBefore(s, i) {
		return false
	}
	if wordBefore(p, len(p)) && wordAt(s, i+n) {
		return false
	}
	return true
}

// PhraseAt returns the byte offset of the first occurrence of phrase in
// folded on word boundaries, or -1. Both must be folded (see Fold).
func PhraseAt(folded, phrase string) int {
	if phrase == "" {
		return -1
	}
	for i := 0; i+len(phrase) <= len(folded); {
		j := strings.Index(folded[i:], phrase)
		if j < 0 {
			return -1
		}
		j += i
		if bounded(folded, j, len(phrase), phrase) {
			return j
		}
		_, n := utf8.DecodeRuneInString(folded[j:])
		i = j + n
	}
	return -1
}

// HasPhrase reports whether phrase occurs in folded on word boundaries: a
// boundary is the start or end of the text or a rune that is neither a
// letter nor a digit. So "telegram" is not found in "telegraph", and
// "sales" is found in "sales engineer" but not in "wholesales". Both
// arguments must already be folded.
func HasPhrase(folded, phrase string) bool {
	return PhraseAt(folded, phrase) >= 0
}

// FindPhrase returns the first phrase of phrases (in list order) that
// occurs in folded on word boundaries.
func FindPhrase(folded string, phrases []string) (string, bool) {
	for _, p := range phrases {
		if HasPhrase(folded, p) {
			return p, true
		}
	}
	return "", false
}

// CountPhrases returns how many different phrases of the list occur in
// folded on word boundaries.
func CountPhrases(folded string, phrases []string) int {
	n := 0
	for _, p := range phrases {
		if HasPhrase(folded, p) {
			n++
		}
	}
	return n
}

// stems are the endings HasStem accepts after a phrase.
var stems = [...]string{"s", "es", "ing", "ed", "er", "ers", "en", "n"}

// HasStem is HasPhrase that also accepts a few common endings after the
// phrase ("data pipeline" matches "data pipelines", "data engineer"
// matches "data engineering"), for matching a user's own keywords.
func HasStem(folded, phrase string) bool {
	if phrase == "" {
		return false
	}
	for i := 0; i+len(phrase) <= len(folded); {
		j := strings.Index(folded[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		if !wordAt(phrase, 0) || !wordBefore(folded, j) {
			end := j + len(phrase)
			if !wordBefore(phrase, len(phrase)) || !wordAt(folded, end) {
				return true
			}
			for _, s := range stems {
				if strings.HasPrefix(folded[end:], s) && !wordAt(folded, end+len(s)) {
					return true
				}
			}
		}
		_, n := utf8.DecodeRuneInString(folded[j:])
		i = j + n
	}
	return false
}
