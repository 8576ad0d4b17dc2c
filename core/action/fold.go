package action

import (
	"strings"
	"unicode"

	"github.com/vetted/vetted/core/settings"
)

// fold lower-cases s, maps typographic apostrophes and quotes to plain
// ones, keeps letters, digits and apostrophes, and collapses everything
// else to single spaces. It is enough to compare two renderings of the
// same name on one page, and to look for short phrases in page text.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		switch r {
		case '’', '‘', 'ʼ', '`', '´':
			r = '\''
		}
		r = unicode.ToLower(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
			space = false
			continue
		}
		if unicode.In(r, unicode.Cf) { // zero-width joiners and marks
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSuffix(b.String(), " ")
}

// containsWord reports whether folded text t contains folded phrase p on
// word boundaries.
func containsWord(t, p string) bool {
	if p == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(t[i:], p)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(p)
		if (j == 0 || t[j-1] == ' ') && (end == len(t) || t[end] == ' ') {
			return true
		}
		i = j + 1
	}
}

// containsAny returns the first phrase of ps that folded text t contains.
func containsAny(t string, ps []string) string {
	for _, p := range ps {
		if containsWord(t, p) {
			return p
		}
	}
	return ""
}

// SameName reports whether two renderings of a name are the same name.
func SameName(a, b string) bool {
	fa, fb := fold(a), fold(b)
	if fa == "" && fb == "" {
		// A name with no letters or digits (only emoji, only invisible
		// characters) is the same name when it is the same text.
		a, b = strings.TrimSpace(a), strings.TrimSpace(b)
		return a != "" && a == b
	}
	return fa != "" && fa == fb
}

// NamesPerson reports whether the name in a control's label names the
// person called full: the same name, or the first name (or first names)
// alone, as in LinkedIn's "Reply to Marcus" on Marcus Hale's card.
func NamesPerson(label, full string) bool {
	l, f := fold(label), fold(full)
	if l == "" && f == "" {
		return SameName(label, full)
	}
	if l == "" || f == "" {
		return false
	}
	if l == f || strings.HasPrefix(f, l+" ") {
		return true
	}
	return l == fold(settings.FirstName(full))
}
