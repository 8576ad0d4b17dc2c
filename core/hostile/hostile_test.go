package hostile_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/hostile"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

func TestTable(t *testing.T) {
	require.GreaterOrEqual(t, len(hostile.All), 100, "at least 100 payloads")
	ids := map[string]bool{}
	kinds := map[hostile.Kind]int{}
	for _, p := range hostile.All {
		assert.False(t, ids[p.ID], "unique id %s", p.ID)
		ids[p.ID] = true
		kinds[p.Kind]++
		assert.True(t, utf8.ValidString(p.Text), p.ID)
		assert.NotEmpty(t, p.Text, p.ID)
	}
	for _, k := range []hostile.Kind{hostile.Markup, hostile.Script, hostile.Handler, hostile.JSURL, hostile.DataURL,
		hostile.CSS, hostile.SVG, hostile.RTL, hostile.ZeroWidth, hostile.Long, hostile.URL} {
		assert.NotZero(t, kinds[k], "payloads of kind %s", k)
		assert.Len(t, hostile.Of(k), kinds[k])
	}
	long := 0
	for _, p := range hostile.Of(hostile.Long) {
		if utf8.RuneCountInString(p.Text) >= 25000 {
			long++
		}
	}
	assert.GreaterOrEqual(t, long, 3)
	assert.Equal(t, 100000, len(hostile.Of(hostile.Long)[0].Text), "a 100,000-character text")
}

// The generated pages (LinkedIn, X) read with the real adapters: one card
// per payload, in order, each judged; its name, headline and note are the
// payload as text; its profile link, the block plan's and every link
// Vetted could offer are the site's own https profile URLs or nothing;
// a card read again unchanged is the same invitation; an action's control
// is always that card's own.
func TestPagesThroughTheCore(t *testing.T) {
	for _, pg := range []struct {
		name, url, src, adapter, profile string
		key                              func(i int) string
	}{
		{"linkedin", hostile.PageURL, hostile.LinkedInPage(hostile.All), "linkedin", "https://www.linkedin.com/in/", hostile.Key},
		{"x", hostile.XPageURL, hostile.XPage(hostile.All), "x", "https://x.com/", func(i int) string { return "x:@" + hostile.XHandle(i) }},
	} {
		t.Run(pg.name, func(t *testing.T) { throughTheCore(t, pg.url, pg.src, pg.adapter, pg.profile, pg.key) })
	}
}

func throughTheCore(t *testing.T, url, src, adapter, profile string, key func(int) string) {
	root, err := htmlnode.Parse(strings.NewReader(src))
	require.NoError(t, err)
	a, err := page.Detect(url, root)
	require.NoError(t, err)
	require.Equal(t, adapter, a.ID)
	nodes := a.CardNodes(root)
	require.Len(t, nodes, len(hostile.All), "one card per payload")
	cards := make([]card.Card, len(nodes))
	for i, n := range nodes {
		c, ok := a.Read(n)
		require.True(t, ok, hostile.All[i].ID)
		cards[i] = c
	}
	judge := verdict.New(nil)
	vs := judge.Cards(cards, nil)
	require.Len(t, vs, len(cards))
	tpl := settings.Defaults().Templates
	went := 0
	defer func() {
		// Most go ahead: a payload in a name is no reason to refuse.
		assert.GreaterOrEqual(t, went, len(nodes)*9/10, "Accept goes ahead on %d of %d cards", went, len(nodes))
	}()
	for i, n := range nodes {
		p, c := hostile.All[i], &cards[i]
		t.Run(p.ID, func(t *testing.T) {
			assert.Equal(t, key(i), c.Key, "the card's own key")
			// Text fields hold text: whatever markup the payload has is
			// read as characters, never as elements (the text is the
			// payload's own characters, cleaned).
			clean := page.Clean(p.Text)
			for field, v := range map[string]string{"name": c.Name, "headline": c.Headline, "note": c.Note} {
				if v != "" {
					assert.True(t, strings.Contains(clean, v) || strings.Contains(v, firstRunes(clean, 40)),
						"%s %q comes from the payload", field, firstRunes(v, 80))
				}
			}
			if strings.Contains(p.Text, "<") && p.Kind != hostile.URL && p.Kind != hostile.JSURL && p.Kind != hostile.DataURL {
				assert.Contains(t, c.Note+c.Headline+c.Name, "<", "markup stays visible as text")
			}
			// Links: the site's own https profile or none.
			if c.ProfileURL != "" {
				assert.True(t, strings.HasPrefix(c.ProfileURL, profile), c.ProfileURL)
			}
			own := page.OwnProfile(c.Site, c.ProfileURL)
			if own != "" {
				assert.Equal(t, c.ProfileURL, own)
			}
			avail := action.Available(a, n, c)
			if own == "" {
				assert.NotContains(t, avail, action.Block, "no profile link to block from")
			}
			if pl, err := action.New(action.Block, c, tpl); err == nil {
				assert.Equal(t, own, pl.Profile)
				assert.True(t, strings.HasPrefix(pl.Profile, profile), pl.Profile)
				chk := action.Precheck(a, url, root, n, c, pl)
				assert.Equal(t, action.Go, chk.Outcome, chk.Reason)
			} else {
				assert.Empty(t, own)
			}
			// The judgement quotes evidence as text only.
			v := vs[i]
			assert.NotEmpty(t, string(v.Type))
			for _, f := range v.Flags {
				for _, e := range f.Evidence {
					assert.True(t, utf8.ValidString(e), f.ID)
				}
			}
			// Read again, unchanged, it is the same invitation.
			again, ok := a.Read(n)
			require.True(t, ok)
			assert.Empty(t, action.Changed(c, &again))
			// Accept either goes ahead with this card's own Accept button
			// or refuses; it never reaches another card.
			pl, err := action.New(action.Accept, c, tpl)
			require.NoError(t, err)
			chk := action.Precheck(a, url, root, n, c, pl)
			switch chk.Outcome {
			case action.Go, action.NeedsUser:
				if chk.Outcome == action.Go {
					went++
				}
				require.NotNil(t, chk.Control)
				assert.True(t, inside(chk.Control, n), "the control lies in the card")
				label, _ := chk.Control.Attr("aria-label")
				assert.True(t, strings.HasPrefix(label, "Accept"), label[:min(len(label), 40)])
			case action.Refused:
			default:
				t.Errorf("unexpected outcome %s: %s", chk.Outcome, chk.Reason)
			}
		})
	}
}

