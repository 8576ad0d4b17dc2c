package page

import "strings"

// Walker is a Node that can also step to its parent and tell hidden
// elements; two Walkers are the same element when they are == (package
// htmlnode's Nodes are Walkers: the saved pages of the CLI and the
// shell's snapshots). Reading uses it to stay linear in the page, to find
// cards from their controls and to leave hidden text out; a Node that is
// not a Walker is read through its selectors alone.
type Walker interface {
	Node
	// Parent returns the parent element, or nil at the top.
	Parent() Node
	hider
}

// hider is a Node that can tell hidden elements.
type hider interface {
	// HiddenIn reports whether the element, or an ancestor of it below
	// top, is Hidden; top's own state and what is above it do not count.
	HiddenIn(top Node) bool
}

// hiddenClasses are class names that sites give to elements they do not
// show (status and error messages kept in the card until needed). Classes
// for screen-reader-only text (visually-hidden, sr-only) are not here: a
// screen reader reads that text, so it is part of what the page says.
var hiddenClasses = []string{"hidden", "hidden_elem", "hide", "is-hidden", "u-hidden", "d-none", "display-none", "invisible"}

// Hidden reports whether the page hides an element itself: the hidden
// attribute, aria-hidden="true", an inline style with display:none or
// visibility:hidden, or one of the hiding classes sites use. Where the
// element sits (inside a hidden list) is not asked: see Walker.HiddenIn.
func Hidden(el Node) bool {
	for _, name := range hidingAttrs {
		if v, ok := el.Attr(name); ok && HidingAttr(name, v) {
			return true
		}
	}
	return false
}

// hidingAttrs are the attributes that can hide an element.
var hidingAttrs = []string{"hidden", "aria-hidden", "style", "class"}

// HidingAttr reports whether one attribute (its lower-case name and its
// value) hides its element, as Hidden tells: for Nodes that read their
// attributes in one pass.
func HidingAttr(name, v string) bool {
	switch name {
	case "hidden":
		return true
	case "aria-hidden":
		return strings.EqualFold(strings.TrimSpace(v), "true")
	case "style":
		return v != "" && hidingStyle(v)
	case "class":
		for v != "" {
			for v != "" && isSpaceByte(v[0]) {
				v = v[1:]
			}
			var c string
			c, v, _ = strings.Cut(v, " ")
			for c != "" && isSpaceByte(c[len(c)-1]) && c[len(c)-1] != ' ' {
				c = c[:len(c)-1]
			}
			if hidingClass(c) {
				return true
			}
		}
	}
	return false
}

// isSpaceByte reports whether a byte is HTML's ASCII whitespace.
func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// hidingFirst holds the first bytes (lower-case ASCII) of hiddenClasses.
var hidingFirst = firstBytes(hiddenClasses)

// firstBytes returns the set of the words' first bytes, in lower case.
func firstBytes(words []string) (set [128]bool) {
	for _, w := range words {
		if w != "" && w[0] < 0x80 {
			set[lowerASCII(w[0])] = true
		}
	}
	return set
}

// lowerASCII returns an ASCII byte in lower case.
func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// hidingClass reports whether one class name is one of hiddenClasses,
// ignoring case. A name whose first byte (ASCII) starts none of them is
// turned away without comparing: most class names on a page.
func hidingClass(c string) bool {
	if c == "" || c[0] < 0x80 && !hidingFirst[lowerASCII(c[0])] {
		return false
	}
	for _, h := range hiddenClasses {
		if strings.EqualFold(c, h) {
			return true
		}
	}
	return false
}

// hidingStyle reports whether an inline style hides its element.
func hidingStyle(style string) bool {
	for _, decl := range strings.Split(style, ";") {
		prop, val, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		prop = strings.ToLower(strings.TrimSpace(prop))
		val = strings.ToLower(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(val), "!important")))
		if prop == "display" && val == "none" || prop == "visibility" && (val == "hidden" || val == "collapse") {
			return true
		}
	}
	return false
}

// hiddenInCard reports whether an element of a card is hidden within it.
// Only Walkers can tell; other Nodes show everything.
func hiddenInCard(el, cardNode Node) bool {
	h, ok := el.(hider)
	if !ok {
		return false
	}
	if s, ok := cardNode.(*scope); ok {
		cardNode = s.Node
	}
	if s, ok := cardNode.(*snapshot); ok {
		cardNode = s.live
	}
	return h.HiddenIn(cardNode)
}

// closestIn is el.Closest(sel) within the card: Nodes that can stop at the
// card (htmlnode's ClosestIn) do, so that reading a card costs the card's
// depth and not the page's; others climb as Closest does.
func closestIn(el Node, sel string, cardNode Node) Node {
	c, ok := el.(interface {
		ClosestIn(sel string, top Node) Node
	})
	if !ok {
		return el.Closest(sel)
	}
	if s, ok := cardNode.(*scope); ok {
		cardNode = s.Node
	}
	if s, ok := cardNode.(*snapshot); ok {
		cardNode = s.live
	}
	return c.ClosestIn(sel, cardNode)
}
