package domtree

import (
	"strings"

	"github.com/vetted/vetted/core/page"
)

// Skeleton returns an element's markup with nothing of the people in it
// (page.AnonymousAttr, page.Placeholder): what a user may copy into a bug
// report when a card could not be read. It is written as package
// htmlnode's Skeleton writes it (html.Render's escaping, void elements
// closed with "/>"). "" for a Node that is not this package's.
func Skeleton(n page.Node) string {
	e, ok := n.(*Element)
	if !ok || e == nil {
		return ""
	}
	var b strings.Builder
	t := e.tree
	if e.idx == 0 {
		for i := int32(0); i < e.stop; {
			i = skeleton(&b, t, i)
		}
	} else {
		skeleton(&b, t, e.first)
	}
	return b.String()
}

// voidElements have no end tag.
var voidElements = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "keygen": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true}

// skeleton writes the item at i and its subtree, returning the index past it.
func skeleton(b *strings.Builder, t *Tree, i int32) int32 {
	it := &t.items[i]
	if it.el == nil {
		escape(b, page.Placeholder(it.text))
		return i + 1
	}
	e := it.el
	b.WriteByte('<')
	b.WriteString(e.tag)
	for _, a := range e.attrs {
		b.WriteByte(' ')
		b.WriteString(a.Key)
		b.WriteString(`="`)
		escape(b, page.AnonymousAttr(a.Key, a.Val))
		b.WriteByte('"')
	}
	if voidElements[e.tag] {
		b.WriteString("/>")
		return e.stop
	}
	b.WriteByte('>')
	for j := e.first + 1; j < e.stop; {
		j = skeleton(b, t, j)
	}
	b.WriteString("</")
	b.WriteString(e.tag)
	b.WriteByte('>')
	return e.stop
}

// escape writes text with the characters that would be markup escaped.
func escape(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '&':
			b.WriteString("&amp;")
		case '\'':
			b.WriteString("&#39;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\r':
			b.WriteString("&#13;")
		default:
			b.WriteByte(c)
		}
	}
}
