package htmlnode

import (
	"io"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
)

// Parse reads an HTML document and returns its root (the document node,
// like the browser's document): query it to find elements.
func Parse(r io.Reader) (page.Node, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	return Node{doc}, nil
}

// Wrap returns a page.Node for an html.Node, or a true nil interface for
// nil.
func Wrap(n *html.Node) page.Node {
	if n == nil {
		return nil
	}
	return Node{n}
}

// Node is a page.Node over an element (or the document) of an html tree.
// Two Nodes are equal when they wrap the same html.Node.
type Node struct{ n *html.Node }

// HTML returns the wrapped html.Node.
func (h Node) HTML() *html.Node { return h.n }

// QueryOne returns the first descendant element matching the selector, or
// nil (also for an invalid selector).
func (h Node) QueryOne(selector string) page.Node {
	m := compile(selector)
	if m == nil || h.n == nil {
		return nil
	}
	return Wrap(cascadia.Query(h.n, m))
}

// QueryAll returns the descendant elements matching the selector, in
// document order (none for an invalid selector).
func (h Node) QueryAll(selector string) []page.Node {
	m := compile(selector)
	if m == nil || h.n == nil {
		return nil
	}
	found := cascadia.QueryAll(h.n, m)
	if len(found) == 0 {
		return nil
	}
	out := make([]page.Node, len(found))
	for i, n := range found {
		out[i] = Node{n}
	}
	return out
}

// Closest returns the nearest element, the node itself or an ancestor,
// matching the selector, or nil.
func (h Node) Closest(selector string) page.Node {
	m := compile(selector)
	if m == nil {
		return nil
	}
	for n := h.n; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && m.Match(n) {
			return Node{n}
		}
	}
	return nil
}

// Text returns the text content: the text of every descendant text node,
// in document order, as the DOM's textContent does.
func (h Node) Text() string {
	if h.n == nil {
		return ""
	}
	if h.n.Type == html.TextNode {
		return h.n.Data
	}
	var b strings.Builder
	appendText(h.n, &b)
	return b.String()
}

func appendText(n *html.Node, b *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			appendText(c, b)
		}
	}
}

// Attr returns an attribute's value and whether the element has it. Names
// are matched without regard to case, as HTML attribute names are.
func (h Node) Attr(name string) (string, bool) {
	if h.n == nil {
		return "", false
	}
	for _, a := range h.n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, name) {
			return a.Val, true
		}
	}
	for _, a := range h.n.Attr { // xlink:href and friends inside SVG
		if strings.EqualFold(a.Namespace+":"+a.Key, name) {
			return a.Val, true
		}
	}
	return "", false
}

// Tag returns the lower-case element name, or "" for the document.
func (h Node) Tag() string {
	if h.n == nil || h.n.Type != html.ElementNode {
		return ""
	}
	return strings.ToLower(h.n.Data)
}
