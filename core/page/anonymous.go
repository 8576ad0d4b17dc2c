package page

import (
	"strings"
	"unicode"
)

// AnonymousAttr makes an attribute's value (the attribute's lower-case
// name, its value) say nothing of the people on the page, for a markup
// skeleton (htmlnode.Skeleton, domtree.Skeleton): URLs keep their path
// shape, texts become placeholders, digits in ids and keys become zeros;
// tags, roles, classes and the like stay as they are.
func AnonymousAttr(key, val string) string {
	switch key {
	case "href", "src", "srcset", "action", "xlink:href", "data-delayed-url", "poster":
		return pathShape(val)
	case "aria-label", "alt", "title", "value", "placeholder", "aria-description", "content", "label":
		return Placeholder(val)
	case "class", "role", "type", "dir", "lang", "hidden", "aria-hidden", "style", "tabindex", "data-testid", "data-view-name":
		return val
	}
	return zeroDigits(val)
}

// Placeholder keeps a text's shape and nothing else: upper-case letters
// become X, others x, digits 0; spaces and punctuation stay ("Jane Doe"
// → "Xxxx Xxx").
func Placeholder(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsUpper(r):
			return 'X'
		case unicode.IsLetter(r):
			return 'x'
		case unicode.IsDigit(r):
			return '0'
		}
		return r
	}, s)
}

func zeroDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return '0'
		}
		return r
	}, s)
}

// pathShape cuts a URL to its path shape: no scheme, host or query, the
// first path segment kept (it says what the link is: "in", "company",
// "friends") and the others replaced by "…".
func pathShape(raw string) string {
	u, ok := URLPath(raw)
	if !ok {
		return "…"
	}
	segs := strings.Split(strings.Trim(u, "/"), "/")
	for i := 1; i < len(segs); i++ {
		segs[i] = "…"
	}
	out := "/" + strings.Join(segs, "/")
	if strings.HasSuffix(u, "/") && out != "/" {
		out += "/"
	}
	return out
}
