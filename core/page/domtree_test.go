package page_test

import (
	"bytes"
	"os"
	"reflect"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/page/mutate"
)

// The shell's core reads pages through package domtree's own tree and
// selector matcher; the native tests and the CLI through htmlnode
// (x/net/html and cascadia). These tests hold the two to the same reading.

// bothWays is a saved page read natively and as the shell sends it.
type bothWays struct {
	doc  *html.Node
	tree *domtree.Tree
	ids  map[*html.Node]int // the snapshot's element numbers of the html tree
}

func readBothWays(t testing.TB, src []byte) *bothWays {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(src))
	require.NoError(t, err)
	b := &bothWays{doc: doc, ids: map[*html.Node]int{}}
	var root *html.Node
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			root = c
		}
	}
	require.NotNil(t, root)
	b.tree, err = domtree.Decode(htmlnode.Snapshot(root))
	require.NoError(t, err)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		b.ids[n] = len(b.ids)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				walk(c)
			}
		}
	}
	walk(root)
	require.Equal(t, len(b.ids), b.tree.Len())
	return b
}

// number is an element's number, read either way (-1: none).
func (b *bothWays) number(n page.Node) int {
	switch n := n.(type) {
	case htmlnode.Node:
		if id, ok := b.ids[n.HTML()]; ok {
			return id
		}
		return -1
	case *recorded:
		return b.tree.ID(n.Element)
	}
	return b.tree.ID(n)
}

func (b *bothWays) numbers(ns []page.Node) []int {
	out := []int{}
	for _, n := range ns {
		out = append(out, b.number(n))
	}
	return out
}

// recorded is a domtree element that notes every selector asked of it
// (and of every element found from it).
type recorded struct {
	*domtree.Element
	sels map[string]bool
}

func (r *recorded) QueryOne(s string) page.Node {
	r.sels[s] = true
	return r.canon(r.Element.QueryOne(s))
}
func (r *recorded) Closest(s string) page.Node {
	r.sels[s] = true
	return r.canon(r.Element.Closest(s))
}
func (r *recorded) Parent() page.Node { return r.canon(r.Element.Parent()) }
func (r *recorded) QueryAll(s string) []page.Node {
	r.sels[s] = true
	l := r.Element.QueryAll(s)
	for i, n := range l {
		l[i] = r.canon(n)
	}
	return l
}
func (r *recorded) ClosestIn(s string, top page.Node) page.Node {
	r.sels[s] = true
	if t, ok := top.(*recorded); ok {
		top = t.Element
	}
	return r.canon(r.Element.ClosestIn(s, top))
}
func (r *recorded) HiddenIn(top page.Node) bool {
	if t, ok := top.(*recorded); ok {
		top = t.Element
	}
	return r.Element.HiddenIn(top)
}

// canon keeps one recorded per element, so that == still tells elements.
var canonical = map[*domtree.Element]*recorded{}

func (r *recorded) canon(n page.Node) page.Node {
	if n == nil {
		return nil
	}
	e := n.(*domtree.Element)
	if c, ok := canonical[e]; ok {
		return c
	}
	c := &recorded{e, r.sels}
	canonical[e] = c
	return c
}

// reading is everything a page's reading gives: describe's golden (the
// adapter, every card with its fields, problems and controls) and the
// element numbers of the cards, their controls and the unread.
type reading struct {
	Golden    golden
	Cards     []int
	Controls  [][]int
	List      int
	Unread    int
	Skeletons []string
}

func readAll(b *bothWays, url string, root page.Node) reading {
	r := reading{Golden: describe(url, root), List: -1}
	a, err := page.Detect(url, root)
	if err != nil {
		return r
	}
	found := a.Cards(root)
	for _, f := range found {
		r.Cards = append(r.Cards, b.number(f.Node))
		var cs []int
		for _, c := range allControls {
			cs = append(cs, b.number(a.Control(f.Node, c)))
		}
		r.Controls = append(r.Controls, cs)
	}
	if l := a.FirstList(root); l != nil {
		r.List = b.number(l)
	}
	u := a.Unread(root, found)
	r.Unread = u.Count()
	for _, n := range append(u.Controls, u.Nameless...) {
		if rn, ok := n.(*recorded); ok {
			n = rn.Element
		}
		r.Skeletons = append(r.Skeletons, page.Skeleton(n))
	}
	return r
}

