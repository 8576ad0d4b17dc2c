package htmlnode

import (
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/domtree"
)

// Snapshot writes the shell's snapshot (package domtree's format) of an
// html element and its subtree, as the shell writes one of the live DOM:
// comments, doctypes and the elements marked data-vetted-badge (Vetted's
// own) are left out. Native tests and the CLI send saved pages to the
// shell's core (core/session) with it.
func Snapshot(n *html.Node) string {
	var w domtree.Writer
	snapshot(&w, n)
	return w.String()
}

func snapshot(w *domtree.Writer, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.Text(n.Data)
	case html.ElementNode:
		tag := n.Data
		if n.Namespace != "" && n.Namespace != "svg" && n.Namespace != "math" {
			tag = n.Namespace + ":" + tag
		}
		attrs := make([]domtree.Attr, len(n.Attr))
		for i, a := range n.Attr {
			k := a.Key
			if a.Namespace != "" {
				k = a.Namespace + ":" + k
			}
			attrs[i] = domtree.Attr{Key: k, Val: a.Val}
		}
		kids := children(n)
		w.Element(tag, attrs, len(kids))
		for _, c := range kids {
			snapshot(w, c)
		}
	}
}

// children are the nodes Snapshot writes under n.
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
