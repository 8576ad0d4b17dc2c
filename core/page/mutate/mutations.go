package mutate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// wrap puts every other content element of the body in an extra div.
func wrap(doc *html.Node, _ *page.Adapter, _ []*html.Node) {
	i := 0
	elements(doc, func(n *html.Node) {
		switch n.DataAtom {
		case atom.Html, atom.Head, atom.Body, atom.Li, atom.Tr, atom.Td, atom.Th, atom.Tbody, atom.Option, atom.Title:
			return
		}
		if !inBody(n) || n.Parent == nil {
			return
		}
		if i++; i%2 == 0 {
			return
		}
		w := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
		n.Parent.InsertBefore(w, n)
		n.Parent.RemoveChild(n)
		w.AppendChild(n)
	})
}

// stripAttrs removes the attributes drop names from every element.
func stripAttrs(drop func(string) bool) func(*html.Node, *page.Adapter, []*html.Node) {
	return func(doc *html.Node, _ *page.Adapter, _ []*html.Node) {
		elements(doc, func(n *html.Node) { delAttr(n, drop) })
	}
}

// dropLabels removes aria-labels from elements that show text.
func dropLabels(doc *html.Node, _ *page.Adapter, _ []*html.Node) {
	elements(doc, func(n *html.Node) {
		if strings.TrimSpace(htmlnode.Wrap(n).Text()) != "" {
			delAttr(n, func(k string) bool { return k == "aria-label" })
		}
	})
}

// rename gives divs, spans and paragraphs custom tag names, as
// component frameworks render them.
func rename(doc *html.Node, _ *page.Adapter, _ []*html.Node) {
	elements(doc, func(n *html.Node) {
		if !inBody(n) {
			return
		}
		switch n.DataAtom {
		case atom.Div:
			n.Data, n.DataAtom = "x-box", 0
		case atom.Span:
			n.Data, n.DataAtom = "x-text", 0
		case atom.P:
			n.Data, n.DataAtom = "x-line", 0
		}
	})
}

// isControl reports whether an element is a button-like control.
func isControl(n *html.Node) bool {
	if n.DataAtom == atom.Button {
		return true
	}
	r, _ := attr(n, "role")
	return r == "button"
}

// reorder reverses the order of sibling controls (Ignore, Accept →
// Accept, Ignore).
func reorder(doc *html.Node, _ *page.Adapter, _ []*html.Node) {
	elements(doc, func(n *html.Node) {
		var ctrls []*html.Node
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && isControl(c) {
				ctrls = append(ctrls, c)
			}
		}
		if len(ctrls) < 2 {
			return
		}
		for _, c := range ctrls {
			n.RemoveChild(c)
		}
		for i := len(ctrls) - 1; i >= 0; i-- {
			n.AppendChild(ctrls[i])
		}
	})
}

// hiddenNode returns an element the page hides, holding text.
func hiddenNode(tag string, attrs []html.Attribute, text string) *html.Node {
	n := &html.Node{Type: html.ElementNode, Data: tag, DataAtom: atom.Lookup([]byte(tag)), Attr: attrs}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	return n
}

// decoyText puts hidden status and error messages first in every
// element of every card that holds text directly, hidden each of the ways
// pages hide them.
func decoyText(_ *html.Node, _ *page.Adapter, cards []*html.Node) {
	ways := [][]html.Attribute{
		{{Key: "hidden"}},
		{{Key: "aria-hidden", Val: "true"}},
		{{Key: "style", Val: "display: none"}},
		{{Key: "class", Val: "hidden"}},
	}
	texts := []string{"Something went wrong", "Request removed", "3 mutual connections", "Yesterday"}
	i := 0
	for _, c := range cards {
		elements(c, func(n *html.Node) {
			if n.FirstChild == nil || n.FirstChild.Type != html.TextNode || strings.TrimSpace(n.FirstChild.Data) == "" {
				return
			}
			n.InsertBefore(hiddenNode("span", append([]html.Attribute(nil), ways[i%len(ways)]...), texts[i%len(texts)]+" "), n.FirstChild)
			i++
		})
	}
}

