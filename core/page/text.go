package page

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Clean collapses every run of white space (including no-break spaces and
// line breaks) into one space and trims both ends. It keeps every other
// character, invisible or not: zero-width and bidirectional control
// characters in a name are evidence for the red-flag rules, not noise.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isClean reports whether s needs no cleaning: no white space but single
// spaces between other characters.
func isClean(s string) bool {
	prevSpace := true // a leading space is not clean
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
			prevSpace = false
			continue
		}
		switch c {
		case ' ':
			if prevSpace {
				return false
			}
			prevSpace = true
		case '\t', '\n', '\v', '\f', '\r':
			return false
		default:
			prevSpace = false
		}
	}
	return !prevSpace
}

// fold prepares text for comparison with a phrase: cleaned, lower-case,
// typographic apostrophes made plain.
func fold(s string) string {
	s = strings.ToLower(Clean(s))
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// containsAny reports whether folded text contains one of the phrases,
// which are folded already (lower-case, plain apostrophes: the tables are
// written so, and TestPhrasesAreFolded checks it).
func containsAny(folded string, phrases []string) bool {
	for _, p := range phrases {
		if p != "" && strings.Contains(folded, p) {
			return true
		}
	}
	return false
}

// equalsAny reports whether folded text equals one of the (folded)
// phrases.
func equalsAny(folded string, phrases []string) bool {
	for _, p := range phrases {
		if folded == p {
			return true
		}
	}
	return false
}

// cutPrefixFold removes a prefix compared without regard to case.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// cutSuffixFold removes a suffix compared without regard to case.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// cutSpacedSuffixFold is cutSuffixFold(s, " "+suffix) without building
// the suffix: s ends with a space and the suffix, compared without regard
// to case; the space goes with the suffix.
func cutSpacedSuffixFold(s, suffix string) (string, bool) {
	i := len(s) - len(suffix) - 1
	if i >= 0 && s[i] == ' ' && strings.EqualFold(s[i+1:], suffix) {
		return s[:i], true
	}
	return s, false
}

// apostrophes lists the characters sites use in possessives ("Jane’s").
var apostrophes = []string{"’", "'", "ʼ", "‘"}
