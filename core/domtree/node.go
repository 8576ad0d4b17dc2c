package domtree

import (
	"strings"

	"github.com/vetted/vetted/core/page"
)

// node returns e as a page.Node: a true nil interface for nil.
func node(e *Element) page.Node {
	if e == nil {
		return nil
	}
	return e
}

// QueryOne returns the first descendant element matching the selector, or
// nil (also for an invalid selector).
func (e *Element) QueryOne(selector string) page.Node {
	s := compile(selector)
	if s == nil {
		return nil
	}
	els := e.tree.els
	for i := e.idx + 1; i < e.end; i++ {
		if s.match(&els[i]) {
			return &els[i]
		}
	}
	return nil
}

// QueryAll returns the descendant elements matching the selector, in
// document order (none for an invalid selector).
func (e *Element) QueryAll(selector string) []page.Node {
	s := compile(selector)
	if s == nil {
		return nil
	}
	var out []page.Node
	els := e.tree.els
	for i := e.idx + 1; i < e.end; i++ {
		if s.match(&els[i]) {
			out = append(out, &els[i])
		}
	}
	return out
}

// Closest returns the nearest element, the element itself or an
// ancestor, matching the selector, or nil.
func (e *Element) Closest(selector string) page.Node {
	s := compile(selector)
	if s == nil {
		return nil
	}
	for n := e; n != nil && n.idx > 0; n = n.parent {
		if s.match(n) {
			return n
		}
	}
	return nil
}

// ClosestIn is Closest within top: the nearest of the element and its
// ancestors up to top (top included) that matches, or nil; the climb stops
// at top, so that a card's reads cost the card's depth, not the page's.
// With top nil (or not an ancestor) it is Closest. As htmlnode's.
func (e *Element) ClosestIn(selector string, top page.Node) page.Node {
	s := compile(selector)
	if s == nil {
		return nil
	}
	t, _ := top.(*Element)
	for n := e; n != nil && n.idx > 0; n = n.parent {
		if s.match(n) {
			return n
		}
		if n == t {
			break
		}
	}
	return nil
}

// Parent returns the parent element, or nil at the top (the document has
// no parent; the snapshot's root element's parent is the document).
func (e *Element) Parent() page.Node { return node(e.parent) }

// HiddenIn reports whether the element, or one of its ancestors below top,
// is hidden (page.Hidden): the page does not show it, whatever top's own
// state. With top nil (or not an ancestor), every ancestor counts.
func (e *Element) HiddenIn(top page.Node) bool {
	t, _ := top.(*Element)
	for n := e; n != nil && n != t; n = n.parent {
		if n.hidden {
			return true
		}
	}
	return false
}

// Text returns the text the element shows: the text of every descendant
// text node, in document order, as the DOM's textContent does, except
// inside descendants the page hides (page.Hidden) and inside script,
// style, template and noscript. The element's own state does not count.
// The rules are package htmlnode's.
func (e *Element) Text() string {
	items := e.tree.items
	start := e.first + 1
	if e.idx == 0 {
		start = 0
	}
	var one string // the text while there is only one piece
	var b strings.Builder
	pieces := 0
	for i := start; i < e.stop; i++ {
		it := &items[i]
		if it.el != nil {
			if it.el.hidden || it.el.noText {
				i = it.el.stop - 1
			}
			continue
		}
		switch pieces {
		case 0:
			one = it.text
		case 1:
			b.WriteString(one)
			b.WriteString(it.text)
		default:
			b.WriteString(it.text)
		}
		pieces++
	}
	if pieces < 2 {
		return one
	}
	return b.String()
}

// Attr returns an attribute's value and whether the element has it. Names
// are matched without regard to case, as HTML attribute names are.
func (e *Element) Attr(name string) (string, bool) {
	for _, a := range e.attrs {
		if a.Key == name {
			return a.Val, true
		}
	}
	if lower(name) != name {
		name = lower(name)
		for _, a := range e.attrs {
			if a.Key == name {
				return a.Val, true
			}
		}
	}
	return "", false
}

// Tag returns the lower-case element name, or "" for the document.
func (e *Element) Tag() string { return e.tag }

// Attrs returns the element's attributes in the snapshot's order
// (page.Outliner).
func (e *Element) Attrs() []page.Attr {
	out := make([]page.Attr, len(e.attrs))
	for i, a := range e.attrs {
		out[i] = page.Attr{Name: a.Key, Value: a.Val}
	}
	return out
}

// Children returns the element's child elements and texts in order
// (page.Outliner).
func (e *Element) Children() []page.Child {
	items := e.tree.items
	var out []page.Child
	start, stop := e.first+1, e.stop
	if e.idx == 0 {
		start = 0
	}
	for i := start; i < stop; {
		if c := items[i].el; c != nil {
			out = append(out, page.Child{El: c})
			i = c.stop
			continue
		}
		out = append(out, page.Child{Text: items[i].text})
		i++
	}
	return out
}
