package htmlnode

import (
	"strings"

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
		c.Data = page.Placeholder(n.Data)
		return c
	case html.CommentNode:
		c.Data = ""
		return c
	}
	for _, a := range n.Attr {
		k := strings.ToLower(a.Key)
		if a.Namespace != "" {
			k = strings.ToLower(a.Namespace) + ":" + k
		}
		a.Val = page.AnonymousAttr(k, a.Val)
		c.Attr = append(c.Attr, a)
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(skeleton(ch))
	}
	return c
}
