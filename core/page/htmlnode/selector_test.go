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

func TestSubjectKeys(t *testing.T) {
	for _, tc := range []struct {
		sel   string
		tags  []string // nil and attrs nil: no shortcut
		attrs []string
	}{
		{"p", []string{"p"}, nil},
		{"P", []string{"p"}, nil},
		{"p, span", []string{"p", "span"}, nil},
		{"p, p", []string{"p"}, nil},
		{`a[href*="/in/"]`, []string{"a"}, nil},
		{`a[href*="/in/"] img[src*="x, y"]`, []string{"img"}, nil},
		{`svg[id^="company-accent"] ~ p, svg[id^="company-accent"] + div p`, []string{"p"}, nil},
		{`button:not([data-testid="x"]), a[aria-label^="Accept "]`, []string{"button", "a"}, nil},
		{`div > span.x#y`, []string{"span"}, nil},
		{`li:nth-child(2n+1)`, []string{"li"}, nil},
		{"h1, h2", []string{"h1", "h2"}, nil},
		{`button, a, [role="button"]`, []string{"button", "a"}, []string{"role"}},
		{`main [data-testid="lazy-column"]`, nil, []string{"data-testid"}},
		{`[aria-label^="Accept "], [ARIA-LABEL$=" x"]`, nil, []string{"aria-label"}},
		{`[hidden]`, nil, []string{"hidden"}},
		{`[a~="x"], [b|="x"], [c*="x"], [d="x"]`, nil, []string{"a", "b", "c", "d"}},
		{`[role="listitem"][componentkey^="urn:li:invitation:"]`, nil, []string{"role"}},
		{`[a!="x"]`, nil, nil},
		{`[a#=(x)]`, nil, nil},
		{`[ a="x"]`, nil, nil},
		{`[xlink|href]`, nil, nil},
		{`p, [a!="x"]`, nil, nil},
		{"*", nil, nil},
		{"div *", nil, nil},
		{".card", nil, nil},
		{"#a", nil, nil},
		{":not(p)", nil, nil},
		{`p\,q`, nil, nil},
		{"svg|a", nil, nil},
		{"é", nil, nil},
		{"p ", nil, nil},
		{"p,", nil, nil},
		{`a[title="]"]`, []string{"a"}, nil},
	} {
		tags, attrs, ok := subjectKeys(tc.sel)
		assert.Equal(t, tc.tags != nil || tc.attrs != nil, ok, tc.sel)
		if ok {
			assert.Equal(t, tc.tags, tags, tc.sel)
			assert.Equal(t, tc.attrs, attrs, tc.sel)
		}
	}
}

// TestTaggedMatchesAsCascadia holds the tag and attribute shortcut to
// cascadia on every element of every fixture page, for every selector the
// adapters ask while reading them and a few more.
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
	sels := []string{"svg image", "DIV > P", "a, button", "strong", "li:first-child", "p:not(.x)",
		`[aria-label]`, `[class~="hidden"]`, `[lang|="en"]`, `[href$="/"]`, `div [role]`, `[ROLE="button"], p`}
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
	assert.Greater(t, shortcuts, 40, "selectors read with the shortcut")
}
