package domtree_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

func parse(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	require.NoError(t, err)
	return doc.FirstChild // <html>
}

func TestRoundTrip(t *testing.T) {
	src := `<html><body><ul id="l"><li class="c" data-k="1">Ada <b>Lovelace</b></li>` +
		`<li class="c">Bob<div data-vetted-badge=""><button>Vetted</button></div></li></ul>` +
		`<svg><image xlink:href="https://x/p.png"></image></svg></body></html>`
	tree, err := domtree.Decode(htmlnode.Snapshot(parse(t, src)))
	require.NoError(t, err)
	root := tree.Root()

	cards := root.QueryAll("li.c")
	require.Len(t, cards, 2)
	assert.Equal(t, "Ada Lovelace", cards[0].Text())
	v, ok := cards[0].Attr("data-k")
	assert.True(t, ok)
	assert.Equal(t, "1", v)
	assert.Equal(t, "Bob", cards[1].Text(), "Vetted's own badge is left out")
	assert.Nil(t, root.QueryOne("[data-vetted-badge]"))
	assert.NotNil(t, cards[0].Closest("#l"))

	img := root.QueryOne("svg image")
	require.NotNil(t, img)
	href, ok := img.Attr("xlink:href")
	assert.True(t, ok)
	assert.Equal(t, "https://x/p.png", href)

	// Elements are numbered in document order from the root.
	assert.Equal(t, 0, tree.ID(root.QueryOne("html")))
	for id := range tree.Len() {
		assert.Equal(t, id, tree.ID(tree.Element(id)))
	}
	assert.Equal(t, "ul", tree.Element(tree.ID(cards[0])-1).Tag())
	assert.Nil(t, tree.Element(tree.Len()))
	assert.Equal(t, -1, tree.ID(nil))
}

func TestHostileText(t *testing.T) {
	long := strings.Repeat("x", 100000)
	in := "E\x00div\x001\x00title\x00<script>alert(1)</script>\x002\x00T\x00" + long + "\x00T\x00\u202eevil\u200b"
	tree, err := domtree.Decode(in)
	require.NoError(t, err)
	div := tree.Element(0)
	assert.Equal(t, long+"\u202eevil\u200b", div.Text())
	v, _ := div.Attr("title")
	assert.Equal(t, "<script>alert(1)</script>", v, "markup is text, never parsed")
	assert.Nil(t, tree.Root().QueryOne("script"))
}

func TestDecodeErrors(t *testing.T) {
	for name, in := range map[string]string{
		"unknown kind":        "X\x00div",
		"missing tag":         "E",
		"missing count":       "E\x00div",
		"bad count":           "E\x00div\x00-1\x000",
		"too many attributes": "E\x00div\x009\x00a\x00b\x000",
		"missing child":       "E\x00div\x000\x002\x00T\x00a",
		"trailing fields":     "E\x00div\x000\x000\x00T\x00a",
		"empty tag":           "E\x00\x000\x000",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := domtree.Decode(in)
			assert.ErrorIs(t, err, domtree.ErrBadSnapshot)
		})
	}
	tree, err := domtree.Decode("")
	require.NoError(t, err)
	assert.Equal(t, 0, tree.Len())
}

func TestDepthLimit(t *testing.T) {
	var b strings.Builder
	for range domtree.MaxDepth + 2 {
		b.WriteString("E\x00div\x000\x001\x00")
	}
	b.WriteString("T\x00deep")
	_, err := domtree.Decode(b.String())
	assert.ErrorIs(t, err, domtree.ErrBadSnapshot)
}

func FuzzDecode(f *testing.F) {
	f.Add("E\x00div\x001\x00a\x00b\x001\x00T\x00x")
	f.Add("T\x00x")
	f.Add("E\x00ul\x001\x00class\x00hidden x\x002\x00E\x00li\x000\x001\x00T\x00a\x00E\x00li\x001\x00style\x00display:none\x000")
	f.Fuzz(func(t *testing.T, s string) {
		tree, err := domtree.Decode(s)
		if err != nil {
			return
		}
		root := tree.Root()
		root.Text()
		for id := range tree.Len() {
			el := tree.Element(id)
			if tree.ID(el) != id {
				t.Fatalf("element %d numbered %d", id, tree.ID(el))
			}
			el.Text()
			el.(page.Walker).HiddenIn(root)
		}
		// What a snapshot decodes to, encoded again, decodes to the same.
		again, err := domtree.Decode(domtree.Encode(root.(*domtree.Element)))
		if err != nil {
			t.Fatalf("re-encoded snapshot: %v", err)
		}
		if again.Len() != tree.Len() || again.Root().Text() != root.Text() {
			t.Fatalf("re-encoded snapshot differs")
		}
		for _, sel := range []string{"*", "li", "ul > li", "li + li", "li ~ li", "[class~=x]", ":not(.hidden) li"} {
			if len(root.QueryAll(sel)) != len(again.Root().QueryAll(sel)) {
				t.Fatalf("%s: re-encoded snapshot matches differently", sel)
			}
		}
	})
}

// TestClosestIn: the climb stops at top (top itself may match); without
// top it is Closest.
func TestClosestIn(t *testing.T) {
	tree, err := domtree.Decode(htmlnode.Snapshot(parse(t, `<html><body><a href="/x"><div class="card"><p><span>Jo</span></p></div></a></body></html>`)))
	require.NoError(t, err)
	span := tree.Root().QueryOne("span").(*domtree.Element)
	card := tree.Root().QueryOne(".card")
	assert.Nil(t, span.ClosestIn("a", card), "the link is above the card")
	assert.NotNil(t, span.Closest("a"))
	assert.NotNil(t, span.ClosestIn("a", nil))
	assert.Equal(t, card, span.ClosestIn("div", card), "top itself matches")
	assert.NotNil(t, span.ClosestIn("p", card))
}
