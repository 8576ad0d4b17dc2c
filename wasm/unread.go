//go:build js && wasm && !pages && !hosted

package main

import (
	"syscall/js"

	"github.com/vetted/vetted/core/page"
)

// unread answers the popup's "could not be read" (shell.js asks through
// vettedCore.unread): how many invitations on the page no card was read
// for, and their markup skeletons (core/page: Adapter.Unread, Skeleton).
// It runs on demand, not with every scan. {count, skeletons}.
func (a *app) unread() js.Value {
	out := jsObject.New()
	out.Set("count", 0)
	out.Set("skeletons", jsArray.New())
	a.mu.Lock()
	s := a.site
	a.mu.Unlock()
	as, ok := s.(adapterSite)
	if !ok {
		return out
	}
	f := &liveForest{ids: global.Get("WeakMap").New(), nodes: map[int]*liveNode{}}
	var found []page.Found
	for _, n := range as.CardNodes(a.doc) {
		var c page.Found
		c.Node = f.of(n)
		if k := a.cardOf.Call("get", element(n)); k.Type() == js.TypeString {
			c.Card.Name = k.String() // read: its name is not needed, only that it has one
		}
		found = append(found, c)
	}
	u := as.Unread(f.of(a.doc), found)
	out.Set("count", u.Count())
	list := jsArray.New()
	for _, s := range u.Skeletons() {
		list.Call("push", s)
	}
	out.Set("skeletons", list)
	return out
}

// liveForest hands out one liveNode per live element, so that the same
// element is always the same Node (page.Walker's ==).
type liveForest struct {
	ids   js.Value // WeakMap: element → number
	nodes map[int]*liveNode
}

// of returns the liveNode of a Node made by wrap, or nil.
func (f *liveForest) of(n page.Node) page.Node {
	d, ok := n.(domNode)
	if !ok {
		return nil
	}
	id := f.ids.Call("get", d.v)
	if id.Type() == js.TypeNumber {
		return f.nodes[id.Int()]
	}
	k := len(f.nodes)
	f.ids.Call("set", d.v, k)
	l := &liveNode{domNode: d, f: f}
	f.nodes[k] = l
	return l
}

// liveNode is a live element as a page.Walker and page.Outliner, for the
// unread report only: the scan reads through domNode's selectors alone.
type liveNode struct {
	domNode
	f *liveForest
}

func (l *liveNode) QueryOne(sel string) page.Node { return l.f.of(l.domNode.QueryOne(sel)) }

func (l *liveNode) QueryAll(sel string) []page.Node {
	found := l.domNode.QueryAll(sel)
	for i, n := range found {
		found[i] = l.f.of(n)
	}
	return found
}

func (l *liveNode) Closest(sel string) page.Node { return l.f.of(l.domNode.Closest(sel)) }

// Parent returns the parent element, or nil at the top.
func (l *liveNode) Parent() page.Node { return l.f.of(wrap(l.v.Get("parentElement"))) }

// HiddenIn reports whether the element or an ancestor below top is hidden
// (page.Hidden).
func (l *liveNode) HiddenIn(top page.Node) bool {
	t, _ := top.(*liveNode)
	for x := l; x != nil && x != t; {
		if page.Hidden(x.domNode) {
			return true
		}
		x, _ = x.Parent().(*liveNode)
	}
	return false
}

// Attrs returns the element's attributes (page.Outliner).
func (l *liveNode) Attrs() []page.Attr {
	as := l.v.Get("attributes")
	n := as.Length()
	out := make([]page.Attr, 0, n)
	for i := 0; i < n; i++ {
		a := as.Index(i)
		out = append(out, page.Attr{Name: a.Get("name").String(), Value: a.Get("value").String()})
	}
	return out
}

// Children returns the element's child elements and texts, Vetted's
// badges left out (page.Outliner).
func (l *liveNode) Children() []page.Child {
	var out []page.Child
	for c := l.v.Get("firstChild"); !c.IsNull() && !c.IsUndefined(); c = c.Get("nextSibling") {
		switch c.Get("nodeType").Int() {
		case 3, 4:
			out = append(out, page.Child{Text: c.Get("data").String()})
		case 1:
			if !c.Call("hasAttribute", "data-vetted-badge").Bool() {
				out = append(out, page.Child{El: l.f.of(domNode{v: c})})
			}
		}
	}
	return out
}
