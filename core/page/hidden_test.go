package page_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
)

func TestHidden(t *testing.T) {
	for _, tc := range []struct {
		el   string
		want bool
	}{
		{`<span hidden>x</span>`, true},
		{`<span aria-hidden="true">x</span>`, true},
		{`<span aria-hidden="TRUE ">x</span>`, true},
		{`<span aria-hidden="false">x</span>`, false},
		{`<span style="display:none">x</span>`, true},
		{`<span style="color: red; DISPLAY : none !important">x</span>`, true},
		{`<span style="visibility: hidden">x</span>`, true},
		{`<span style="display: -webkit-box">x</span>`, false},
		{`<span class="a hidden_elem b">x</span>`, true},
		{`<span class="d-none">x</span>`, true},
		{`<span class="visually-hidden">x</span>`, false}, // read by screen readers: part of what the page says
		{`<span class="hiddenness">x</span>`, false},
		{`<span>x</span>`, false},
	} {
		root := parseHTML(t, `<body>`+tc.el+`</body>`)
		el := root.QueryOne("span")
		require.NotNil(t, el)
		assert.Equal(t, tc.want, page.Hidden(el), tc.el)
	}
}

// TestHiddenTextIsNeverAField reads LinkedIn cards whose hidden elements
// hold text that would otherwise be taken for a field or a control.
func TestHiddenTextIsNeverAField(t *testing.T) {
	card := `<div role="listitem" componentkey="urn:li:invitation:42"><div data-view-name="pending-invitation">
<a href="/in/noor-haddad/"><strong><span class="hidden">Invitation accepted</span>Noor Haddad</strong></a>
<p hidden>Something went wrong</p><p>Noor Haddad is inviting you to connect</p><p>Data Engineer</p>
<p style="display:none">40 mutual connections</p><p>2 mutual connections</p><p aria-hidden="true">3 years ago</p><p>Yesterday</p>
<div data-view-name="invitation-action"><button hidden aria-label="Accept Decoy Person’s invitation">Accept</button>
<button aria-label="Ignore an invitation to connect from Noor Haddad">Ignore</button><button aria-label="Accept Noor Haddad’s invitation">Accept</button></div>
</div></div>`
	root := parseHTML(t, liPage(card))
	found := page.LinkedIn.Cards(root)
	require.Len(t, found, 1)
	c := found[0].Card
	assert.Equal(t, "Noor Haddad", c.Name)
	assert.Equal(t, "Data Engineer", c.Headline)
	assert.Equal(t, 2, c.Mutuals)
	assert.Equal(t, 1, c.AgeDays)
	acc := page.LinkedIn.Control(found[0].Node, page.Accept)
	require.NotNil(t, acc)
	assert.Equal(t, "Noor Haddad", page.LinkedIn.ControlNames(acc), "the hidden stand-in button is not the control")
}

// TestHiddenListStillRead: a list the page hides (another bucket) still
// holds cards with text; only what is hidden inside a card is left out.
func TestHiddenListStillRead(t *testing.T) {
	root := parseHTML(t, `<!DOCTYPE html><html><body><div role="main" data-sdui-screen="x.InvitationReceivedWithType"><main>`+
		`<div data-testid="lazy-column" hidden>`+fullCard+`</div></main></div></body></html>`)
	found := page.LinkedIn.Cards(root)
	require.Len(t, found, 1)
	assert.Equal(t, "Ada Lovelace", found[0].Card.Name)
	assert.Equal(t, "Mathematician", found[0].Card.Headline)
}
