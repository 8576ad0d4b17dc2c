package page_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

func parseHTML(t testing.TB, src string) page.Node {
	t.Helper()
	root, err := htmlnode.Parse(strings.NewReader(src))
	require.NoError(t, err)
	return root
}

// liPage wraps current-layout LinkedIn cards in the page's list.
func liPage(cards ...string) string {
	return `<!DOCTYPE html><html><body><div role="main" data-sdui-screen="x.InvitationReceivedWithType"><main>` +
		`<div data-testid="lazy-column">` + strings.Join(cards, "\n") + `</div></main></div></body></html>`
}

const fullCard = `<div role="listitem" componentkey="urn:li:invitation:1"><div data-view-name="pending-invitation">
<a href="/in/ada-lovelace/"><img src="https://media.licdn.com/x/profile-displayphoto-shrink_100_100/0/1" alt="Ada Lovelace’s profile picture"></a>
<a href="/in/ada-lovelace/"><strong>Ada Lovelace</strong></a><p>Ada Lovelace is inviting you to connect</p><p>Mathematician</p>
<p>3 mutual connections</p><p>1 week ago</p>
<div data-view-name="invitation-action"><button aria-label="Ignore an invitation to connect from Ada Lovelace">Ignore</button><button aria-label="Accept Ada Lovelace’s invitation">Accept</button></div>
<p>Hello!</p></div></div>`

func TestCardMissingFieldsIsStillReturned(t *testing.T) {
	root := parseHTML(t, liPage(`<div role="listitem" componentkey="urn:li:invitation:2"><div data-view-name="pending-invitation">
<div data-view-name="invitation-action"><button>Ignore</button><button>Accept</button></div></div></div>`))
	found := page.LinkedIn.Cards(root)
	require.Len(t, found, 1)
	want := card.New()
	want.Site = card.LinkedIn
	want.Key = "urn:li:invitation:2"
	assert.Equal(t, want, found[0].Card, "every field not shown stays unknown")
	assert.Equal(t, []string{"no name", "no profile URL"}, found[0].Problems)
	assert.NotNil(t, page.LinkedIn.Control(found[0].Node, page.Accept))
	assert.Equal(t, "", page.LinkedIn.ControlNames(page.LinkedIn.Control(found[0].Node, page.Accept)))
}

func TestMalformedCardDoesNotHideOthers(t *testing.T) {
	broken := `<div role="listitem" componentkey="urn:li:invitation:9"><div data-view-name="pending-invitation"><p><strong><a href="javascript:x">` +
		`<p>Some one is inviting you</table></span><svg><image href="x"></svg><button aria-label="Accept ’s invitation"></button></div></div>`
	root := parseHTML(t, liPage(fullCard, broken, strings.ReplaceAll(fullCard, `invitation:1"`, `invitation:3"`)))
	found := page.LinkedIn.Cards(root)
	require.Len(t, found, 3)
	for _, i := range []int{0, 2} {
		c := found[i].Card
		assert.Equal(t, "Ada Lovelace", c.Name)
		assert.Equal(t, "Mathematician", c.Headline)
		assert.Equal(t, 3, c.Mutuals)
		assert.Equal(t, 7, c.AgeDays)
		assert.Equal(t, "Hello!", c.Note)
		assert.Equal(t, card.PhotoPresent, c.Photo)
		assert.Empty(t, found[i].Problems)
	}
	assert.Equal(t, "urn:li:invitation:9", found[1].Card.Key)
	assert.Equal(t, "urn:li:invitation:3", found[2].Card.Key)
}

// panicky is a Node whose Text panics inside one card (a broken live
// DOM, a detached node): that card stops, the others are read.
type panicky struct{ page.Node }

func wrapP(n page.Node) page.Node {
	if n == nil {
		return nil
	}
	return panicky{n}
}

func (p panicky) QueryOne(s string) page.Node { return wrapP(p.Node.QueryOne(s)) }
func (p panicky) Closest(s string) page.Node  { return wrapP(p.Node.Closest(s)) }
func (p panicky) QueryAll(s string) []page.Node {
	var out []page.Node
	for _, n := range p.Node.QueryAll(s) {
		out = append(out, panicky{n})
	}
	return out
}
func (p panicky) Text() string {
	if c := p.Node.Closest(`[componentkey="urn:li:invitation:2"]`); c != nil {
		panic("detached")
	}
	return p.Node.Text()
}

