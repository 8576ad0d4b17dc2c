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
	// Fast path: nothing to collapse.
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := unicode.IsSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
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

// fold prepares text for comparison with a phrase: cleaned, lower-case,
// typographic apostrophes made plain.
func fold(s string) string {
	s = strings.ToLower(Clean(s))
	if strings.ContainsRune(s, '’') {
		s = strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// foldAll folds every phrase of a list.
func foldAll(list []string) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = fold(s)
	}
	return out
}

// containsAny reports whether folded text contains one of the phrases.
func containsAny(folded string, phrases []string) bool {
	for _, p := range phrases {
		if p != "" && strings.Contains(folded, fold(p)) {
			return true
		}
	}
	return false
}

// equalsAny reports whether folded text equals one of the phrases.
func equalsAny(folded string, phrases []string) bool {
	for _, p := range phrases {
		if folded == fold(p) {
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

// apostrophes lists the characters sites use in possessives ("Jane’s").
var apostrophes = []string{"’", "'", "ʼ", "‘"}

// truncate shortens text to at most n bytes on a rune boundary, for
// problem reports.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
