package page_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

var update = flag.Bool("update", false, "rewrite the golden files (testdata/<adapter>/<page>.cards.json)")

// unknownDir holds pages no adapter may recognise.
const unknownDir = "unknown"

// fixture is one saved page under testdata/<adapter>/.
type fixture struct {
	dir, name string // adapter directory ("unknown" for pages no adapter reads) and page name
	path, url string
}

func fixtures(t testing.TB) []fixture {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var out []fixture
	for _, p := range paths {
		url, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".url")
		require.NoError(t, err, "every fixture has a .url sidecar: %s", p)
		out = append(out, fixture{
			dir:  filepath.Base(filepath.Dir(p)),
			name: strings.TrimSuffix(filepath.Base(p), ".html"),
			path: p,
			url:  strings.TrimSpace(string(url)),
		})
	}
	return out
}

func load(t testing.TB, path string) page.Node {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	root, err := htmlnode.Parse(f)
	require.NoError(t, err)
	return root
}

// golden is what a fixture's golden file records: the adapter Detect
// chose, and every card with its problems and controls.
type golden struct {
	URL     string       `json:"url"`
	Adapter string       `json:"adapter,omitempty"`
	Error   string       `json:"error,omitempty"`
	Empty   bool         `json:"empty,omitempty"`
	Cards   []goldenCard `json:"cards"`
}

type goldenCard struct {
	Card     card.Card                `json:"card"`
	Problems []string                 `json:"problems,omitempty"`
	Controls map[string]goldenControl `json:"controls,omitempty"`
}

type goldenControl struct {
	Tag       string `json:"tag"`
	Text      string `json:"text,omitempty"`
	Names     string `json:"names,omitempty"`
	Clickable bool   `json:"clickable"`
}

var allControls = []page.Control{page.Accept, page.Ignore, page.Message, page.More, page.SeeMore, page.Report}

func describe(url string, root page.Node) golden {
	g := golden{URL: url, Cards: []goldenCard{}}
	a, err := page.Detect(url, root)
	if err != nil {
		g.Error = err.Error()
		return g
	}
	g.Adapter = a.ID
	g.Empty = a.Empty(root)
	for _, f := range a.Cards(root) {
		gc := goldenCard{Card: f.Card, Problems: f.Problems, Controls: map[string]goldenControl{}}
		for _, c := range allControls {
			n := a.Control(f.Node, c)
			if n == nil {
				continue
			}
			gc.Controls[c.String()] = goldenControl{
				Tag:       n.Tag(),
				Text:      page.Clean(n.Text()),
				Names:     a.ControlNames(n),
				Clickable: a.Clickable(n),
			}
		}
		g.Cards = append(g.Cards, gc)
	}
	return g
}

func encode(t testing.TB, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(v))
	return b.Bytes()
}

// TestFixturesGolden reads every fixture through Detect, Cards and
// Control and compares everything with the golden file. Refresh with
// go test ./core/page/... -update, then review the diff.
func TestFixturesGolden(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(fx.dir+"/"+fx.name, func(t *testing.T) {
			got := encode(t, describe(fx.url, load(t, fx.path)))
			file := strings.TrimSuffix(fx.path, ".html") + ".cards.json"
			if *update {
				require.NoError(t, os.WriteFile(file, got, 0o644))
			}
			want, err := os.ReadFile(file)
			require.NoError(t, err, "run go test ./core/page/... -update")
			assert.Equal(t, string(want), string(got))
		})
	}
}

// TestFixturesDetect checks the adapter Detect picks: the directory's,
// by URL and by markup alone; the unknown pages give the error that
// names every adapter tried.
func TestFixturesDetect(t *testing.T) {
	for _, fx := range fixtures(t) {
		t.Run(fx.dir+"/"+fx.name, func(t *testing.T) {
			root := load(t, fx.path)
			for _, url := range []string{fx.url, ""} {
				a, err := page.Detect(url, root)
				if fx.dir == unknownDir {
					var nf *page.NotFoundError
					require.True(t, errors.As(err, &nf), "url %q: %v", url, err)
					assert.Equal(t, page.IDs(), nf.Tried)
					assert.Equal(t, "no invitation list found (tried: "+strings.Join(page.IDs(), ", ")+")", err.Error())
					continue
				}
				require.NoError(t, err, "url %q", url)
				assert.Equal(t, fx.dir, a.ID, "url %q", url)
			}
			if fx.dir != unknownDir {
				assert.True(t, page.ByID(fx.dir).Matches(fx.url), "the adapter claims its fixture's URL %s", fx.url)
			}
		})
	}
}

// acceptOnly are the fixture cards that show Accept and no Ignore.
var acceptOnly = map[string]bool{"urn:li:invitation:7312000000000009102": true}

// TestFixturesCover checks that the fixtures are what the project needs:
// for each adapter a page with ten or more cards, the keys unique on a
// page, a person card has a name and both controls.
func TestFixturesCover(t *testing.T) {
	most := map[string]int{}
	for _, fx := range fixtures(t) {
		if fx.dir == unknownDir {
			continue
		}
		root := load(t, fx.path)
		a := page.ByID(fx.dir)
		require.NotNil(t, a, fx.dir)
		found := a.Cards(root)
		most[fx.dir] = max(most[fx.dir], len(found))
		keys := map[string]bool{}
		for _, f := range found {
			assert.NotEmpty(t, f.Card.Key, "%s/%s: %s", fx.dir, fx.name, f.Card.Name)
			assert.False(t, keys[f.Card.Key], "%s/%s: duplicate key %s", fx.dir, fx.name, f.Card.Key)
			keys[f.Card.Key] = true
			assert.NotEmpty(t, f.Card.Name, "%s/%s: %s", fx.dir, fx.name, f.Card.Key)
			assert.NotNil(t, a.Control(f.Node, page.Accept), "%s/%s: %s", fx.dir, fx.name, f.Card.Name)
			if !acceptOnly[f.Card.Key] {
				assert.NotNil(t, a.Control(f.Node, page.Ignore), "%s/%s: %s", fx.dir, fx.name, f.Card.Name)
			} else {
				assert.Nil(t, a.Control(f.Node, page.Ignore), "%s/%s: %s shows Accept only", fx.dir, fx.name, f.Card.Name)
			}
		}
	}
	for _, a := range page.All {
		assert.GreaterOrEqual(t, most[a.ID], 10, "%s has a fixture with 10+ cards", a.ID)
	}
}
