package page_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
)

// languages are the languages every site table (but Xing's) covers.
var languages = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr"}

// TestVerbTables reads every entry's example: the control is the entry's
// control, its label names the entry's sender; and the tables of
// LinkedIn, Facebook, Instagram and X cover every language for both
// controls.
func TestVerbTables(t *testing.T) {
	for _, a := range page.All {
		have := map[string]bool{}
		for _, v := range a.Verbs {
			root := parseHTML(t, `<body>`+v.Example+`</body>`)
			el := root.QueryOne(`button, a, [role="button"]`)
			require.NotNil(t, el, "%s %s: %s", a.ID, v.Lang, v.Example)
			assert.Equal(t, v.Control, a.VerbOf(el), "%s %s: %s", a.ID, v.Lang, v.Example)
			assert.Equal(t, v.Name, a.ControlNames(el), "%s %s: %s", a.ID, v.Lang, v.Example)
			for _, w := range v.Words {
				assert.Equal(t, strings.ToLower(w), w, "%s %s: words are lower-case", a.ID, v.Lang)
			}
			have[v.Lang+" "+v.Control.String()] = true
		}
		if a.ID == "xing" {
			continue
		}
		for _, l := range languages {
			assert.True(t, have[l+" accept"], "%s: accept in %s", a.ID, l)
			assert.True(t, have[l+" ignore"], "%s: ignore in %s", a.ID, l)
		}
	}
}

// TestVerbsAreNotOtherControls: labels that merely contain a verb, and
// texts that are sentences, are no controls.
func TestVerbsAreNotOtherControls(t *testing.T) {
	for _, el := range []string{
		`<button>Accept the challenge and ignore the noise</button>`,
		`<a href="/x">Confirmed: you are now friends</a>`,
		`<button aria-label="Reply to Jane Doe">Reply</button>`,
		`<button aria-label="Follow Acme">Follow</button>`,
	} {
		root := parseHTML(t, `<body>`+el+`</body>`)
		assert.Equal(t, page.NoControl, page.LinkedIn.VerbOf(root.QueryOne("button, a")), el)
		assert.Equal(t, page.NoControl, page.Facebook.VerbOf(root.QueryOne("button, a")), el)
	}
}

// A Facebook friend request outside the requests list: a row of the
// notifications page, with Confirm and Delete.
const fbNotifications = `<!DOCTYPE html><html lang="en"><body><div role="main">
<div role="grid" aria-label="Notifications"><div role="row"><a href="https://www.facebook.com/groups/42/" role="link"><span>New post in Gardeners of Leeds</span></a></div>
<div role="row"><div class="n1"><a href="https://www.facebook.com/profile.php?id=100099900000001" role="link"><span><strong>Oren Katz</strong></span></a>
<span>sent you a friend request.</span><span>4h</span>
<div class="n2"><div role="button" tabindex="0"><span>Confirm</span></div><div role="button" tabindex="0"><span>Delete</span></div></div></div></div>
</div></div></body></html>`

func TestControlFirstFindsARequestOutsideTheList(t *testing.T) {
	root := parseHTML(t, fbNotifications)
	a, err := page.Detect("https://www.facebook.com/notifications/", root)
	require.NoError(t, err, "a layout no table knows, on the site's host")
	assert.Equal(t, "facebook", a.ID)
	found := a.Cards(root)
	require.Len(t, found, 1)
	c := found[0].Card
	assert.Equal(t, "Oren Katz", c.Name, "the name in an element inside the profile link")
	assert.Equal(t, "https://www.facebook.com/profile.php?id=100099900000001", c.ProfileURL)
	assert.Equal(t, "Confirm", page.Clean(a.Control(found[0].Node, page.Accept).Text()))
	assert.Equal(t, "Delete", page.Clean(a.Control(found[0].Node, page.Ignore).Text()))
}