// adapterSelectors are the selectors of the adapters' data: every string
// of a field that holds selectors (Sel, Need, Not, Links, Page, Lists).
func adapterSelectors() []string {
	var out []string
	var walk func(v reflect.Value, field string)
	walk = func(v reflect.Value, field string) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem(), field)
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i), v.Type().Field(i).Name)
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i), field)
			}
		case reflect.String:
			switch field {
			case "Sel", "Need", "Not", "Links", "Page", "Lists":
				out = append(out, v.String())
			}
		}
	}
	for _, a := range page.All {
		walk(reflect.ValueOf(a), "")
	}
	return out
}

// TestDomtreeReadsAsHTMLNode: every fixture page read from the shell's
// snapshot (domtree) gives what reading it natively (htmlnode) gives: the
// adapter, every card with all its fields, problems and controls, the
// same elements, the same unread and skeletons. Then every selector the
// adapters use (their data, the seed plans and every selector asked while
// reading) compiles in domtree and matches the same elements as cascadia
// on every page.
func TestDomtreeReadsAsHTMLNode(t *testing.T) {
	sels := map[string]bool{}
	type page_ struct {
		name string
		b    *bothWays
	}
	var pages []page_
	cards := 0
	for _, fx := range fixtures(t) {
		src, err := os.ReadFile(fx.path)
		require.NoError(t, err)
		b := readBothWays(t, src)
		pages = append(pages, page_{fx.dir + "/" + fx.name, b})
		native := readAll(b, fx.url, htmlnode.Wrap(b.doc))
		shell := readAll(b, fx.url, b.tree.Root())
		assert.Equal(t, native, shell, fx.path)
		rec := &recorded{b.tree.Root().(*domtree.Element), sels}
		assert.Equal(t, native, readAll(b, fx.url, rec), fx.path)
		cards += len(native.Cards)
	}
	assert.Greater(t, cards, 100, "the fixtures' cards")
	for _, s := range adapterSelectors() {
		sels[s] = true
	}
	delete(sels, "")
	list := make([]string, 0, len(sels))
	for s := range sels {
		list = append(list, s)
	}
	sort.Strings(list)
	require.Greater(t, len(list), 100, "the adapters' selectors")
	for _, s := range list {
		if !assert.NoError(t, domtree.Compile(s)) {
			continue
		}
		for _, p := range pages {
			want := p.b.numbers(htmlnode.Wrap(p.b.doc).QueryAll(s))
			got := p.b.numbers(p.b.tree.Root().QueryAll(s))
			assert.Equal(t, want, got, "%s on %s", s, p.name)
		}
	}
}

// TestDomtreeUnderMarkupChaos: the pages of the markup-chaos harness
// (core/page/mutate), every mutation on every adapter's first page, read
// both ways, give the same.
func TestDomtreeUnderMarkupChaos(t *testing.T) {
	pages, err := mutate.Load("testdata")
	require.NoError(t, err)
	seen := map[string]bool{}
	n := 0
	for _, p := range pages {
		if seen[p.Adapter] {
			continue
		}
		seen[p.Adapter] = true
		for _, m := range mutate.All() {
			src, err := mutate.Render(p, m)
			require.NoError(t, err)
			b := readBothWays(t, src)
			native := readAll(b, p.URL, htmlnode.Wrap(b.doc))
			shell := readAll(b, p.URL, b.tree.Root())
			assert.Equal(t, native, shell, "%s/%s: %s", p.Adapter, p.Name, m.Name)
			n++
		}
	}
	assert.Greater(t, n, 50)
}
