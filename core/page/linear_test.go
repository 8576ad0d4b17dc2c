package page_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// plainCard is a LinkedIn card as some captures show it: a list item with
// labelled controls and a profile link, and none of the site's markers.
const plainCard = `<li role="listitem"><div><a href="/in/p-%[1]d/"><strong>Person %[1]d</strong></a>` +
	`<p>Person %[1]d is inviting you to connect</p><p>Engineer</p><p><span>3 mutual connections</span></p><span>1 week ago</span>` +
	`<div><button aria-label="Ignore an invitation to connect from Person %[1]d">Ignore</button>` +
	`<button aria-label="Accept Person %[1]d’s invitation">Accept</button></div></div></li>`

// plainPage is a LinkedIn invitation page of n plain cards without the
// page marker: detection has to find the cards themselves.
func plainPage(n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><body><main><div data-testid="lazy-column"><ul>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, plainCard, i)
	}
	b.WriteString(`</ul></div></main></body></html>`)
	return b.String()
}

const liURL = "https://www.linkedin.com/mynetwork/invitation-manager/received/"

// readCost detects the page's adapter and reads every card, counting the
// work (elements visited, characters read) on the page.
func readCost(t testing.TB, src, url string) (htmlnode.Cost, int) {
	t.Helper()
	var c htmlnode.Cost
	root := htmlnode.Counted(parseHTML(t, src), &c)
	a, err := page.Detect(url, root)
	require.NoError(t, err)
	n := len(a.Cards(root))
	return c, n
}

// assertLinear fails when the larger page costs more than twenty times the
// smaller one per ten times the cards.
func assertLinear(t *testing.T, small, large htmlnode.Cost, ratio float64, what string) {
	t.Helper()
	limit := 2 * ratio
	assert.LessOrEqual(t, float64(large.Visits), limit*float64(small.Visits),
		"%s: %d visits for the large page, %d for the small one", what, large.Visits, small.Visits)
	assert.LessOrEqual(t, float64(large.Chars), limit*float64(small.Chars),
		"%s: %d characters read for the large page, %d for the small one", what, large.Chars, small.Chars)
}

// TestReadingIsLinear counts (not times) the work of detecting and
// reading a page of 100 and of 1,000 cards, with and without the page
// marker and with and without the URL: ten times the cards may cost at
// most twenty times as much.
func TestReadingIsLinear(t *testing.T) {
	for _, tc := range []struct {
		name string
		page func(int) string
		url  string
	}{
		{"marked", benchPage, liURL},
		{"marked, no URL", benchPage, ""},
		{"plain", plainPage, liURL},
		{"plain, no URL", plainPage, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			small, n1 := readCost(t, tc.page(100), tc.url)
			large, n2 := readCost(t, tc.page(1000), tc.url)
			require.Equal(t, 100, n1)
			require.Equal(t, 1000, n2)
			assertLinear(t, small, large, 10, tc.name)
		})
	}
}

// TestFixturesReadLinearly repeats every fixture's cards (3 and 30 times
// each, in place) and checks that detecting and reading the larger page
// costs at most twenty times the smaller one, on every adapter's markup.
func TestFixturesReadLinearly(t *testing.T) {
	for _, fx := range fixtures(t) {
		if fx.dir == unknownDir {
			continue
		}
		t.Run(fx.dir+"/"+fx.name, func(t *testing.T) {
			small, large := repeatCards(t, fx, 3), repeatCards(t, fx, 30)
			if small == "" {
				t.Skip("no cards")
			}
			for _, url := range []string{fx.url, ""} {
				s, n1 := readCost(t, small, url)
				l, n2 := readCost(t, large, url)
				require.Equal(t, 10*n1, n2, "url %q", url)
				assertLinear(t, s, l, 10, "url "+url)
			}
		})
	}
}

// repeatCards returns a fixture's page with each card repeated k times
// in place; "" when the page has no cards.
func repeatCards(t *testing.T, fx fixture, k int) string {
	t.Helper()
	root := load(t, fx.path)
	a := page.ByID(fx.dir)
	nodes := a.CardNodes(root)
	if len(nodes) == 0 {
		return ""
	}
	for _, n := range nodes {
		h := n.(htmlnode.Node).HTML()
		for i := 1; i < k; i++ {
			h.Parent.InsertBefore(clone(h), h)
		}
	}
	var b bytes.Buffer
	require.NoError(t, html.Render(&b, root.(htmlnode.Node).HTML()))
	return b.String()
}

func clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.AppendChild(clone(ch))
	}
	return c
}

// nestedPage is a page of n plain cards whose nesting deepens with every
// card: each card sits in a wrapper that also holds the next card's
// wrapper (as virtualised lists and comment threads render them), so the
// page is n elements deep.
func nestedPage(n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><body><main><div data-testid="lazy-column">`)
	for i := 1; i <= n; i++ {
		b.WriteString(`<div class="row">`)
		fmt.Fprintf(&b, strings.NewReplacer(`<li role="listitem">`, `<div role="listitem">`, `</li>`, `</div>`).Replace(plainCard), i)
	}
	b.WriteString(strings.Repeat(`</div>`, n))
	b.WriteString(`</div></main></body></html>`)
	return b.String()
}

// TestDeepNestingIsLinear counts the work of reading a page whose depth
// grows with its cards (nestedPage), with and without the URL: ten times
// the cards (and the depth) may cost at most twenty times as much.
func TestDeepNestingIsLinear(t *testing.T) {
	for _, url := range []string{liURL, ""} {
		small, n1 := readCost(t, nestedPage(40), url)
		large, n2 := readCost(t, nestedPage(400), url)
		require.Equal(t, 40, n1, "url %q", url)
		require.Equal(t, 400, n2, "url %q", url)
		assertLinear(t, small, large, 10, "nested, url "+url)
	}
}
