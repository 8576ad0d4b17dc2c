package verdict

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// nameKey reduces a folded name to its words (runs of letters, digits and
// marks) separated by one space, so emoji and punctuation do not matter:
// "ada lovelace 🚀" and "ada, lovelace" both give "ada lovelace".
func nameKey(folded string) string {
	var b strings.Builder
	eachWord(folded, func(w string) bool {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		return true
	})
	return b.String()
}

// sameName reports whether a folded name has the name key key, without
// building the folded name's key.
func sameName(folded, key string) bool {
	rest := key
	ok := true
	eachWord(folded, func(w string) bool {
		if rest == "" {
			ok = false
			return false
		}
		if rest != key {
			if rest[0] != ' ' {
				ok = false
				return false
			}
			rest = rest[1:]
		}
		if !strings.HasPrefix(rest, w) {
			ok = false
			return false
		}
		rest = rest[len(w):]
		return true
	})
	return ok && rest == ""
}

// eachWord calls fn with each word of s (see text.IsWord) until it returns
// false.
func eachWord(s string, fn func(w string) bool) {
	start := -1
	for i, r := range s {
		if text.IsWord(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if !fn(s[start:i]) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}
