package domtree_test

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

const selDoc = `<html><body>
<div id="a" class="card  big" data-x="1" lang="en-GB" title="Hello World">
  <p>One</p><svg aria-label="x"><image xlink:href="https://e/p.png"></image></svg>
  <span class="n">Two</span><b>Three</b><p class="n">Four</p>
</div>
<div id="b" class="card" data-x="12"><p>Five</p></div>
<ul><li>1</li><li class="x">2</li><li>3</li></ul>
</body></html>`

func selTree(t *testing.T) (page.Node, *domtree.Tree) {
	t.Helper()
	tree, err := domtree.Decode(htmlnode.Snapshot(parse(t, selDoc)))
	require.NoError(t, err)
	return tree.Root(), tree
}

// label names a match: its id, else its tag and text.
func label(n page.Node) string {
	if id, ok := n.Attr("id"); ok {
		return "#" + id
	}
	return n.Tag() + ":" + strings.TrimSpace(n.Text())
}

func TestSelectors(t *testing.T) {
	root, _ := selTree(t)
	for _, tt := range []struct {
		sel  string
		want []string
	}{
		{"div", []string{"#a", "#b"}},
		{"DIV.card", []string{"#a", "#b"}},
		{".card.big", []string{"#a"}},
		{"#b", []string{"#b"}},
		{"#a.card#a", []string{"#a"}},
		{"[data-x]", []string{"#a", "#b"}},
		{`[data-x="1"]`, []string{"#a"}},
		{`[data-x='12']`, []string{"#b"}},
		{`[data-x^="1"]`, []string{"#a", "#b"}},
		{`[data-x$="2"]`, []string{"#b"}},
		{`[title*="lo Wo"]`, []string{"#a"}},
		{`[title*="lo wo"]`, nil},
		{`[title*="lo wo" i]`, []string{"#a"}},
		{`[title="hello world" s]`, nil},
		{`[class~="big"]`, []string{"#a"}},
		{`[class~=""]`, nil},
		{`[data-x^=""]`, nil},
		{`[lang|="en"]`, []string{"#a"}},
		{`[DATA-X="1"]`, []string{"#a"}},
		{"div > p", []string{"p:One", "p:Four", "p:Five"}},
		{"body p.n", []string{"p:Four"}},
		{"span + b", []string{"b:Three"}},
		{"p + b", nil},
		{"p ~ p", []string{"p:Four"}},
		{"li:not(.x)", []string{"li:1", "li:3"}},
		{"li:not(.x, :not(ul > li))", []string{"li:1", "li:3"}},
		{"div:not([data-x] span) > span", []string{"span:Two"}},
		{"svg image", []string{"image:"}},
		{"li.x + li, #b", []string{"#b", "li:3"}},
		{"ul *", []string{"li:1", "li:2", "li:3"}},
		{`.c\61rd`, []string{"#a", "#b"}},
		{`[title="Hello\20 World"]`, []string{"#a"}},
		{"html", []string{"html:"}},
		{"nothing", nil},
	} {
		var got []string
		for _, n := range root.QueryAll(tt.sel) {
			got = append(got, label(n))
		}
		if strings.HasPrefix(tt.sel, "html") {
			got = got[:1]
			got[0] = "html:"
		}
		assert.Equal(t, tt.want, got, tt.sel)
		require.NoError(t, domtree.Compile(tt.sel), tt.sel)
	}
}

