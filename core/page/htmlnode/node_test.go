package htmlnode

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
)

const doc = `<!DOCTYPE html><html><head><title>T</title><style>p{color:red}</style></head><body>
<div id="a" class="card" data-x="1">
  <p>Hello <b>big</b>
     world</p>
  <svg><image xlink:href="https://example.com/a.jpg"></image></svg>
  <button aria-label="Go">Go</button>
</div>
<div id="b" class="card"><p>Second</p></div>
<!-- comment text -->
</body></html>`

func parseDoc(t *testing.T) page.Node {
	t.Helper()
	root, err := Parse(strings.NewReader(doc))
	require.NoError(t, err)
	return root
}

func TestQueries(t *testing.T) {
	root := parseDoc(t)
	tests := []struct {
		sel  string
		want []string // ids (or tags) of the matches
	}{
		{"div.card", []string{"a", "b"}},
		{`div[data-x="1"]`, []string{"a"}},
		{"#b p", []string{"p"}},
		{"div.card, p", []string{"a", "p", "b", "p"}}, // document order
		{"nothing", nil},
		{"p:contains(", nil}, // invalid: no panic, no match
		{"[", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range root.QueryAll(tt.sel) {
			id, ok := n.Attr("id")
			if !ok {
				id = n.Tag()
			}
			got = append(got, id)
		}
		assert.Equal(t, tt.want, got, tt.sel)
		if len(tt.want) == 0 {
			assert.Nil(t, root.QueryOne(tt.sel), tt.sel)
			assert.Nil(t, root.Closest(tt.sel), tt.sel)
		}
	}
}

func TestNilIsTrueNil(t *testing.T) {
	root := parseDoc(t)
	n := root.QueryOne(".none")
	assert.True(t, n == nil, "QueryOne must return a true nil interface")
	assert.True(t, root.Closest(".none") == nil)
	assert.True(t, Wrap(nil) == nil)
}

func TestTextAttrTagClosest(t *testing.T) {
	root := parseDoc(t)
	p := root.QueryOne("#a p")
	require.NotNil(t, p)
	assert.Equal(t, "Hello big\n     world", p.Text(), "raw textContent")
	assert.Equal(t, "p", p.Tag())
	card := p.Closest(".card")
	require.NotNil(t, card)
	id, ok := card.Attr("ID")
	assert.True(t, ok)
	assert.Equal(t, "a", id)
	_, ok = card.Attr("missing")
	assert.False(t, ok)
	assert.Equal(t, "p", p.Closest("p").Tag(), "closest includes the element itself")

	img := root.QueryOne("svg image")
	require.NotNil(t, img)
	href, ok := img.Attr("xlink:href")
	assert.True(t, ok)
	assert.Equal(t, "https://example.com/a.jpg", href)
	_, ok = img.Attr("href")
	assert.False(t, ok, "like getAttribute, href does not read xlink:href")

	assert.Equal(t, "", root.Tag(), "the document has no tag")
	assert.NotContains(t, root.Text(), "comment text")
	assert.Contains(t, root.Text(), "Second")
}

func TestSelectorCacheIsConcurrent(t *testing.T) {
	root := parseDoc(t)
	done := make(chan int)
	for i := 0; i < 8; i++ {
		go func() {
			n := 0
			for j := 0; j < 200; j++ {
				n += len(root.QueryAll("div.card p"))
			}
			done <- n
		}()
	}
	for i := 0; i < 8; i++ {
		assert.Equal(t, 400, <-done)
	}
}

func TestTextLeavesOutWhatThePageHides(t *testing.T) {
	root, err := Parse(strings.NewReader(`<div id="c" hidden>Ana <span hidden>status</span><span aria-hidden="true">x</span>` +
		`<b style="display:none">err</b><i class="hidden_elem">undo</i><script>var a=1</script><template>t</template>Lee</div>`))
	require.NoError(t, err)
	c := root.QueryOne("#c")
	assert.Equal(t, "Ana Lee", c.Text(), "hidden descendants, scripts and templates are left out; the element's own hidden attribute is not asked")
	var cost Cost
	cc := Counted(c, &cost)
	cc.Text()
	assert.Equal(t, int64(len("Ana Lee")), cost.Chars)
	assert.Positive(t, cost.Visits)
	w := Counted(c, &cost).QueryOne("span").(page.Walker)
	assert.True(t, w.HiddenIn(c))
	assert.True(t, c.(Node).HiddenIn(root), "the element itself counts")
	assert.False(t, w.HiddenIn(w), "the top itself does not")
	assert.False(t, root.QueryOne("body").(Node).HiddenIn(root))
}

// TestClosestIn: the climb stops at top (top itself may match); without
// top it is Closest.
func TestClosestIn(t *testing.T) {
	root, err := Parse(strings.NewReader(`<a href="/x"><div class="card"><p><span>Jo</span></p></div></a>`))
	require.NoError(t, err)
	span := root.QueryOne("span").(Node)
	card := root.QueryOne(".card")
	assert.Nil(t, span.ClosestIn("a", card), "the link is above the card")
	assert.NotNil(t, span.Closest("a"))
	assert.NotNil(t, span.ClosestIn("a", nil))
	assert.Equal(t, card, span.ClosestIn("div", card), "top itself matches")
}
