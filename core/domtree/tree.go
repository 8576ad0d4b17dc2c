package domtree

import (
	"errors"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// Limits on what Decode accepts, so that a hostile page cannot make the
// core build an unbounded tree.
const (
	MaxElements = 200000
	MaxDepth    = 512
)

// Tree is a decoded snapshot.
type Tree struct {
	doc *html.Node
	ids map[*html.Node]int
	els []*html.Node
}

// Root returns the document: query it as the adapters query the browser's
// document.
func (t *Tree) Root() page.Node { return htmlnode.Wrap(t.doc) }

// Len returns the number of elements.
func (t *Tree) Len() int { return len(t.els) }

// ID returns the number of the element n wraps, or -1 when n is not one of
// this tree's elements.
func (t *Tree) ID(n page.Node) int {
	h, ok := n.(htmlnode.Node)
	if !ok || h.HTML() == nil {
		return -1
	}
	if id, ok := t.ids[h.HTML()]; ok {
		return id
	}
	return -1
}

// Element returns element number id, or nil.
func (t *Tree) Element(id int) page.Node {
	if id < 0 || id >= len(t.els) {
		return nil
	}
	return htmlnode.Wrap(t.els[id])
}

// ErrBadSnapshot is the error of every malformed snapshot.
var ErrBadSnapshot = errors.New("domtree: malformed snapshot")

// Decode reads a snapshot.
func Decode(data string) (*Tree, error) {
	t := &Tree{doc: &html.Node{Type: html.DocumentNode}, ids: map[*html.Node]int{}}
	if data == "" {
		return t, nil
	}
	d := decoder{rest: data}
	type frame struct {
		n    *html.Node
		left int // children still to read
	}
	stack := []frame{{n: t.doc, left: 1}}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.left == 0 {
			stack = stack[:len(stack)-1]
			continue
		}
		top.left--
		parent := top.n
		kind, ok := d.next()
		if !ok {
			return nil, ErrBadSnapshot
		}
		switch kind {
		case "T":
			s, ok := d.next()
			if !ok {
				return nil, ErrBadSnapshot
			}
			parent.AppendChild(&html.Node{Type: html.TextNode, Data: s})
		case "E":
			tag, ok := d.next()
			if !ok || tag == "" || len(t.els) >= MaxElements || len(stack) > MaxDepth {
				return nil, ErrBadSnapshot
			}
			n := &html.Node{Type: html.ElementNode, Data: strings.ToLower(tag)}
			na, ok := d.count()
			if !ok {
				return nil, ErrBadSnapshot
			}
			if na > 0 {
				n.Attr = make([]html.Attribute, 0, na)
			}
			for range na {
				k, ok1 := d.next()
				v, ok2 := d.next()
				if !ok1 || !ok2 {
					return nil, ErrBadSnapshot
				}
				n.Attr = append(n.Attr, html.Attribute{Key: strings.ToLower(k), Val: v})
			}
			nc, ok := d.count()
			if !ok {
				return nil, ErrBadSnapshot
			}
			parent.AppendChild(n)
			t.ids[n] = len(t.els)
			t.els = append(t.els, n)
			if nc > 0 {
				stack = append(stack, frame{n: n, left: nc})
			}
		default:
			return nil, ErrBadSnapshot
		}
	}
	if d.rest != "" || !d.done {
		return nil, ErrBadSnapshot
	}
	return t, nil
}

// decoder splits the snapshot's fields one at a time.
type decoder struct {
	rest string
	done bool // the last field was read
}

func (d *decoder) next() (string, bool) {
	if d.done {
		return "", false
	}
	i := strings.IndexByte(d.rest, 0)
	if i < 0 {
		f := d.rest
		d.rest, d.done = "", true
		return f, true
	}
	f := d.rest[:i]
	d.rest = d.rest[i+1:]
	return f, true
}

func (d *decoder) count() (int, bool) {
	f, ok := d.next()
	if !ok || f == "" || len(f) > 7 {
		return 0, false
	}
	n, err := strconv.Atoi(f)
	if err != nil || n < 0 || n > len(d.rest) {
		return 0, false
	}
	return n, true
}

// Encode writes the snapshot of an html element and its subtree, as the
// shell does: comments, doctypes and the contents of elements marked
// data-vetted-badge (Vetted's own) are left out, the marked element too.
func Encode(n *html.Node) string {
	var b strings.Builder
	encode(&b, n, true)
	return b.String()
}

func encode(b *strings.Builder, n *html.Node, first bool) {
	sep := func() {
		if !first {
			b.WriteByte(0)
		}
		first = false
	}
	switch n.Type {
	case html.TextNode:
		sep()
		b.WriteString("T\x00")
		b.WriteString(clean(n.Data))
	case html.ElementNode:
		sep()
		b.WriteString("E\x00")
		tag := n.Data
		if n.Namespace != "" && n.Namespace != "svg" && n.Namespace != "math" {
			tag = n.Namespace + ":" + tag
		}
		b.WriteString(tag)
		b.WriteByte(0)
		b.WriteString(strconv.Itoa(len(n.Attr)))
		for _, a := range n.Attr {
			b.WriteByte(0)
			k := a.Key
			if a.Namespace != "" {
				k = a.Namespace + ":" + k
			}
			b.WriteString(k)
			b.WriteByte(0)
			b.WriteString(clean(a.Val))
		}
		kids := children(n)
		b.WriteByte(0)
		b.WriteString(strconv.Itoa(len(kids)))
		for _, c := range kids {
			b.WriteByte(0)
			encode(b, c, true)
		}
	}
}

// children are the nodes Encode writes under n.
func children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			out = append(out, c)
		case html.ElementNode:
			if !vettedOwn(c) {
				out = append(out, c)
			}
		}
	}
	return out
}

func vettedOwn(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "data-vetted-badge" {
			return true
		}
	}
	return false
}

func clean(s string) string {
	if strings.IndexByte(s, 0) >= 0 {
		return strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	return s
}
