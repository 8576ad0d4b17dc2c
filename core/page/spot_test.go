package page_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

func TestBadgeAfter(t *testing.T) {
	for _, tt := range []struct {
		name, html string
		after      bool
	}{
		{"a row that is a link (Facebook)", `<div><a id="card" role="link" href="/friends/requests/?profile_id=1"><span>Ada</span><div role="button">Confirm</div></a></div>`, true},
		{"a row inside a link", `<a href="/x"><div id="card"><span>Ada</span></div></a>`, true},
		{"a row inside a button", `<div role="button"><div id="card"><span>Ada</span></div></div>`, true},
		{"a list item holding links and buttons", `<ul><li id="card"><a href="/in/ada/">Ada</a><button>Accept</button></li></ul>`, false},
		{"a div row", `<div id="card"><a href="/ada">Ada</a><button>Decline</button><button>Accept</button></div>`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root, err := htmlnode.Parse(strings.NewReader(`<html><body>` + tt.html + `</body></html>`))
			require.NoError(t, err)
			n := root.QueryOne("#card")
			require.NotNil(t, n)
			assert.Equal(t, tt.after, page.BadgeAfter(n))
		})
	}
	assert.False(t, page.BadgeAfter(nil))
}

// On the saved pages, Facebook's rows (one link) and X's (a UserCell with
// role=button) get their badge after the row; the other sites' rows hold it.
func TestBadgeAfterOnFixtures(t *testing.T) {
	for file, after := range map[string]bool{
		"facebook/requests.html": true, "instagram/follow-requests.html": false, "x/follower-requests.html": true,
		"linkedin/received.html": false, "linkedin-legacy/received.html": false, "xing/requests.html": false,
	} {
		root := load(t, "testdata/"+file)
		url, err := os.ReadFile("testdata/" + strings.TrimSuffix(file, ".html") + ".url")
		require.NoError(t, err)
		a, err := page.Detect(strings.TrimSpace(string(url)), root)
		require.NoError(t, err)
		nodes := a.CardNodes(root)
		require.NotEmpty(t, nodes, file)
		for _, n := range nodes {
			assert.Equal(t, after, page.BadgeAfter(n), file)
		}
	}
}
