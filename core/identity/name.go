package identity

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// NameKey reduces a folded name (text.Fold) to the form names are compared
// in: its words (runs of letters, digits and marks, text.IsWord) separated
// by one space, so emoji and punctuation do not matter ("ada lovelace 🚀"
// and "ada, lovelace" both give "ada lovelace"; "o'connor" and "o connor"
// compare equal).
func NameKey(folded string) string {
	if PlainName(folded) {
		return folded
	}
	var b strings.Builder
	b.Grow(len(folded))
	eachWord(folded, func(w string) bool {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
		return true
	})
	return b.String()
}

// SameName reports whether a folded name has the name key key, without
// building the folded name's key.
func SameName(folded, key string) bool {
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

// PlainName reports whether a folded name is already its own name key:
// lower-case ASCII letters and digits in words separated by single spaces.
func PlainName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
			continue
		}
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// eachWord calls fn with each word of s (text.NextWord) until it returns
// false.
func eachWord(s string, fn func(w string) bool) {
	for i, j, ok := text.NextWord(s, 0); ok; i, j, ok = text.NextWord(s, j) {
		if !fn(s[i:j]) {
			return
		}
	}
}
