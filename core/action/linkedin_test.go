package action

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/settings"
)

// The real LinkedIn adapter on core/page's fixture of the current layout.
func linkedInFixture(t *testing.T) (*page.Adapter, page.Node, string) {
	t.Helper()
	dir := "../page/testdata/linkedin/"
	raw, err := os.ReadFile(dir + "received.html")
	require.NoError(t, err)
	u, err := os.ReadFile(dir + "received.url")
	require.NoError(t, err)
	url := strings.TrimSpace(string(u))
	root, err := htmlnode.Parse(strings.NewReader(string(raw)))
	require.NoError(t, err)
	a, err := page.Detect(url, root)
	require.NoError(t, err)
	return a, root, url
}

func TestLinkedInFixturePrecheck(t *testing.T) {
	a, root, url := linkedInFixture(t)
	nodes := a.CardNodes(root)
	require.NotEmpty(t, nodes)
	tpl := settings.Defaults().Templates
	seenFollows := false
	for _, n := range nodes {
		c, ok := a.Read(n)
		require.True(t, ok)
		avail := Available(a, n, &c)
		for _, k := range avail {
			p, err := New(k, &c, tpl)
			require.NoError(t, err, "%s %s", c.Name, k)
			got := Precheck(a, url, root, n, &c, p)
			want := Go
			if c.FollowsYou && p.Click == ControlAccept {
				want = NeedsUser // LinkedIn's follows-you Accept is a link that ignores synthetic clicks
				seenFollows = true
			}
			assert.Equal(t, want, got.Outcome, "%s on %q: %s", k, c.Name, got.Reason)
			if p.Needs() != NoControl {
				assert.NotNil(t, got.Control, "%s on %q", k, c.Name)
			}
		}
		if c.IsPerson() {
			assert.Contains(t, avail, Accept, c.Name)
			assert.Contains(t, avail, Ignore, c.Name)
		} else {
			assert.NotContains(t, avail, Ask, c.Name)
			assert.NotContains(t, avail, Block, c.Name)
		}
	}
	assert.True(t, seenFollows, "the fixture has a follows-you card")
}

func TestLinkedInFixtureRefusesAnotherCardsControl(t *testing.T) {
	a, root, url := linkedInFixture(t)
	nodes := a.CardNodes(root)
	require.GreaterOrEqual(t, len(nodes), 2)
	first, _ := a.Read(nodes[0])
	second, _ := a.Read(nodes[1])
	p, err := New(Ignore, &first, settings.Defaults().Templates)
	require.NoError(t, err)
	// The judged card is the first; the element now shows the second.
	got := Precheck(a, url, root, nodes[1], &first, p)
	assert.Equal(t, Refused, got.Outcome)
	assert.Contains(t, got.Reason, second.Name)
}
