package domtree

import (
	"strconv"
	"strings"
)

// Writer writes a snapshot in the format Decode reads, as the shell
// writes one of the live DOM: an element (Element) is followed by its
// children, each written in turn. NUL in a name, value or text becomes
// U+FFFD. Package htmlnode writes saved pages with it (htmlnode.Snapshot).
type Writer struct {
	b     strings.Builder
	begun bool
}

func (w *Writer) field(s string) {
	if w.begun {
		w.b.WriteByte(0)
	}
	w.begun = true
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "\uFFFD")
	}
	w.b.WriteString(s)
}

// Element writes an element's start: its tag, its attributes and how
// many children follow.
func (w *Writer) Element(tag string, attrs []Attr, children int) {
	w.field("E")
	w.field(tag)
	w.field(strconv.Itoa(len(attrs)))
	for _, a := range attrs {
		w.field(a.Key)
		w.field(a.Val)
	}
	w.field(strconv.Itoa(children))
}

// Text writes a text node.
func (w *Writer) Text(s string) {
	w.field("T")
	w.field(s)
}

// String returns the snapshot written.
func (w *Writer) String() string { return w.b.String() }

// Encode writes the snapshot of an element of a decoded tree and its
// subtree: Decode(Encode(e)) is the same tree, numbered from e.
func Encode(e *Element) string {
	var w Writer
	if e == nil {
		return ""
	}
	if e.idx == 0 { // the document: its content
		if e.stop > 0 {
			encode(&w, e.tree, 0)
		}
		return w.String()
	}
	encode(&w, e.tree, e.first)
	return w.String()
}

// encode writes the item at i and its subtree, returning the index past it.
func encode(w *Writer, t *Tree, i int32) int32 {
	it := &t.items[i]
	if it.el == nil {
		w.Text(it.text)
		return i + 1
	}
	e := it.el
	kids := 0
	for j := e.first + 1; j < e.stop; kids++ {
		if c := t.items[j].el; c != nil {
			j = c.stop
		} else {
			j++
		}
	}
	w.Element(e.tag, e.attrs, kids)
	for j := e.first + 1; j < e.stop; {
		j = encode(w, t, j)
	}
	return e.stop
}
