package htmlnode

import (
	"io"
	"strings"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vetted/vetted/core/page"
)

// Parse reads an HTML document and returns its root (the document node,
// like the browser's document): query it to find elements.
func Parse(r io.Reader) (page.Node, error) {
	doc, err := html.Parse(r)
	if err != nil {
		return nil, err
	}
	return Node{n: doc}, nil
}

// Wrap returns a page.Node for an html.Node, or a true nil interface for
// nil.
func Wrap(n *html.Node) page.Node {
	if n == nil {
		return nil
	}
	return Node{n: n}
}

// Node is a page.Node over an element (or the document) of an html tree.
// Two Nodes are equal when they wrap the same html.Node (and count into
// the same Cost). It is a page.Walker.
type Node struct {
	n    *html.Node
	cost *Cost // nil: not counted
}

// Cost is the work queries did on a tree: the elements they visited (a
// selector tested, an ancestor stepped to, an element walked for its text)
// and the characters of text and attribute values they returned. It is
// deterministic: the same reads of the same page cost the same.
type Cost struct {
	Visits int64
	Chars  int64
}

// Counted returns a Node over the same element whose queries, and those of
// every Node found from it, add their work to c. Nodes that are not this
// package's are returned as they are.
func Counted(n page.Node, c *Cost) page.Node {
	h, ok := n.(Node)
	if !ok || h.n == nil {
		return n
	}
	h.cost = c
	return h
}

func (h Node) wrap(n *html.Node) page.Node {
	if n == nil {
		return nil
	}
	return Node{n: n, cost: h.cost}
}

func (h Node) visit(k int) {
	if h.cost != nil {
		h.cost.Visits += int64(k)
	}
}

func (h Node) chars(s string) {
	if h.cost != nil {
		h.cost.Chars += int64(len(s))
	}
}

// counter wraps a matcher so that every element it is tested on is
// counted as a visit.
type counter struct {
	m cascadia.Matcher
	c *Cost
}

func (m counter) Match(n *html.Node) bool {
	m.c.Visits++
	return m.m.Match(n)
}

// matcher returns the compiled selector, counting when h counts.
func (h Node) matcher(selector string) cascadia.Matcher {
	m := compile(selector)
	if m == nil || h.cost == nil {
		return m
	}
	return counter{m, h.cost}
}

// HTML returns the wrapped html.Node.
func (h Node) HTML() *html.Node { return h.n }

// QueryOne returns the first descendant element matching the selector, or
// nil (also for an invalid selector).
func (h Node) QueryOne(selector string) page.Node {
	m := h.matcher(selector)
	if m == nil || h.n == nil {
		return nil
	}
	return h.wrap(cascadia.Query(h.n, m))
}

// QueryAll returns the descendant elements matching the selector, in
// document order (none for an invalid selector).
func (h Node) QueryAll(selector string) []page.Node {
	m := h.matcher(selector)
	if m == nil || h.n == nil {
		return nil
	}
	found := cascadia.QueryAll(h.n, m)
	if len(found) == 0 {
		return nil
	}
	out := make([]page.Node, len(found))
	for i, n := range found {
		out[i] = Node{n: n, cost: h.cost}
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
		h.visit(1)
		if n.Type == html.ElementNode && m.Match(n) {
			return h.wrap(n)
		}
	}
	return nil
}

// ClosestIn is Closest within top: the nearest of the element and its
// ancestors up to top (top included) that matches, or nil; the climb stops
// at top, so that a card's reads cost the card's depth, not the page's.
// With top nil (or not an ancestor) it is Closest.
func (h Node) ClosestIn(selector string, top page.Node) page.Node {
	m := compile(selector)
	if m == nil {
		return nil
	}
	t, _ := top.(Node)
	for n := h.n; n != nil; n = n.Parent {
		h.visit(1)
		if n.Type == html.ElementNode && m.Match(n) {
			return h.wrap(n)
		}
		if t.n != nil && n == t.n {
			break
		}
	}
	return nil
}

// Parent returns the parent element, or nil at the top (the document has
// no parent; the html element's parent is the document).
func (h Node) Parent() page.Node {
	if h.n == nil || h.n.Parent == nil {
		return nil
	}
	h.visit(1)
	return h.wrap(h.n.Parent)
}

// HiddenIn reports whether the element, or one of its ancestors below top,
// is hidden (page.Hidden): the page does not show it, whatever top's own
// state. With top nil (or not an ancestor), every ancestor counts.
func (h Node) HiddenIn(top page.Node) bool {
	t, _ := top.(Node)
	for n := h.n; n != nil && (t.n == nil || n != t.n); n = n.Parent {
		h.visit(1)
		if n.Type == html.ElementNode && hidden(n) {
			return true
		}
	}
	return false
}

// Text returns the text the element shows: the text of every descendant
// text node, in document order, as the DOM's textContent does, except
// inside descendants the page hides (page.Hidden: the hidden attribute,
// aria-hidden, an inline display:none, a hiding class) and inside script,
// style, template and noscript. The element's own state does not count:
// a hidden list's cards still have their text.
func (h Node) Text() string {
	if h.n == nil {
		return ""
	}
	if h.n.Type == html.TextNode {
		h.chars(h.n.Data)
		return h.n.Data
	}
	var b strings.Builder
	h.appendText(h.n, &b)
	h.chars(b.String())
	return b.String()
}

func (h Node) appendText(n *html.Node, b *strings.Builder) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.WriteString(c.Data)
		case html.ElementNode:
			h.visit(1)
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				continue
			}
			if hidden(c) {
				continue
			}
			h.appendText(c, b)
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
			h.chars(a.Val)
			return a.Val, true
		}
	}
	// xlink:href and friends inside SVG; without a namespace, ":"+Key
	// can only equal a name that starts with ":".
	colon := name != "" && name[0] == ':'
	for _, a := range h.n.Attr {
		if (a.Namespace != "" || colon) && strings.EqualFold(a.Namespace+":"+a.Key, name) {
			h.chars(a.Val)
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

// hidden is page.Hidden in one pass over the element's attributes.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Namespace != "" {
			continue
		}
		k := a.Key
		switch k {
		case "hidden", "aria-hidden", "style", "class":
		default:
			if lowerASCII(k) {
				continue // no attribute that can hide: the parser's usual, lower-case key
			}
			k = strings.ToLower(k)
		}
		if page.HidingAttr(k, a.Val) {
			return true
		}
	}
	return false
}

// lowerASCII reports whether s has no upper-case letter and nothing but
// ASCII (strings.ToLower would return it as it is).
func lowerASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
