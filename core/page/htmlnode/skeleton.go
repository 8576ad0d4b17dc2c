package htmlnode

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
)

// Skeleton returns an element's markup with nothing of the people in it:
// every text, label and description replaced by a placeholder of the same
// shape ("Jane Doe" → "Xxxx Xxx", digits → 0), every URL cut to its path
// shape ("/in/…/"), ids and keys with their digits zeroed; tags, roles,
// classes and the other attributes as they are. It is what a user may
// copy into a bug report when a card could not be read. "" for a Node
// that is not this package's.
func Skeleton(n page.Node) string {
	h, ok := n.(Node)
	if !ok || h.n == nil {
		return ""
	}
	c := skeleton(h.n)
	var b strings.Builder
	if err := html.Render(&b, c); err != nil {
		return ""
	}
	return b.String()
}

// skeleton copies a subtree, made anonymous.
func skeleton(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
	switch n.Type {
	case html.TextNode:
		c.Data = placeholder(n.Data)
		return c
	case html.CommentNode:
		c.Data = ""
		return c
	}
	for _, a := range n.Attr {
		a.Val = anonymous(strings.ToLower(a.Key), a.Val)
		c.Attr = append(c.Attr, a)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(skeleton(ch))
	}
	return c
}

// anonymous makes an attribute's value say nothing of the people on the
// page: URLs keep their path shape, texts become placeholders, numbers in
// ids and keys become zeros.
func anonymous(key, val string) string {
	switch key {
	case "href", "src", "srcset", "action", "xlink:href", "data-delayed-url", "poster":
		return pathShape(val)
	case "aria-label", "alt", "title", "value", "placeholder", "aria-description", "content", "label":
		return placeholder(val)
	case "class", "role", "type", "dir", "lang", "hidden", "aria-hidden", "style", "tabindex", "data-testid", "data-view-name":
		return val
	}
	return zeroDigits(val)
}

// placeholder keeps a text's shape: upper-case letters become X, others
// x, digits 0; spaces and punctuation stay.
func placeholder(s string) string {
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
	u, ok := page.URLPath(raw)
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
