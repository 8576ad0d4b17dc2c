package page_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
)

// TestSuggestionsAreNotCards: next to the requests, or in place of them
// once none is left, the sites show suggestions ("People you may know",
// "Who to follow") with a Follow or Add friend control and often a Remove
// or Dismiss one. Only an element with an Accept control is an invitation:
// each page holds one request and one suggestion, and only the request is
// a card.
func TestSuggestionsAreNotCards(t *testing.T) {
	tests := []struct {
		name string
		a    *page.Adapter
		url  string
		html string
		want string // the request's key
	}{
		{"facebook: People you may know beside a request", page.Facebook, "https://www.facebook.com/friends/", `<div role="main">
<div><a href="https://www.facebook.com/friends/requests/?profile_id=100000000000001" role="link"><span dir="auto">Ana Request</span><span>3 mutual friends</span>
<div aria-label="Confirm" role="button">Confirm</div><div aria-label="Delete" role="button">Delete</div></a></div>
<div aria-label="People you may know"><a href="https://www.facebook.com/friends/suggestions/?profile_id=100000000000002" role="link"><span dir="auto">Ben Suggested</span><span>2 mutual friends</span>
<div aria-label="Add friend" role="button">Add friend</div><div aria-label="Remove" role="button">Remove</div></a></div></div>`,
			"facebook:100000000000001"},
		{"facebook: older layout, People You May Know list", page.Facebook, "https://www.facebook.com/friends/requests/", `<div role="main">
<ul><li><a href="https://www.facebook.com/ana.request"><img src="https://scontent.xx.fbcdn.net/v/t1.0-1/p80x80/1_n.jpg" alt=""></a><div><a href="https://www.facebook.com/ana.request">Ana Request</a></div>
<button type="submit">Confirm</button><button type="submit">Delete Request</button></li></ul>
<ul><li><a href="https://www.facebook.com/ben.suggested"><img src="https://scontent.xx.fbcdn.net/v/t1.0-1/p80x80/2_n.jpg" alt=""></a><div><a href="https://www.facebook.com/ben.suggested">Ben Suggested</a></div>
<button type="button">Add Friend</button><button type="button">Remove</button></li></ul></div>`,
			"facebook:ana.request"},
		{"x: Who to follow beside a request", page.X, "https://x.com/follower_requests", `<main role="main">
<div data-testid="cellInnerDiv"><div data-testid="UserCell"><a href="/ana_request" role="link"><span>Ana Request</span></a><a href="/ana_request" role="link"><span>@ana_request</span></a>
<button aria-label="Decline">Decline</button><button aria-label="Accept">Accept</button></div></div>
<div data-testid="cellInnerDiv"><h2>Who to follow</h2><div data-testid="UserCell"><a href="/ben_suggested" role="link"><span>Ben Suggested</span></a><a href="/ben_suggested" role="link"><span>@ben_suggested</span></a>
<button aria-label="Follow @ben_suggested">Follow</button></div></div></main>`,
			"x:@ana_request"},
		{"instagram: Suggested for you beside a request", page.Instagram, "https://www.instagram.com/accounts/activity/?followRequests=1", `<main>
<div role="listitem"><a href="/ana.request/"><img alt="ana.request's profile picture" src="https://scontent.cdninstagram.com/1.jpg"></a><a href="/ana.request/"><span>ana.request</span></a><span dir="auto">Ana Request</span>
<button>Confirm</button><button>Delete</button></div>
<div role="listitem"><a href="/ben.suggested/"><img alt="ben.suggested's profile picture" src="https://scontent.cdninstagram.com/2.jpg"></a><a href="/ben.suggested/"><span>ben.suggested</span></a><span dir="auto">Ben Suggested</span>
<button>Follow</button><button>Remove</button></div></main>`,
			"instagram:@ana.request"},
		{"linkedin: People you may know in the list", page.LinkedIn, "https://www.linkedin.com/mynetwork/invitation-manager/received/", `<main><div data-testid="lazy-column">
<div role="listitem"><a href="https://www.linkedin.com/in/ana-request/"><strong>Ana Request</strong></a><p>Ana Request is inviting you to connect</p>
<button aria-label="Ignore an invitation to connect from Ana Request">Ignore</button><button aria-label="Accept Ana Request’s invitation">Accept</button></div>
<div role="listitem"><a href="https://www.linkedin.com/in/ben-suggested/"><strong>Ben Suggested</strong></a><p>Engineer</p>
<button aria-label="Invite Ben Suggested to connect">Connect</button><button aria-label="Dismiss Ben Suggested">Dismiss</button></div></div></main>`,
			"linkedin:in/ana-request"},
		{"xing: a suggestion beside a request", page.Xing, "https://www.xing.com/network/requests/incoming", `<main><ul>
<li><a href="https://www.xing.com/profile/Ana_Request"><h3>Ana Request</h3></a><button>Annehmen</button><button>Ignorieren</button></li>
<li><a href="https://www.xing.com/profile/Ben_Suggested"><h3>Ben Suggested</h3></a><button>Kontakt hinzufügen</button><button>Ignorieren</button></li></ul></main>`,
			"xing:profile/ana_request"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parseHTML(t, tt.html)
			a, err := page.Detect(tt.url, root)
			require.NoError(t, err)
			require.Equal(t, tt.a.ID, a.ID)
			var keys []string
			for _, f := range a.Cards(root) {
				keys = append(keys, f.Card.Key)
			}
			assert.Equal(t, []string{tt.want}, keys)
		})
	}
}
