package action

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/settings"
)

// siteFixture is one of core/page's saved invitation pages, read with the
// adapter Detect picks for its URL.
type siteFixture struct {
	a     *page.Adapter
	root  page.Node
	url   string
	nodes []page.Node
	cards []card.Card
}

func loadSite(t *testing.T, file string) siteFixture {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("../page/testdata", file+".html"))
	require.NoError(t, err)
	u, err := os.ReadFile(filepath.Join("../page/testdata", file+".url"))
	require.NoError(t, err)
	f := siteFixture{url: strings.TrimSpace(string(u))}
	f.root, err = htmlnode.Parse(strings.NewReader(string(raw)))
	require.NoError(t, err)
	f.a, err = page.Detect(f.url, f.root)
	require.NoError(t, err)
	f.nodes = f.a.CardNodes(f.root)
	require.NotEmpty(t, f.nodes, file)
	for _, n := range f.nodes {
		c, ok := f.a.Read(n)
		require.True(t, ok)
		f.cards = append(f.cards, c)
	}
	return f
}

// within reports whether n is el or lies inside it (html nodes compared by identity).
func within(n, el page.Node) bool {
	for x := n.(htmlnode.Node).HTML(); x != nil; x = x.Parent {
		if x == el.(htmlnode.Node).HTML() {
			return true
		}
	}
	return false
}

// The sites whose buttons name nobody, and LinkedIn for comparison.
var siteFiles = []struct {
	file     string
	adapter  string
	unnamed  bool   // the Accept and Ignore labels name nobody
	accept   string // words the accept control's label or text holds, |-separated
	ignore   string
	listSel  string // an element holding every card
	minCards int
}{
	{"facebook/requests", "facebook", true, "confirm", "delete|remove", `div[aria-label="Friend requests"]`, 5},
	{"facebook/hidden", "facebook", true, "confirm", "delete|remove", `[role="main"]`, 3},
	{"facebook/requests-de", "facebook", true, "bestätigen", "löschen|entfernen", `[role="main"]`, 3},
	{"x/follower-requests", "x", true, "accept", "decline", `[role="dialog"]`, 3},
	{"instagram/follow-requests", "instagram", true, "confirm", "delete|remove", `main`, 3},
	{"linkedin-legacy/received", "linkedin-legacy", false, "accept", "ignore", `ul.mn-invitation-list`, 3},
	{"linkedin/received", "linkedin", false, "accept", "ignore", `main`, 3},
}

// On every site, Accept and Ignore on every card go ahead with that card's
// own control, found inside it and in no other card.
func TestSitesOneClick(t *testing.T) {
	tpl := settings.Defaults().Templates
	for _, sf := range siteFiles {
		t.Run(sf.file, func(t *testing.T) {
			f := loadSite(t, sf.file)
			assert.Equal(t, sf.adapter, f.a.ID)
			require.GreaterOrEqual(t, len(f.nodes), sf.minCards)
			acted := 0
			for i, n := range f.nodes {
				c := &f.cards[i]
				for _, k := range []Kind{Accept, Ignore} {
					p, err := New(k, c, tpl)
					require.NoError(t, err)
					ctrl := f.a.Control(n, p.Click)
					if ctrl == nil {
						continue
					}
					if sf.unnamed {
						assert.Empty(t, f.a.ControlNames(ctrl), "%s on %s: the label names nobody", k, c.Name)
					}
					got := Precheck(f.a, f.url, f.root, n, c, p)
					if c.FollowsYou && k == Accept && sf.adapter == "linkedin" {
						assert.Equal(t, NeedsUser, got.Outcome, got.Reason)
						continue
					}
					require.Equal(t, Go, got.Outcome, "%s on %q: %s", k, c.Name, got.Reason)
					acted++
					require.NotNil(t, got.Control)
					assert.True(t, within(got.Control, n), "%s on %q: the control lies in the card", k, c.Name)
					for j, other := range f.nodes {
						if j != i {
							assert.False(t, within(got.Control, other), "%s on %q: the control is not in card %d", k, c.Name, j)
						}
					}
					label, _ := got.Control.Attr("aria-label")
					want := sf.accept
					if k == Ignore {
						want = sf.ignore
					}
					text := fold(label + " " + got.Control.Text())
					assert.True(t, slices.ContainsFunc(strings.Split(want, "|"), func(w string) bool { return strings.Contains(text, w) }),
						"%s on %q: the control is the %s button, not %q", k, c.Name, k, text)
				}
			}
			assert.GreaterOrEqual(t, acted, 2*sf.minCards-1, "actions that go ahead")
		})
	}
}

