package session_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/session"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

const testdata = "../page/testdata"

type fixture struct {
	name, url string
	doc       *html.Node
}

func fixtures(t *testing.T) []fixture {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(testdata, "*", "*.html"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var out []fixture
	for _, p := range paths {
		url, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".url")
		require.NoError(t, err)
		out = append(out, fixture{name: p, url: strings.TrimSpace(string(url)), doc: load(t, p)})
	}
	return out
}

func load(t *testing.T, path string) *html.Node {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	doc, err := html.Parse(f)
	require.NoError(t, err)
	return doc
}

func env() *session.Env {
	s := settings.Defaults()
	return &session.Env{Judge: verdict.New(&s), Templates: s.Templates}
}

// snapshot is what the shell sends of a document: its root element.
func snapshot(doc *html.Node) string {
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return htmlnode.Snapshot(c)
		}
	}
	return ""
}

// A page read from the shell's snapshot gives the same cards, verdicts and
// actions as the page itself read natively (the adapters' own tests).
func TestScanAgreesWithTheSavedPages(t *testing.T) {
	e := env()
	after := 0
	defer func() { assert.Equal(t, 21, after, "Facebook's and X's cards get their badge after the card") }()
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			res, err := session.ScanPage(e, &session.Request{Op: "scan", URL: f.url, Lang: "en", Tree: snapshot(f.doc)})
			require.NoError(t, err)

			root := htmlnode.Wrap(f.doc)
			a, err := page.Detect(f.url, root)
			if err != nil {
				assert.Empty(t, res.Site, "no adapter reads the page")
				assert.Empty(t, res.Cards)
				return
			}
			assert.Equal(t, a.ID, res.Adapter)
			var want []card.Card
			var nodes []page.Node
			for _, n := range a.CardNodes(root) {
				if c, ok := a.Read(n); ok {
					want = append(want, c)
					nodes = append(nodes, n)
				}
			}
			require.Len(t, res.Cards, len(want))
			verdicts := e.Judge.Cards(want, nil)
			keys := map[string]int{}
			for i, cv := range res.Cards {
				assert.Equal(t, want[i].Name, cv.Judged.Name)
				assert.Equal(t, want[i].Key, cv.Judged.CardKey)
				assert.Equal(t, want[i].ProfileURL, cv.Judged.ProfileURL)
				assert.Equal(t, want[i].Site, cv.Judged.Site)
				assert.Equal(t, session.Key(&want[i], keys), cv.Badge.Key)
				assert.Equal(t, cv.Badge.Key, cv.Judged.Key)
				assert.Equal(t, string(verdicts[i].Type), cv.Badge.Type)
				assert.Equal(t, string(verdicts[i].Level), cv.Badge.Level)
				var kinds []string
				for _, b := range cv.Badge.Actions {
					kinds = append(kinds, b.Kind)
				}
				var wantKinds []string
				for _, k := range action.Available(a, nodes[i], &want[i]) {
					wantKinds = append(wantKinds, string(k))
				}
				assert.Equal(t, wantKinds, kinds)
				assert.Equal(t, page.BadgeAfter(nodes[i]), cv.After, "where the badge goes")
				if strings.HasSuffix(f.name, "facebook/requests.html") || strings.HasSuffix(f.name, "x/follower-requests.html") {
					after++
					assert.True(t, cv.After, "a card that is a link or a button gets its badge after it")
				}
				assert.Greater(t, cv.ID, 0, "the card is an element of the snapshot")
				assert.Equal(t, page.BadgeAfter(nodes[i]), cv.After, "where the badge goes")
			}
			if len(want) > 0 {
				require.NotNil(t, res.Keys, "the shortcuts come with the cards")
				assert.Equal(t, "next", string(res.Keys.Map.Commands["j"]))
			}
			// The answer is plain data: it survives JSON, as it crosses to the shell.
			_, err = json.Marshal(res)
			require.NoError(t, err)
		})
	}
}

func TestScanBadInput(t *testing.T) {
	_, err := session.ScanPage(env(), &session.Request{Op: "scan", URL: "https://x.com/follower_requests", Tree: "E\x00div"})
	assert.ErrorIs(t, err, domtree.ErrBadSnapshot)
	res, err := session.ScanPage(env(), &session.Request{Op: "scan", URL: "https://example.com/", Tree: ""})
	require.NoError(t, err)
	assert.Empty(t, res.Site)
	assert.Empty(t, res.Cards)
}

// A scan counts the invitations the page shows that could not be read,
// with their markup skeletons (no names, no URLs).
func TestScanCountsWhatCouldNotBeRead(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><ul><li><a href="/in/ana-b/"><strong>Ana B</strong></a>` +
		`<button aria-label="Ignore an invitation to connect from Ana B">Ignore</button><button aria-label="Accept Ana B’s invitation">Accept</button></li></ul>` +
		`<div class="x"><button aria-label="Accept Pat Quinn’s invitation">Accept</button></div></body></html>`))
	require.NoError(t, err)
	res, err := session.ScanPage(env(), &session.Request{Op: "scan", URL: "https://www.linkedin.com/mynetwork/invitation-manager/received/", Lang: "en", Tree: snapshot(doc)})
	require.NoError(t, err)
	require.Len(t, res.Cards, 1)
	assert.Equal(t, 1, res.Unread)
	require.Len(t, res.Skeletons, 1)
	assert.NotContains(t, res.Skeletons[0], "Pat")
	assert.Contains(t, res.Skeletons[0], "<button")
}
