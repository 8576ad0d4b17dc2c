//go:build js && wasm && legacy && !pages

package main

import (
	"strings"
	"syscall/js"

	"github.com/vetted/vetted/core/page"
)

// badgeSelector matches Vetted's own elements. The live Node hides them
// from the adapters: a query never returns an element inside a badge and a
// card's text never includes the badge's text, so a rescan reads the page
// exactly as the site drew it and never finds Vetted's own buttons.
const badgeSelector = "[data-vetted-badge]"

// domNode is a page.Node over a live DOM element. clean: the element is
// known to hold none of Vetted's badges (checked once for a card, and
// true of everything inside it), so its queries need no filtering.
type domNode struct {
	v     js.Value
	clean bool
}

// wrap returns a page.Node for a JavaScript element, or a true nil
// interface for null, undefined or a non-element.
func wrap(v js.Value) page.Node {
	if !isElement(v) {
		return nil
	}
	return domNode{v: v}
}

func isElement(v js.Value) bool {
	return v.Type() == js.TypeObject && v.Get("nodeType").Int() == 1
}

// element returns the JavaScript element of a Node made by wrap, or
// undefined for any other Node.
func element(n page.Node) js.Value {
	if d, ok := n.(domNode); ok {
		return d.v
	}
	return js.Undefined()
}

// insideBadge reports whether an element is one of Vetted's or inside one.
func insideBadge(v js.Value) bool {
	c, ok := call(v, "closest", badgeSelector)
	return ok && !c.IsNull()
}

// badgesDrawn counts the badges Vetted has put in the page. While it is
// zero (the first scan) no query needs filtering, which halves its cost.
var badgesDrawn int

// hasBadge reports whether an element contains one of Vetted's badges.
func (d domNode) hasBadge() bool {
	if badgesDrawn == 0 || d.clean {
		return false
	}
	c, ok := call(d.v, "querySelector", badgeSelector)
	return ok && !c.IsNull()
}

func (d domNode) QueryOne(selector string) page.Node {
	if !d.hasBadge() {
		r, ok := call(d.v, "querySelector", selector)
		if !ok || !isElement(r) {
			return nil
		}
		return domNode{v: r, clean: d.clean}
	}
	for _, n := range d.QueryAll(selector) {
		return n
	}
	return nil
}

func (d domNode) QueryAll(selector string) []page.Node {
	list, ok := call(d.v, "querySelectorAll", selector)
	if !ok {
		return nil
	}
	n := list.Length()
	if n == 0 {
		return nil
	}
	filter := d.hasBadge()
	out := make([]page.Node, 0, n)
	for i := 0; i < n; i++ {
		el := list.Index(i)
		if filter && insideBadge(el) {
			continue
		}
		out = append(out, domNode{v: el, clean: d.clean})
	}
	return out
}

func (d domNode) Closest(selector string) page.Node {
	r, ok := call(d.v, "closest", selector)
	if !ok {
		return nil
	}
	return wrap(r)
}

func (d domNode) Text() string {
	t := d.v.Get("textContent").String()
	if !d.hasBadge() {
		return t
	}
	// The badge is normally the card's last child: cut its text off the
	// end; otherwise walk the tree and skip Vetted's elements.
	if last := d.v.Get("lastElementChild"); isElement(last) && last.Call("hasAttribute", "data-vetted-badge").Bool() {
		if bt := last.Get("textContent").String(); strings.HasSuffix(t, bt) {
			return t[:len(t)-len(bt)]
		}
	}
	var b strings.Builder
	textWithout(d.v, &b)
	return b.String()
}

// textWithout appends the text of v's descendants, skipping Vetted's badges.
func textWithout(v js.Value, b *strings.Builder) {
	for c := v.Get("firstChild"); !c.IsNull() && !c.IsUndefined(); c = c.Get("nextSibling") {
		switch c.Get("nodeType").Int() {
		case 3, 4: // text, CDATA
			b.WriteString(c.Get("data").String())
		case 1:
			if !c.Call("hasAttribute", "data-vetted-badge").Bool() {
				textWithout(c, b)
			}
		}
	}
}

func (d domNode) Attr(name string) (string, bool) {
	r, ok := call(d.v, "getAttribute", name)
	if !ok || r.IsNull() || r.IsUndefined() {
		return "", false
	}
	return r.String(), true
}

func (d domNode) Tag() string {
	return strings.ToLower(d.v.Get("localName").String())
}
