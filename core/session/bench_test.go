package session_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/session"
)

// benchCard is a current-layout LinkedIn card (as scripts/e2e/lib/bigpage.mjs).
const benchCard = `<div role="listitem" componentkey="urn:li:invitation:73120000%08[1]d">
<div data-view-name="pending-invitation">
<div><a href="https://www.linkedin.com/in/person-%[1]d/" tabindex="-1" aria-hidden="true"><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-delayed-url="https://media.licdn.com/dms/image/v2/D4E03AQ%[1]d/profile-displayphoto-shrink_100_100/0/1" alt="Person %[1]d’s profile picture" width="72" height="72"></figure></a></div>
<div>
<div><a href="https://www.linkedin.com/in/person-%[1]d/"><strong>Person %[1]d</strong></a></div>
<p>Person %[1]d is inviting you to connect</p>
<p>Engineer at Company %[1]d</p>
<div><svg id="company-accent-4" aria-hidden="true" width="16" height="16"><path d="M2 2h12v12H2z"></path></svg><p>Company %[1]d</p></div>
<div><p>Casey Ray and %[1]d other mutual connections</p></div>
<p><span>2 weeks ago</span></p>
</div>
<div data-view-name="invitation-action"><button aria-label="Ignore an invitation to connect from Person %[1]d" type="button"><span>Ignore</span></button><button aria-label="Accept Person %[1]d’s invitation" type="button"><span>Accept</span></button></div>
<p>Hi, I'd like to add you to my professional network. (%[1]d)</p>
</div></div>`

func benchSnapshot(tb testing.TB, n int) string {
	return pageSnapshot(tb, 1, n)
}

// pageSnapshot is a page of n cards numbered from first on: pages with
// different first numbers have different people and notes.
func pageSnapshot(tb testing.TB, first, n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><title>Invitations | LinkedIn</title></head><body>` +
		`<div role="main" data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.InvitationReceivedWithType"><main><div data-testid="lazy-column">`)
	for i := first; i < first+n; i++ {
		fmt.Fprintf(&b, benchCard, i)
	}
	b.WriteString(`</div></main></div></body></html>`)
	doc, err := html.Parse(strings.NewReader(b.String()))
	require.NoError(tb, err)
	return snapshot(doc)
}

// BenchmarkScan is one scan of a 1,000-card page as the shell sends it:
// decoding the snapshot, reading, judging, the render models, and the
// answer as JSON. Its parts: BenchmarkScan/decode.
func BenchmarkScan(b *testing.B) {
	tree := benchSnapshot(b, 1000)
	const url = "https://www.linkedin.com/mynetwork/invitation-manager/received/"
	b.Run("decode", func(b *testing.B) {
		for range b.N {
			if _, err := domtree.Decode(tree); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("scan", func(b *testing.B) {
		e := env()
		for range b.N {
			res, err := session.ScanPage(e, &session.Request{URL: url, Lang: "en", Tree: tree})
			if err != nil || len(res.Cards) != 1000 {
				b.Fatal(err, len(res.Cards))
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		res, err := session.ScanPage(env(), &session.Request{URL: url, Lang: "en", Tree: tree})
		require.NoError(b, err)
		b.ResetTimer()
		for range b.N {
			out, _ := json.Marshal(res)
			b.SetBytes(int64(len(out)))
		}
	})
}
