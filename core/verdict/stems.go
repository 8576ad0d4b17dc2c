package verdict

import (
	"strings"
	"unicode/utf8"

	"github.com/vetted/vetted/core/text"
)

// stemIndex returns the index of the first stem (in the order of stems)
// that begins a word of the folded text s, or -1. A word begins at the
// start of s or after a rune that is not part of a word (see text.IsWord).
// Stems are folded ASCII.
func stemIndex(s string, stems []string) int {
	if !containsAny(s, stems) {
		return -1 // most headlines: no stem anywhere, so no word scan
	}
	best := -1
	atStart := true // the previous rune is not part of a word
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		n := 1
		if c < utf8.RuneSelf {
			word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
		} else {
			var r rune
			r, n = utf8.DecodeRuneInString(s[i:])
			word = text.IsWord(r)
		}
		if word && atStart {
			for k, stem := range stems {
				if stem[0] == c && (best < 0 || k < best) && strings.HasPrefix(s[i:], stem) {
					best = k
				}
			}
			if best == 0 {
				return 0
			}
		}
		atStart = !word
		i += n
	}
	return best
}

// containsAny reports whether s contains one of subs anywhere.
func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// titleOf returns the title a folded headline shows: phrases[found] when
// the matcher found one (found ≥ 0), else the first word that begins with
// one of the stems, else "".
func titleOf(folded string, found int, phrases, stems []string) string {
	if found >= 0 {
		return phrases[found]
	}
	if i := stemIndex(folded, stems); i >= 0 {
		return wordAt(folded, stems[i])
	}
	return ""
}

// wordAt returns the whole word of s that begins with stem (the first such
// word), for evidence: "recruitment" for the stem "recruit".
func wordAt(s, stem string) string {
	for from := 0; from < len(s); {
		at := strings.Index(s[from:], stem)
		if at < 0 {
			return stem
		}
		at += from
		if r, _ := utf8.DecodeLastRuneInString(s[:at]); at == 0 || !text.IsWord(r) {
			end := at + len(stem)
			for end < len(s) {
				r, n := utf8.DecodeRuneInString(s[end:])
				if !text.IsWord(r) {
					break
				}
				end += n
			}
			return s[at:end]
		}
		from = at + len(stem)
	}
	return stem
}