// On the requests page, a request in the right rail (Confirm only) is read
// beside the list's cards, in page order.
func TestControlFirstAddsCardsTheListMisses(t *testing.T) {
	src := `<!DOCTYPE html><html><body><div role="main">
<div aria-label="Friend requests" role="navigation">
<a href="https://www.facebook.com/friends/requests/?profile_id=1001" role="link"><span dir="auto">Ana Silva</span><span>3 mutual friends</span>
<div aria-label="Confirm" role="button">Confirm</div><div aria-label="Delete" role="button">Delete</div></a>
</div></div>
<aside><div class="rail"><a href="https://www.facebook.com/profile.php?id=1002"><span>Bo Lind</span></a><span>sent you a friend request</span>
<div role="button">Confirm</div></div><div class="rail"><a href="https://www.facebook.com/profile.php?id=1003">Cy Ode</a><span>is on Facebook</span></div></aside>
</body></html>`
	root := parseHTML(t, src)
	found := page.Facebook.Cards(root)
	require.Len(t, found, 2)
	assert.Equal(t, "Ana Silva", found[0].Card.Name)
	assert.Equal(t, "Bo Lind", found[1].Card.Name, "Accept and a profile link make a card")
	assert.Nil(t, page.Facebook.Control(found[1].Node, page.Ignore))
}

// Control-first cards: the smallest element holding the pair grows to the
// card around it; hidden stand-in controls do not count; a hidden bucket's
// cards are read; a control with a verb only in its text is found.
func TestControlFirstCards(t *testing.T) {
	card := func(slug, name string) string {
		return `<article><div><a href="https://www.linkedin.com/in/` + slug + `/"><img src="x.jpg" alt=""><span><b>` + name + `</b></span></a><div>Engineer</div></div>` +
			`<button hidden aria-label="Accept Someone Else’s invitation">Accept</button>` +
			`<div class="acts"><button>Ignore</button><button>Accept</button></div></article>`
	}
	src := `<!DOCTYPE html><html><body><div id="app"><section>` + card("ada-l", "Ada L") + card("bo-k", "Bo K") +
		`</section><section hidden>` + card("cy-m", "Cy M") + `</section></div></body></html>`
	root := parseHTML(t, src)
	a, err := page.Detect("https://www.linkedin.com/mynetwork/invitation-manager/received/", root)
	require.NoError(t, err)
	found := a.Cards(root)
	require.Len(t, found, 3)
	for i, want := range []string{"Ada L", "Bo K", "Cy M"} {
		assert.Equal(t, "article", found[i].Node.Tag())
		assert.Equal(t, want, found[i].Card.Name)
		acc := a.Control(found[i].Node, page.Accept)
		require.NotNil(t, acc)
		_, labelled := acc.Attr("aria-label")
		assert.False(t, labelled, "the hidden stand-in is not the Accept control")
	}
	assert.Equal(t, "https://www.linkedin.com/in/cy-m/", found[2].Card.ProfileURL)
}

// A card list without the page around it (a fragment) is read with the
// adapter named.
func TestFragment(t *testing.T) {
	for _, tc := range []struct {
		a    *page.Adapter
		src  string
		name string
	}{
		{page.LinkedIn, fullCard, "Ada Lovelace"},
		{page.LinkedIn, `<li><a href="/in/rey-s/"><strong>Rey S</strong></a><button aria-label="Ignore an invitation to connect from Rey S">Ignore</button><button aria-label="Accept Rey S’s invitation">Accept</button></li>`, "Rey S"},
		{page.Facebook, `<a href="https://www.facebook.com/friends/requests/?profile_id=77" role="link"><span dir="auto">Lou M</span><div aria-label="Confirm" role="button">Confirm</div><div aria-label="Delete" role="button">Delete</div></a>`, "Lou M"},
	} {
		root := parseHTML(t, tc.src)
		found := tc.a.Cards(root)
		require.Len(t, found, 1, tc.src)
		assert.Equal(t, tc.name, found[0].Card.Name)
	}
}
