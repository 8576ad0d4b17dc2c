package htmlnode

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
)

func TestSubjectTags(t *testing.T) {
	for _, tc := range []struct {
		sel  string
		tags []string // nil: no shortcut
	}{
		{"p", []string{"p"}},
		{"P", []string{"p"}},
		{"p, span", []string{"p", "span"}},
		{"p, p", []string{"p"}},
		{`a[href*="/in/"]`, []string{"a"}},
		{`a[href*="/in/"] img[src*="x, y"]`, []string{"img"}},
		{`svg[id^="company-accent"] ~ p, svg[id^="company-accent"] + div p`, []string{"p"}},
		{`button:not([data-testid="x"]), a[aria-label^="Accept "]`, []string{"button", "a"}},
		{`div > span.x#y`, []string{"span"}},
		{`li:nth-child(2n+1)`, []string{"li"}},
		{"h1, h2", []string{"h1", "h2"}},
		{`button, a, [role="button"]`, nil},
		{`main [data-testid="lazy-column"]`, nil},
		{"*", nil},
		{"div *", nil},
		{".card", nil},
		{"#a", nil},
		{":not(p)", nil},
		{`p\,q`, nil},
		{"svg|a", nil},
		{"é", nil},
		{"p ", nil},
		{"p,", nil},
		{`a[title="]"]`, []string{"a"}},
	} {
		tags, ok := subjectTags(tc.sel)
		assert.Equal(t, tc.tags != nil, ok, tc.sel)
		if ok {
			assert.Equal(t, tc.tags, tags, tc.sel)
		}
	}
}

// TestTaggedMatchesAsCascadia holds the tag shortcut to cascadia on every
// element of every fixture page, for every selector the adapters ask
// while reading them and a few more.
func TestTaggedMatchesAsCascadia(t *testing.T) {
	paths, err := filepath.Glob("../testdata/*/*.html")
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var docs []*html.Node
	for _, p := range paths {
		src, err := os.ReadFile(p)
		require.NoError(t, err)
		doc, err := html.Parse(strings.NewReader(string(src)))
		require.NoError(t, err)
		docs = append(docs, doc)
		url, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".url")
		require.NoError(t, err)
		if a, err := page.Detect(strings.TrimSpace(string(url)), Wrap(doc)); err == nil {
			found := a.Cards(Wrap(doc))
			a.Unread(Wrap(doc), found)
		}
	}
	sels := []string{"svg image", "DIV > P", "a, button", "strong", "li:first-child", "p:not(.x)"}
	cache.Range(func(k, _ any) bool {
		sels = append(sels, k.(string))
		return true
	})
	shortcuts := 0
	for _, sel := range sels {
		m := compile(sel)
		if m == nil {
			continue
		}
		tg, ok := m.(tagged)
		if !ok {
			continue
		}
		shortcuts++
		g, err := cascadia.ParseGroup(sel)
		require.NoError(t, err)
		for _, doc := range docs {
			var walk func(n *html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.ElementNode {
					require.Equal(t, g.Match(n), tg.Match(n), "%q on <%s>", sel, n.Data)
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
		}
	}
	assert.Greater(t, shortcuts, 20, "selectors read with the tag shortcut")
}
