package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ellipsis ends a snippet that Quote cut short.
const Ellipsis = "…"

// Clean returns s with control, zero-width and bidi characters removed,
// invalid UTF-8 dropped and every run of white space collapsed to one
// space, trimmed. Unlike Fold it keeps letters, case and accents as
// written, so its result is fit to show to the user.
func Clean(s string) string {
	return clean(s, -1)
}

// Quote returns an evidence snippet of the original text s: cleaned as by
// Clean and cut at a rune boundary to at most max runes, the last of which
// is "…" when s was cut. A max below 1 means no limit.
func Quote(s string, max int) string {
	if max < 1 {
		max = -1
	}
	return clean(s, max)
}

// clean implements Clean and Quote; max < 0 means no limit.
func clean(s string, max int) string {
	if (max < 0 || len(s) <= max) && isClean(s) {
		return s
	}
	var b strings.Builder
	if max < 0 || len(s) < 4*max {
		b.Grow(len(s))
	} else {
		b.Grow(4 * max)
	}
	n := 0       // runes written
	cut := 0     // length of b when it held max-1 runes
	gap := false // a space waits for the next visible rune
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		switch {
		case r == utf8.RuneError && w == 1, invisible(r):
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r):
			gap = n > 0
			continue
		}
		add := 1
		if gap {
			add = 2
		}
		if max >= 0 && n+add > max {
			return strings.TrimRight(b.String()[:cut], " ") + Ellipsis
		}
		if gap {
			b.WriteByte(' ')
			n++
			gap = false
			if n == max-1 {
				cut = b.Len()
			}
		}
		b.WriteRune(r)
		n++
		if n == max-1 {
			cut = b.Len()
		}
	}
	return b.String()
}

// isClean reports whether s is printable ASCII with single inner spaces,
// which clean returns unchanged.
func isClean(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

// invisible reports whether r is a zero-width, bidi control or other
// invisible formatting character that Fold and Clean remove.
func invisible(r rune) bool {
	switch {
	case r < 0xAD:
		return false
	case r == 0xAD, r == 0x034F, r == 0x061C, r == 0x115F, r == 0x1160, r == 0x180E,
		r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F,
		r == 0x3164, r >= 0xFE00 && r <= 0xFE0F, r == 0xFEFF, r == 0xFFA0,
		r >= 0xFFF9 && r <= 0xFFFB, r >= 0xE0000 && r <= 0xE007F:
		return true
	}
	return false
}
