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
// Two Nodes are equal when they wrap the same html.Node. It is a
// page.Walker. A Node is one pointer, so that putting it in a page.Node
// allocates nothing: reading a page makes many.
type Node struct {
	n *html.Node
}

// counted is a Node whose work adds to a Cost (see Counted); the nodes
// found from it are counted too.
type counted struct {
	n    *html.Node
	cost *Cost
}

// base does the work of Node and counted.
type base struct {
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
	h := htmlOf(n)
	if h == nil {
		return n
	}
	return counted{n: h, cost: c}
}

// htmlOf returns the html.Node under one of this package's Nodes, or nil.
func htmlOf(n page.Node) *html.Node {
	switch n := n.(type) {
	case Node:
		return n.n
	case counted:
		return n.n
	}
	return nil
}

func (h base) wrap(n *html.Node) page.Node {
	if n == nil {
		return nil
	}
	if h.cost == nil {
		return Node{n: n}
	}
	return counted{n: n, cost: h.cost}
}

func (h base) visit(k int) {
	if h.cost != nil {
		h.cost.Visits += int64(k)
	}
}

func (h base) chars(s string) {
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
func (h base) matcher(selector string) cascadia.Matcher {
	m := compile(selector)
	if m == nil || h.cost == nil {
		return m
	}
	return counter{m, h.cost}
}

// QueryOne returns the first descendant element matching the selector, or
// nil (also for an invalid selector).
func (h base) QueryOne(selector string) page.Node {
	m := h.matcher(selector)
	if m == nil || h.n == nil {
		return nil
	}
	return h.wrap(cascadia.Query(h.n, m))
}

// QueryAll returns the descendant elements matching the selector, in
// document order (none for an invalid selector).
func (h base) QueryAll(selector string) []page.Node {
	m := h.matcher(selector)
	if m == nil || h.n == nil {
		return nil
	}
	return h.queryInto(h.n, m, nil)
}

// queryInto appends the descendants of n that m matches, in document
// order, as cascadia.QueryAll finds them (without its own slice).
func (h base) queryInto(n *html.Node, m cascadia.Matcher, out []page.Node) []page.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if m.Match(c) {
			out = append(out, h.wrap(c))
		}
		if c.FirstChild != nil {
			out = h.queryInto(c, m, out)
		}
	}
	return out
}

// Closest returns the nearest element, the node itself or an ancestor,
// matching the selector, or nil.
func (h base) Closest(selector string) page.Node {
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
func (h base) ClosestIn(selector string, top page.Node) page.Node {
	m := compile(selector)
	if m == nil {
		return nil
	}
	t := htmlOf(top)
	for n := h.n; n != nil; n = n.Parent {
		h.visit(1)
		if n.Type == html.ElementNode && m.Match(n) {
			return h.wrap(n)
		}
		if t != nil && n == t {
			break
		}
	}
	return nil
}

// Parent returns the parent element, or nil at the top (the document has
// no parent; the html element's parent is the document).
func (h base) Parent() page.Node {
	if h.n == nil || h.n.Parent == nil {
		return nil
	}
	h.visit(1)
	return h.wrap(h.n.Parent)
}

// HiddenIn reports whether the element, or one of its ancestors below top,
// is hidden (page.Hidden): the page does not show it, whatever top's own
// state. With top nil (or not an ancestor), every ancestor counts.
func (h base) HiddenIn(top page.Node) bool {
	t := htmlOf(top)
	for n := h.n; n != nil && (t == nil || n != t); n = n.Parent {
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
func (h base) Text() string {
	if h.n == nil {
		return ""
	}
	if h.n.Type == html.TextNode {
		h.chars(h.n.Data)
		return h.n.Data
	}
	if c := h.n.FirstChild; c != nil && c.NextSibling == nil && c.Type == html.TextNode {
		h.chars(c.Data) // one text child, as most lines are: its text, not a copy
		return c.Data
	}
	var b strings.Builder
	h.appendText(h.n, &b)
	h.chars(b.String())
	return b.String()
}

func (h base) appendText(n *html.Node, b *strings.Builder) {
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
func (h base) Attr(name string) (string, bool) {
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
func (h base) Tag() string {
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

// The methods of Node and counted: base's.

// HTML returns the wrapped html.Node.
func (h Node) HTML() *html.Node { return h.n }

// HTML returns the wrapped html.Node.
func (h counted) HTML() *html.Node { return h.n }

func (h Node) b() base    { return base{n: h.n} }
func (h counted) b() base { return base(h) }

// QueryOne returns the first descendant element matching the selector, or nil.
func (h Node) QueryOne(selector string) page.Node { return h.b().QueryOne(selector) }

// QueryAll returns the descendant elements matching the selector, in document order.
func (h Node) QueryAll(selector string) []page.Node { return h.b().QueryAll(selector) }

// Closest returns the nearest element, the node itself or an ancestor, matching the selector, or nil.
func (h Node) Closest(selector string) page.Node { return h.b().Closest(selector) }

// ClosestIn is Closest within top (see base.ClosestIn).
func (h Node) ClosestIn(selector string, top page.Node) page.Node {
	return h.b().ClosestIn(selector, top)
}

// Parent returns the parent element, or nil at the top.
func (h Node) Parent() page.Node { return h.b().Parent() }

// HiddenIn reports whether the element, or one of its ancestors below top, is hidden.
func (h Node) HiddenIn(top page.Node) bool { return h.b().HiddenIn(top) }

// Text returns the text the element shows (see base.Text).
func (h Node) Text() string { return h.b().Text() }

// Attr returns an attribute's value and whether the element has it.
func (h Node) Attr(name string) (string, bool) { return h.b().Attr(name) }

// Tag returns the lower-case element name, or "" for the document.
func (h Node) Tag() string { return h.b().Tag() }

// Attrs returns the element's attributes (see base.Attrs).
func (h Node) Attrs() []page.Attr { return h.b().Attrs() }

// Children returns the element's text and element children (see base.Children).
func (h Node) Children() []page.Child { return h.b().Children() }

// QueryOne is Node.QueryOne, counted.
func (h counted) QueryOne(selector string) page.Node { return h.b().QueryOne(selector) }

// QueryAll is Node.QueryAll, counted.
func (h counted) QueryAll(selector string) []page.Node { return h.b().QueryAll(selector) }

// Closest is Node.Closest, counted.
func (h counted) Closest(selector string) page.Node { return h.b().Closest(selector) }

// ClosestIn is Node.ClosestIn, counted.
func (h counted) ClosestIn(selector string, top page.Node) page.Node {
	return h.b().ClosestIn(selector, top)
}

// Parent is Node.Parent, counted.
func (h counted) Parent() page.Node { return h.b().Parent() }

// HiddenIn is Node.HiddenIn, counted.
func (h counted) HiddenIn(top page.Node) bool { return h.b().HiddenIn(top) }

// Text is Node.Text, counted.
func (h counted) Text() string { return h.b().Text() }

// Attr is Node.Attr, counted.
func (h counted) Attr(name string) (string, bool) { return h.b().Attr(name) }

// Tag is Node.Tag.
func (h counted) Tag() string { return h.b().Tag() }

// Attrs is Node.Attrs.
func (h counted) Attrs() []page.Attr { return h.b().Attrs() }

// Children is Node.Children, counted.
func (h counted) Children() []page.Child { return h.b().Children() }