func TestPanickingCardDoesNotHideOthers(t *testing.T) {
	src := liPage(fullCard, strings.ReplaceAll(fullCard, `invitation:1"`, `invitation:2"`), strings.ReplaceAll(fullCard, `invitation:1"`, `invitation:3"`))
	root := wrapP(parseHTML(t, src))
	var found []page.Found
	require.NotPanics(t, func() { found = page.LinkedIn.Cards(root) })
	require.Len(t, found, 3)
	assert.Equal(t, "Ada Lovelace", found[0].Card.Name)
	assert.Equal(t, "Ada Lovelace", found[2].Card.Name)
	assert.Equal(t, "urn:li:invitation:2", found[1].Card.Key, "fields that read no text are read")
	assert.Equal(t, "https://www.linkedin.com/in/ada-lovelace/", found[1].Card.ProfileURL)
	assert.Equal(t, card.PhotoPresent, found[1].Card.Photo)
	assert.Equal(t, "", found[1].Card.Name)
	assert.Contains(t, found[1].Problems, "name could not be read")
}

func TestDetectUnknownNamesTheSitesTried(t *testing.T) {
	for _, src := range []string{"", "<p>hello</p>", "<main><div data-testid=lazy-column><div role=listitem>nothing</div></div></main>"} {
		a, err := page.Detect("https://www.linkedin.com/mynetwork/invitation-manager/received/", parseHTML(t, src))
		assert.Nil(t, a)
		var nf *page.NotFoundError
		require.True(t, errors.As(err, &nf))
		assert.Equal(t, "no invitation list found (tried: linkedin, linkedin-legacy, linkedin-grow, facebook, x, instagram, xing)", err.Error())
	}
	a, err := page.Detect("", nil)
	assert.Nil(t, a)
	assert.Error(t, err)
}

func TestDetectPrefersTheURL(t *testing.T) {
	// A current-layout card on the grow page is read by the grow adapter
	// when the URL says so, and by the invitation manager's by markup.
	src := `<html><body><main><div data-testid="lazy-column">` + fullCard + `</div></main></body></html>`
	root := parseHTML(t, src)
	a, err := page.Detect("https://www.linkedin.com/mynetwork/invitation-manager/received/", root)
	require.NoError(t, err)
	assert.Equal(t, "linkedin", a.ID)
	a, err = page.Detect("", root)
	require.NoError(t, err)
	assert.Equal(t, "linkedin", a.ID)
}

func TestNilsAreSafe(t *testing.T) {
	for _, a := range page.All {
		assert.Nil(t, a.Cards(nil), a.ID)
		assert.Nil(t, a.CardNodes(nil), a.ID)
		assert.Nil(t, a.Control(nil, page.Accept), a.ID)
		assert.Equal(t, "", a.ControlNames(nil), a.ID)
		assert.False(t, a.Clickable(nil), a.ID)
		assert.False(t, a.Empty(nil), a.ID)
		c, ok := a.Read(nil)
		assert.False(t, ok, a.ID)
		assert.Equal(t, a.Site, c.Site, a.ID)
		assert.Equal(t, -1, c.Mutuals, a.ID)
	}
}

func TestRead(t *testing.T) {
	root := parseHTML(t, liPage(fullCard))
	nodes := page.LinkedIn.CardNodes(root)
	require.Len(t, nodes, 1)
	c, ok := page.LinkedIn.Read(nodes[0])
	assert.True(t, ok)
	assert.Equal(t, "Ada Lovelace", c.Name)
	assert.Equal(t, "https://www.linkedin.com/in/ada-lovelace/", c.ProfileURL)
	assert.Nil(t, page.LinkedIn.Control(nodes[0], page.More), "absent control")
}

func TestClickable(t *testing.T) {
	root := parseHTML(t, `<div>
<a id="here" href="https://www.linkedin.com/mynetwork/invitation-manager/received/">Accept</a>
<a id="grow" href="/mynetwork/grow/">Accept</a>
<a id="hash" href="#">Accept</a>
<a id="js" href="javascript:void(0)">Accept</a>
<a id="none">Accept</a>
<a id="compose" href="https://www.linkedin.com/messaging/compose/?recipient=x">Reply</a>
<button id="button">Accept</button></div>`)
	for id, want := range map[string]bool{"here": false, "grow": false, "hash": false, "js": false, "none": false, "compose": true, "button": true} {
		n := root.QueryOne("#" + id)
		require.NotNil(t, n, id)
		assert.Equal(t, want, page.LinkedIn.Clickable(n), id)
		assert.Equal(t, want, page.LinkedInGrow.Clickable(n), id)
	}
}

func TestEmptyStatesAreNotErrors(t *testing.T) {
	for _, path := range []string{"testdata/linkedin/empty.html", "testdata/linkedin-legacy/empty.html", "testdata/facebook/empty.html"} {
		root := load(t, path)
		a, err := page.Detect("", root)
		require.NoError(t, err, path)
		assert.True(t, a.Empty(root), path)
		assert.Empty(t, a.Cards(root), path)
	}
}