// decoyControls puts a hidden copy of every control of every card before
// it, labelled for someone else.
func decoyControls(_ *html.Node, _ *page.Adapter, cards []*html.Node) {
	for _, c := range cards {
		elements(c, func(n *html.Node) {
			if !isControl(n) && n.DataAtom != atom.A {
				return
			}
			d := &html.Node{Type: html.ElementNode, Data: n.Data, DataAtom: n.DataAtom, Attr: append([]html.Attribute(nil), n.Attr...)}
			setAttr(d, "hidden", "")
			if l, ok := attr(d, "aria-label"); ok {
				setAttr(d, "aria-label", strings.Replace(l, " ", " Decoy Person ", 1))
			}
			d.AppendChild(&html.Node{Type: html.TextNode, Data: "Decoy Person"})
			n.Parent.InsertBefore(d, n)
		})
	}
}

// buckets moves the second half of the cards into a copy of their list,
// hidden, right after it: a second bucket the page shows later.
func buckets(_ *html.Node, _ *page.Adapter, cards []*html.Node) {
	if len(cards) < 2 {
		return
	}
	list := cards[0].Parent
	for list != nil && !holdsAll(list, cards) {
		list = list.Parent
	}
	if list == nil || list.Parent == nil {
		return
	}
	bucket := &html.Node{Type: html.ElementNode, Data: list.Data, DataAtom: list.DataAtom, Namespace: list.Namespace,
		Attr: append([]html.Attribute(nil), list.Attr...)}
	setAttr(bucket, "hidden", "")
	list.Parent.InsertBefore(bucket, list.NextSibling)
	for _, c := range cards[len(cards)/2:] {
		// The card, or the ancestor of it that is the list's child.
		top := c
		for top.Parent != nil && top.Parent != list {
			top = top.Parent
		}
		if top.Parent == list {
			list.RemoveChild(top)
			bucket.AppendChild(top)
		}
	}
}

func holdsAll(n *html.Node, cards []*html.Node) bool {
	for _, c := range cards {
		in := false
		for p := c; p != nil; p = p.Parent {
			if p == n {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	return true
}

// translate relabels every Accept and Ignore control of the cards in a
// language of the adapter's verb table: its text, and its aria-label,
// naming the same person where the table's label patterns can.
func translate(lang string) func(*html.Node, *page.Adapter, []*html.Node) {
	return func(_ *html.Node, a *page.Adapter, cards []*html.Node) {
		for _, c := range cards {
			cn := htmlnode.Wrap(c)
			for _, ctrl := range []page.Control{page.Accept, page.Ignore} {
				el := a.Control(cn, ctrl)
				if el == nil {
					continue
				}
				v := verb(a, lang, ctrl)
				if v == nil {
					continue
				}
				n := el.(htmlnode.Node).HTML()
				name := a.ControlNames(el)
				word := capital(v.Words[0])
				if _, ok := attr(n, "aria-label"); ok {
					label := word
					if name != "" && len(v.Labels) > 0 {
						label = v.Labels[0].Prefix + name + v.Labels[0].Suffix
					}
					setAttr(n, "aria-label", label)
				}
				setText(n, word)
			}
		}
	}
}

// capital upper-cases a word's first letter.
func capital(w string) string {
	r, size := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[size:]
}

// verb returns the adapter's verb entry for a language and control.
func verb(a *page.Adapter, lang string, c page.Control) *page.Verb {
	for i := range a.Verbs {
		if a.Verbs[i].Lang == lang && a.Verbs[i].Control == c {
			return &a.Verbs[i]
		}
	}
	return nil
}

// setText replaces the text of an element's deepest text node that holds
// any, keeping its structure.
func setText(n *html.Node, text string) {
	var last *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				if last == nil {
					last = c
				} else {
					c.Data = ""
				}
			}
			walk(c)
		}
	}
	walk(n)
	if last != nil {
		last.Data = text
		return
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
}