// No payload that tries another host, scheme or look-alike becomes a
// profile link, on any site; the sites' own https profiles do.
func TestOwnProfile(t *testing.T) {
	sites := []card.Site{card.LinkedIn, card.Facebook, card.X, card.Instagram, card.Xing}
	for _, k := range []hostile.Kind{hostile.URL, hostile.JSURL, hostile.DataURL, hostile.RTL, hostile.ZeroWidth} {
		for _, p := range hostile.Of(k) {
			for _, s := range sites {
				assert.Empty(t, page.OwnProfile(s, p.Text), "%s on %s: %q", p.ID, s, firstRunes(p.Text, 60))
				assert.Empty(t, page.OwnProfile(s, hostile.ProfileHref(p)), "%s on %s", p.ID, s)
			}
		}
	}
	for _, p := range hostile.All {
		for _, s := range sites {
			if u := page.OwnProfile(s, hostile.ProfileHref(p)); u != "" {
				assert.True(t, strings.HasPrefix(u, "https://www.linkedin.com/in/"), "%s: %q", p.ID, firstRunes(u, 60))
				assert.Equal(t, card.LinkedIn, s)
				assert.NotContains(t, u, "<")
				assert.NotContains(t, u, `"`)
			}
		}
	}
	for _, tt := range []struct {
		site card.Site
		u    string
		ok   bool
	}{
		{card.LinkedIn, "https://www.linkedin.com/in/ada-lovelace/", true},
		{card.LinkedIn, "https://de.linkedin.com/in/ada/", true},
		{card.Facebook, "https://www.facebook.com/profile.php?id=100012345678901", true},
		{card.X, "https://x.com/jane_doe", true},
		{card.Instagram, "https://www.instagram.com/jane.doe/", true},
		{card.Xing, "https://www.xing.com/profile/Ada_Lovelace", true},
		{card.Facebook, "https://www.linkedin.com/in/ada/", false},
		{card.LinkedIn, "http://www.linkedin.com/in/ada/", false},
		{card.LinkedIn, "https://www.linkedin.com", true},
		{card.LinkedIn, "https://", false},
		{"", "https://www.linkedin.com/in/ada/", false},
		{card.LinkedIn, "https://www.linkedin.com/in/" + strings.Repeat("a", 3000), false},
	} {
		assert.Equal(t, tt.ok, page.OwnProfile(tt.site, tt.u) != "", "%s %s", tt.site, firstRunes(tt.u, 60))
	}
}

func inside(n, el page.Node) bool {
	for x := n.(htmlnode.Node).HTML(); x != nil; x = x.Parent {
		if x == el.(htmlnode.Node).HTML() {
			return true
		}
	}
	return false
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}
