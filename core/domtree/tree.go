package domtree

import (
	"errors"
	"strings"

	"github.com/vetted/vetted/core/page"
)

// Limits on what Decode accepts, so that a hostile page cannot make the
// core build an unbounded tree.
const (
	MaxElements = 200000
	MaxDepth    = 512
)

// Tree is a decoded snapshot.
type Tree struct {
	// els holds the document (els[0]) and then every element in document
	// order: element number id is els[id+1]. It is allocated once, so
	// that pointers into it stay valid.
	els []Element
	// items is the document's content in document order: each element
	// where it starts, and each text.
	items []item
}

// item is one element's start (el) or one text (el nil).
type item struct {
	_    [0]func() // not comparable: no generated equality function (core.wasm's size)
	el   *Element
	text string
}

// Attr is one attribute of an element: its lower-case name (with its
// prefix: "xlink:href") and its value.
type Attr struct {
	_        [0]func() // not comparable: no generated equality function (core.wasm's size)
	Key, Val string
}

// Element is an element of a Tree, or the tree's document: a page.Node
// and a page.Walker. Two Elements are the same element when they are the
// same pointer.
type Element struct {
	tree   *Tree
	tag    string // lower-case; "" for the document
	attrs  []Attr
	parent *Element // nil for the document
	prev   *Element // the previous element sibling, or nil
	idx    int32    // index in tree.els: the element's number + 1
	end    int32    // index in tree.els past the last descendant
	first  int32    // index of the element's own item in tree.items (-1: the document)
	stop   int32    // index in tree.items past the element's content
	hidden bool     // page.Hidden: the page hides the element itself
	noText bool     // script, style, template, noscript: no shown text
}

// Root returns the document: query it as the adapters query the browser's
// document.
func (t *Tree) Root() page.Node { return &t.els[0] }

// Len returns the number of elements.
func (t *Tree) Len() int { return len(t.els) - 1 }

// ID returns the number of the element n is, or -1 when n is not one of
// this tree's elements.
func (t *Tree) ID(n page.Node) int {
	e, ok := n.(*Element)
	if !ok || e == nil || e.tree != t || e.idx == 0 {
		return -1
	}
	return int(e.idx) - 1
}

// Element returns element number id, or nil.
func (t *Tree) Element(id int) page.Node {
	if id < 0 || id >= len(t.els)-1 {
		return nil
	}
	return &t.els[id+1]
}

// ErrBadSnapshot is the error of every malformed snapshot.
var ErrBadSnapshot = errors.New("domtree: malformed snapshot")

// Decode reads a snapshot.
func Decode(data string) (*Tree, error) {
	// Every element's "E" field is at the start or after a NUL, and is
	// followed by one: an upper bound on the elements, so that els is
	// allocated once.
	most := strings.Count(data, "\x00E\x00") + 1
	if most > MaxElements {
		most = MaxElements
	}
	if data == "" {
		most = 0
	}
	t := &Tree{els: make([]Element, 1, most+1)}
	doc := &t.els[0]
	doc.tree, doc.first = t, -1
	if data == "" {
		return t, nil
	}
	t.items = make([]item, 0, 2*most)
	d := decoder{rest: data}
	type frame struct {
		e    *Element
		left int      // children still to read
		last *Element // the last element child read
	}
	stack := []frame{{e: doc, left: 1}}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.left == 0 {
			top.e.end = int32(len(t.els))
			top.e.stop = int32(len(t.items))
			stack = stack[:len(stack)-1]
			continue
		}
		top.left--
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
			t.items = append(t.items, item{text: s})
		case "E":
			tag, ok := d.next()
			if !ok || tag == "" || len(t.els) > MaxElements || len(stack) > MaxDepth || len(t.els) == cap(t.els) {
				return nil, ErrBadSnapshot
			}
			na, ok := d.count()
			if !ok {
				return nil, ErrBadSnapshot
			}
			t.els = append(t.els, Element{tree: t, tag: lower(tag), parent: top.e, prev: top.last,
				idx: int32(len(t.els)), first: int32(len(t.items))})
			e := &t.els[len(t.els)-1]
			top.last = e
			if na > 0 {
				e.attrs = make([]Attr, 0, na)
			}
			for range na {
				k, ok1 := d.next()
				v, ok2 := d.next()
				if !ok1 || !ok2 {
					return nil, ErrBadSnapshot
				}
				k = lower(k)
				e.attrs = append(e.attrs, Attr{Key: k, Val: v})
				if !e.hidden && page.HidingAttr(k, v) {
					e.hidden = true
				}
			}
			switch e.tag {
			case "script", "style", "template", "noscript":
				e.noText = true
			}
			nc, ok := d.count()
			if !ok {
				return nil, ErrBadSnapshot
			}
			t.items = append(t.items, item{el: e})
			if nc > 0 {
				stack = append(stack, frame{e: e, left: nc})
			} else {
				e.end = int32(len(t.els))
				e.stop = int32(len(t.items))
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

// lower is strings.ToLower without a copy for the usual lower-case name.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
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
	n := 0
	for i := 0; i < len(f); i++ { // digits only (strconv.Atoi would link its error's quoting)
		if f[i] < '0' || f[i] > '9' {
			return 0, false
		}
		n = n*10 + int(f[i]-'0')
	}
	if n > len(d.rest) {
		return 0, false
	}
	return n, true
}