// TestUnsupportedSelectors: what the package does not match is an error
// from Compile, and in a query matches nothing, never panics.
func TestUnsupportedSelectors(t *testing.T) {
	root, tree := selTree(t)
	p := tree.Element(3)
	for _, sel := range []string{"", " ", ",", "div,", ",div", "div >", "> div", "div >> p", "p:first-child", "p::before",
		"p:contains(One)", ":has(p)", "[", "[x", "[x=", `[x="y]`, "[x=y", "[x!=y]", "[x=y z]", "[1x]", "[x=1]", "svg|image",
		"*|*", ".", "#", "div.", "p:not(", "p:not()", "p:not(.a", "(", ")", "a)", "div$", "\\", `a[b="\`} {
		err := domtree.Compile(sel)
		var se *domtree.SelectorError
		assert.ErrorAs(t, err, &se, "%q", sel)
		assert.Nil(t, root.QueryAll(sel), sel)
		assert.True(t, root.QueryOne(sel) == nil, sel)
		assert.True(t, p.Closest(sel) == nil, sel)
	}
	deep := strings.Repeat(":not(", 20) + "p" + strings.Repeat(")", 20)
	assert.Error(t, domtree.Compile(deep))
}

func TestClosestParentHidden(t *testing.T) {
	tree, err := domtree.Decode(htmlnode.Snapshot(parse(t, `<html><body><div id="c" hidden>Ana <span hidden>status</span>`+
		`<span aria-hidden="true">x</span><b style="display:none">err</b><i class="hidden_elem">undo</i>`+
		`<script>var a=1</script><template>t</template><em>Lee</em></div></body></html>`)))
	require.NoError(t, err)
	root := tree.Root()
	c := root.QueryOne("#c")
	require.NotNil(t, c)
	assert.Equal(t, "Ana Lee", c.Text(), "hidden descendants, scripts and templates are left out; the element's own hidden attribute is not asked")
	assert.Equal(t, "", root.Text(), "the document's text leaves the hidden div out")
	span := c.QueryOne("span").(page.Walker)
	assert.True(t, span.HiddenIn(c))
	assert.True(t, c.(page.Walker).HiddenIn(root), "the element itself counts")
	assert.False(t, span.HiddenIn(span), "the top itself does not")
	em := c.QueryOne("em").(page.Walker)
	assert.False(t, em.HiddenIn(c))
	assert.True(t, em.HiddenIn(nil))
	assert.Equal(t, c, em.Closest("div"))
	assert.Equal(t, em, em.Closest("em"), "closest includes the element itself")
	assert.Equal(t, c, em.Parent())
	assert.Equal(t, c, em.(*domtree.Element).ClosestIn("div", c))
	assert.True(t, em.(*domtree.Element).ClosestIn("body", c) == nil, "the climb stops at top")
	assert.Equal(t, c.Closest("body"), em.(*domtree.Element).ClosestIn("body", nil))
	assert.Equal(t, "", root.Tag())
	assert.True(t, root.(page.Walker).Parent() == nil)
	assert.Equal(t, root, tree.Element(0).(page.Walker).Parent(), "the snapshot's root's parent is the document")
	assert.True(t, root.Closest("*") == nil, "the document is no element")
	assert.True(t, root.QueryOne(".none") == nil, "a true nil interface")
}

func TestSkeleton(t *testing.T) {
	src := `<html><body><li class="card" data-invitation-id="6981000000000009001"><a href="https://www.linkedin.com/in/jane-doe-4b2a/?trk=x">` +
		`<img src="https://media.licdn.com/dms/image/D4E/profile-displayphoto/0/1" alt="Jane Doe"><strong>Jane "J" Doe &amp; &lt;Co&gt;</strong></a>` +
		`<p>12 mutual connections</p><svg><image xlink:href="https://x/p/q.png"></image></svg></li></body></html>`
	doc := parse(t, src)
	tree, err := domtree.Decode(htmlnode.Snapshot(doc))
	require.NoError(t, err)
	native, err := htmlnode.Parse(strings.NewReader(src))
	require.NoError(t, err)
	got := page.Skeleton(tree.Root().QueryOne("li"))
	assert.Equal(t, page.Skeleton(native.QueryOne("li")), got, "a snapshot's element outlines as the saved page's")
	assert.NotContains(t, strings.ToLower(got), "jane")
	assert.Contains(t, got, `<strong>Xxxx &#34;X&#34; Xxx &amp; &lt;Xx&gt;</strong>`)
	assert.Contains(t, got, `xlink:href="/p/…"`)
	assert.Equal(t, "<body><li", page.Skeleton(tree.Root().QueryOne("body"))[:9])
}

// TestWasmBuildsLinkNoHTMLParser: the WebAssembly builds (core.wasm,
// pages.wasm) read snapshots with this package; x/net/html
// and cascadia (package htmlnode, native only) would cost them about 2 MB.
func TestWasmBuildsLinkNoHTMLParser(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	gobin, err := exec.LookPath("go")
	require.NoError(t, err, "the go command")
	for _, tags := range []string{"", "pages"} {
		cmd := exec.Command(gobin, "list", "-deps", "-tags", tags, "../../wasm")
		cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
		deps := strings.Fields(string(out))
		require.Contains(t, deps, "github.com/vetted/vetted/wasm", "go list answered")
		if tags == "" {
			require.Contains(t, deps, "github.com/vetted/vetted/core/domtree", "core.wasm reads snapshots")
		}
		for _, d := range deps {
			assert.False(t, strings.HasPrefix(d, "golang.org/x/net/html") || strings.HasPrefix(d, "github.com/andybalholm/cascadia") ||
				d == "github.com/vetted/vetted/core/page/htmlnode", "the wasm build (tags %q) links %s", tags, d)
		}
	}
}

// FuzzSelector: any selector string compiles or is refused, and a query
// with it matches or not, never panics.
func FuzzSelector(f *testing.F) {
	for _, s := range []string{"div > p", `a[href*="/in/"] strong`, "li:not(.x, [a|=b])", "svg ~ p, b + i", `[t="\31 x" i]`, ":not(:not(p))"} {
		f.Add(s)
	}
	tree, err := domtree.Decode("E\x00div\x002\x00class\x00a b\x00id\x00x\x003\x00E\x00p\x001\x00t\x00v\x001\x00T\x00one\x00E\x00b\x000\x000\x00E\x00i\x000\x000")
	require.NoError(f, err)
	root := tree.Root()
	f.Fuzz(func(t *testing.T, sel string) {
		err := domtree.Compile(sel)
		all := root.QueryAll(sel)
		if err != nil && len(all) > 0 {
			t.Fatalf("%q refused (%v) yet matched %d", sel, err, len(all))
		}
		root.QueryOne(sel)
		for id := range tree.Len() {
			tree.Element(id).Closest(sel)
		}
	})
}
