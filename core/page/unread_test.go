package page_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// TestUnread: an Accept control no card holds and a card without a name
// are what could not be read; hidden stand-ins are not, a hidden bucket's
// control is.
func TestUnread(t *testing.T) {
	nameless := `<div role="listitem" componentkey="urn:li:invitation:55"><div data-view-name="pending-invitation">` +
		`<div data-view-name="invitation-action"><button>Ignore</button><button>Accept</button></div></div></div>`
	stray := `<div class="odd"><button aria-label="Accept Pat Quinn’s invitation">Accept</button></div>`
	standIn := `<button hidden aria-label="Accept Nobody’s invitation">Accept</button>`
	root := parseHTML(t, liPage(fullCard, nameless, stray, standIn))
	found := page.LinkedIn.Cards(root)
	require.Len(t, found, 2)
	u := page.LinkedIn.Unread(root, found)
	assert.Equal(t, 2, u.Count(), "2 invitations on this page could not be read")
	require.Len(t, u.Controls, 1)
	require.Len(t, u.Nameless, 1)
	skel := htmlnode.Skeleton(u.Controls[0])
	assert.NotContains(t, skel, "Pat")
	assert.Contains(t, skel, `aria-label="Xxxxxx Xxx Xxxxx’x xxxxxxxxxx"`)

	all := page.LinkedIn.Unread(root, nil)
	assert.Len(t, all.Controls, 3, "with no cards read, every visible Accept control is unread")
}

func TestSkeleton(t *testing.T) {
	root := parseHTML(t, `<li class="card" data-invitation-id="6981000000000009001"><a href="https://www.linkedin.com/in/jane-doe-4b2a/?trk=x">`+
		`<img src="https://media.licdn.com/dms/image/D4E/profile-displayphoto/0/1" alt="Jane Doe"><strong>Jane Doe</strong></a>`+
		`<p>Jane Doe is inviting you to connect</p><p>12 mutual connections</p><!-- Jane --><button aria-label="Accept Jane Doe’s invitation">Accept</button></li>`)
	s := htmlnode.Skeleton(root.QueryOne("li"))
	assert.NotContains(t, strings.ToLower(s), "jane")
	assert.NotContains(t, s, "6981")
	assert.NotContains(t, s, "licdn")
	assert.Contains(t, s, `href="/in/…/"`)
	assert.Contains(t, s, `<strong>Xxxx Xxx</strong>`)
	assert.Contains(t, s, `<p>00 xxxxxx xxxxxxxxxxx</p>`)
	assert.Contains(t, s, `class="card"`)
	assert.Equal(t, "", htmlnode.Skeleton(nil))
	odd := parseHTML(t, `<p><a href="javascript:alert(1)">x</a><a href="//cdn.example.com/a/b.png?x">y</a><a href="/friends/requests/?profile_id=9">z</a></p>`)
	s = htmlnode.Skeleton(odd.QueryOne("p"))
	assert.Contains(t, s, `href="…"`)
	assert.Contains(t, s, `href="/a/…"`)
	assert.Contains(t, s, `href="/friends/…/"`)
}

// TestSkeletonHostile: markup in the page's attributes and texts comes
// out escaped, never as markup; a long page is cut; Skeletons gives at
// most MaxSkeletons.
func TestSkeletonHostile(t *testing.T) {
	root := parseHTML(t, `<div data-x="a&quot;><script>1</script>" class="c&quot; onload=&quot;x">&lt;img src=x onerror=alert(1)&gt;</div>`)
	s := page.Skeleton(root.QueryOne("div"))
	assert.Equal(t, `<div data-x="a&#34;&gt;&lt;script&gt;0&lt;/script&gt;" class="c&#34; onload=&#34;x">&lt;xxx xxx=x xxxxxxx=xxxxx(0)&gt;</div>`, s)
	assert.NotContains(t, s, "<script")
	assert.NotContains(t, s, "<img")

	long := parseHTML(t, "<ul>"+strings.Repeat("<li>Jane Doe, a much longer text</li>", 2000)+"</ul>")
	s = page.Skeleton(long.QueryOne("ul"))
	assert.Less(t, len(s), 20<<10, "cut")
	assert.True(t, strings.HasSuffix(s, "…</ul>"), s[len(s)-20:])

	u := page.Unread{Nameless: long.QueryAll("li")[:25]}
	assert.Equal(t, 25, u.Count())
	assert.Len(t, u.Skeletons(), page.MaxSkeletons)
}
