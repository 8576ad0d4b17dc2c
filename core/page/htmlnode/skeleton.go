package htmlnode

import (
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
)

// Skeleton is page.Skeleton: an element's markup with nothing of the
// people in it, for a bug report.
func Skeleton(n page.Node) string { return page.Skeleton(n) }

// Attrs returns the element's attributes in order (page.Outliner).
func (h base) Attrs() []page.Attr {
	if h.n == nil {
		return nil
	}
	out := make([]page.Attr, 0, len(h.n.Attr))
	for _, a := range h.n.Attr {
		k := a.Key
		if a.Namespace != "" {
			k = a.Namespace + ":" + k
		}
		out = append(out, page.Attr{Name: k, Value: a.Val})
	}
	return out
}

// Children returns the element's child elements and texts in order
// (page.Outliner); comments are left out.
func (h base) Children() []page.Child {
	if h.n == nil {
		return nil
	}
	var out []page.Child
	for c := h.n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			out = append(out, page.Child{Text: c.Data})
		case html.ElementNode:
			out = append(out, page.Child{El: h.wrap(c)})
		}
	}
	return out
}
