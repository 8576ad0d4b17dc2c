//go:build js && wasm && legacy && !pages

package main

// Why the live Node uses raw syscall/js rather than honnef.co/go/js/dom/v2:
// this file keeps a page.Node over dom/v2, checks that it reads the same
// cards as domNode, and measures both. dom/v2 wraps every element it
// returns through a long type switch, which makes the adapters' many
// narrow queries 2.5 times slower (BenchmarkNodeRaw ≈ 1,900 cards/s,
// BenchmarkNodeDomV2 ≈ 770 cards/s in headless Chromium), and linking it
// adds about 1 MB raw and 137 KB gzip to core.wasm (measured on a minimal
// program), which the 900 KB gzip budget (DESIGN §8) cannot afford. It is
// linked into tests only.
//
//	GOOS=js GOARCH=wasm go test -run '^$' -bench Node -exec="$(go env GOPATH)/bin/wasmbrowsertest" ./wasm/

import (
	"strconv"
	"strings"
	"testing"

	"honnef.co/go/js/dom/v2"

	"github.com/vetted/vetted/core/page"
)

// domv2Node is a page.Node over dom/v2, for comparison only.
type domv2Node struct{ el dom.Element }

func wrapV2(el dom.Element) page.Node {
	if el == nil {
		return nil
	}
	return domv2Node{el}
}

func (d domv2Node) QueryOne(selector string) page.Node {
	return wrapV2(d.el.QuerySelector(selector))
}

func (d domv2Node) QueryAll(selector string) []page.Node {
	els := d.el.QuerySelectorAll(selector)
	if len(els) == 0 {
		return nil
	}
	out := make([]page.Node, len(els))
	for i, el := range els {
		out[i] = domv2Node{el}
	}
	return out
}

func (d domv2Node) Closest(selector string) page.Node {
	return wrapV2(d.el.Closest(selector))
}

func (d domv2Node) Text() string { return d.el.TextContent() }

func (d domv2Node) Attr(name string) (string, bool) {
	if !d.el.HasAttribute(name) {
		return "", false
	}
	return d.el.GetAttribute(name), true
}

func (d domv2Node) Tag() string { return strings.ToLower(d.el.TagName()) }

// cardList mounts n LinkedIn-like cards in a list and returns the box;
// the caller removes it.
func cardList(n int) dom.Element {
	var b strings.Builder
	b.WriteString(`<main><div class="list">`)
	for i := 0; i < n; i++ {
		k := strconv.Itoa(i)
		b.WriteString(cardMarkup("urn:li:invitation:"+k, "Person"+k+" Example", `<p>`+k+` mutual connections</p>`))
	}
	b.WriteString(`</div></main>`)
	box := create("div", "data-test-fixture", "cards")
	parsed := global.Get("DOMParser").New().Call("parseFromString", b.String(), "text/html")
	box.Call("append", parsed.Get("body").Get("firstElementChild"))
	document.Get("body").Call("appendChild", box)
	return dom.WrapElement(box)
}

func TestDomV2NodeReadsTheSameCards(t *testing.T) {
	box := cardList(12)
	defer box.Remove()
	a := page.ByID("linkedin")
	raw := a.Cards(wrap(box.Underlying()))
	v2 := a.Cards(wrapV2(box))
	if len(raw) != 12 {
		t.Fatalf("raw Node: %d cards, want 12", len(raw))
	}
	if len(v2) != len(raw) {
		t.Fatalf("dom/v2 Node: %d cards, raw Node: %d", len(v2), len(raw))
	}
	for i := range raw {
		r, v := raw[i].Card, v2[i].Card
		if r.Key != v.Key || r.Name != v.Name || r.Headline != v.Headline || r.ProfileURL != v.ProfileURL || r.Mutuals != v.Mutuals {
			t.Errorf("card %d: raw %+v, dom/v2 %+v", i, r, v)
		}
	}
}

func benchmarkNode(b *testing.B, root func(dom.Element) page.Node) {
	box := cardList(200)
	defer box.Remove()
	a := page.ByID("linkedin")
	r := root(box)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if n := len(a.Cards(r)); n != 200 {
			b.Fatalf("%d cards", n)
		}
	}
	b.ReportMetric(float64(200*b.N)/b.Elapsed().Seconds(), "cards/s")
}

// BenchmarkNodeRaw reads 200 cards through the raw syscall/js Node.
func BenchmarkNodeRaw(b *testing.B) {
	benchmarkNode(b, func(e dom.Element) page.Node { return wrap(e.Underlying()) })
}

// BenchmarkNodeDomV2 reads the same 200 cards through dom/v2.
func BenchmarkNodeDomV2(b *testing.B) {
	benchmarkNode(b, func(e dom.Element) page.Node { return wrapV2(e) })
}