// What refuses on every site: the card element showing another invitation,
// an element holding more than one card, a second control of the kind in
// the card, a key or profile link gone, a label naming someone else.
func TestSitesRefuse(t *testing.T) {
	tpl := settings.Defaults().Templates
	for _, sf := range siteFiles {
		t.Run(sf.file, func(t *testing.T) {
			f := loadSite(t, sf.file)
			first := f.cards[0]
			p, err := New(Ignore, &first, tpl)
			require.NoError(t, err)

			// The first card as judged; the element now shows the second.
			got := Precheck(f.a, f.url, f.root, f.nodes[1], &first, p)
			assert.Equal(t, Refused, got.Outcome, "another card: %s", got.Reason)

			// The element found for the card holds the whole list.
			list := f.root.QueryOne(sf.listSel)
			require.NotNil(t, list)
			got = Precheck(f.a, f.url, f.root, list, &first, p)
			assert.Equal(t, Refused, got.Outcome, "the whole list: %s", got.Reason)

			// A second control of the kind inside the card.
			f = loadSite(t, sf.file)
			ctrl := f.a.Control(f.nodes[0], ControlIgnore)
			require.NotNil(t, ctrl)
			h := ctrl.(htmlnode.Node).HTML()
			h.Parent.AppendChild(cloneHTML(h))
			got = Precheck(f.a, f.url, f.root, f.nodes[0], &first, p)
			assert.Equal(t, Refused, got.Outcome, "two Ignore buttons: %s", got.Reason)
			assert.Contains(t, got.Reason, "more than one")

			// The profile link changed to someone else's.
			f = loadSite(t, sf.file)
			token := profileToken(first.ProfileURL)
			require.NotEmpty(t, token, first.ProfileURL)
			for _, a := range append(f.nodes[0].QueryAll("a[href]"), f.nodes[0]) {
				el := a.(htmlnode.Node).HTML()
				for i := range el.Attr {
					if el.Attr[i].Key == "href" {
						el.Attr[i].Val = strings.ReplaceAll(el.Attr[i].Val, token, "9"+token[1:])
					}
				}
			}
			now, _ := f.a.Read(f.nodes[0])
			require.NotEqual(t, first.ProfileURL, now.ProfileURL)
			got = Precheck(f.a, f.url, f.root, f.nodes[0], &first, p)
			assert.Equal(t, Refused, got.Outcome, "another profile link: %s", got.Reason)

			// A label that names someone must name this person.
			f = loadSite(t, sf.file)
			ctrl = f.a.Control(f.nodes[0], ControlIgnore)
			setAttr(ctrl.(htmlnode.Node).HTML(), "aria-label", "Ignore an invitation to connect from Eve Mallory")
			if f.a.Control(f.nodes[0], ControlIgnore) != nil && f.a.ControlNames(f.a.Control(f.nodes[0], ControlIgnore)) != "" {
				got = Precheck(f.a, f.url, f.root, f.nodes[0], &first, p)
				assert.Equal(t, Refused, got.Outcome, "a label naming Eve: %s", got.Reason)
				assert.Contains(t, got.Reason, "Eve Mallory")
			} else {
				assert.True(t, sf.unnamed, "LinkedIn reads the name in its labels")
			}
		})
	}
}

// profileToken is the part of a profile URL that names the person: the
// id parameter's value, else the last path segment.
func profileToken(u string) string {
	if _, id, ok := strings.Cut(u, "id="); ok {
		return id
	}
	segs := strings.Split(strings.Trim(u, "/"), "/")
	return segs[len(segs)-1]
}

func cloneHTML(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		c.AppendChild(cloneHTML(k))
	}
	return c
}

func setAttr(n *html.Node, key, val string) {
	for i := range n.Attr {
		if n.Attr[i].Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

// A control found by its position alone needs the card to hold exactly
// the buttons the site's layout has (X: Decline, then Accept).
func TestOnlyControlByPosition(t *testing.T) {
	row := func(buttons string) string {
		return `<div data-testid="cellInnerDiv"><div data-testid="UserCell"><a href="/ada" role="link"><span>Ada Lovelace</span></a>` +
			`<a href="/ada" role="link"><span>@ada</span></a>` + buttons + `</div></div>`
	}
	for _, tt := range []struct {
		name, buttons string
		want          bool
	}{
		{"labelled", `<button aria-label="Decline">Decline</button><button aria-label="Accept">Accept</button>`, true},
		{"two unlabelled buttons in the site's order", `<button>Refuser</button><button>Accepter</button>`, true},
		{"a third button", `<button>Refuser</button><button>Accepter</button><button>Suivre</button>`, false},
		{"two labelled Accept buttons", `<button aria-label="Accept">Accept</button><button aria-label="Accept">Accept</button>`, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			root := parse(t, `<html><body><div role="dialog" aria-modal="true">`+row(tt.buttons)+`</div></body></html>`)
			n := root.QueryOne(`[data-testid="UserCell"]`)
			require.NotNil(t, page.X.Control(n, ControlAccept))
			assert.Equal(t, tt.want, page.X.OnlyControl(n, ControlAccept))
		})
	}
	assert.False(t, page.X.OnlyControl(nil, ControlAccept))
}
