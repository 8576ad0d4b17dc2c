package action

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
)

const pageURL = "https://www.linkedin.com/mynetwork/invitation-manager/received/"

// cardHTML builds a test card; name goes into the profile link, the
// accept and ignore labels name acceptName and ignoreName.
func cardHTML(key, name, acceptName, ignoreName string, extra string) string {
	s := `<div role="listitem" componentkey="` + key + `">` +
		`<a href="https://www.linkedin.com/in/` + strings.ToLower(strings.Fields(name + " x")[0]) + `/"><strong>` + name + `</strong></a>` +
		`<p>AI Product Manager</p><div data-view-name="invitation-action">`
	if ignoreName != "-" {
		s += `<button data-control="ignore" aria-label="Ignore an invitation to connect from ` + ignoreName + `">Ignore</button>`
	}
	if acceptName != "-" {
		s += `<button data-control="accept" aria-label="Accept ` + acceptName + `’s invitation">Accept</button>`
	}
	return s + `</div>` + extra + `</div>`
}

func doc(body string) string { return `<html><body><main>` + body + `</main></body></html>` }

func judged(t *testing.T, cardNode string) card.Card {
	c, ok := fakeSite{}.Read(parse(t, doc(cardNode)).QueryOne(`[role="listitem"]`))
	require.True(t, ok)
	return c
}

const reply = `<a href="/messaging/compose/?recipient=x" aria-label="Reply to Ada Lovelace">Reply to Ada</a>`

func TestAvailable(t *testing.T) {
	tests := []struct {
		name string
		html string
		kind card.Kind
		want []Kind
	}{
		{"full person card", cardHTML("k1", "Ada Lovelace", "Ada Lovelace", "Ada Lovelace", reply), card.Person,
			[]Kind{Accept, Ignore, Ask, AcceptThanks, IgnoreReport, Block}},
		{"no message control", cardHTML("k1", "Ada Lovelace", "Ada Lovelace", "Ada Lovelace", ""), card.Person,
			[]Kind{Accept, Ignore, IgnoreReport, Block}},
		{"page invitation", cardHTML("k1", "Example Page", "Example Page", "Example Page", reply), card.Page,
			[]Kind{Accept, Ignore}},
		{"no controls at all", cardHTML("k1", "Ada Lovelace", "-", "-", ""), card.Person, []Kind{Block}},
		{"accept only", cardHTML("k1", "Ada Lovelace", "Ada Lovelace", "-", reply), card.Person,
			[]Kind{Accept, Ask, AcceptThanks, Block}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := parse(t, doc(tt.html)).QueryOne(`[role="listitem"]`)
			c := judged(t, tt.html)
			c.Kind = tt.kind
			assert.Equal(t, tt.want, Available(fakeSite{}, n, &c))
		})
	}
	assert.Nil(t, Available(fakeSite{}, nil, &card.Card{}))
}

func TestAvailableNeedsSafeProfileURL(t *testing.T) {
	h := `<div role="listitem"><a href="javascript:alert(1)//in/"><strong>Eve</strong></a></div>`
	n := parse(t, doc(h)).QueryOne(`[role="listitem"]`)
	c, _ := fakeSite{}.Read(n)
	assert.Empty(t, Available(fakeSite{}, n, &c))
}

func TestNewPlan(t *testing.T) {
	tpl := settings.Templates{ThankYou: "Thanks for connecting, {first_name}!", AskContext: "Hi {first_name}, how do we know each other?"}
	c := card.Card{Name: "Ada Lovelace", Key: "k1", ProfileURL: "https://www.linkedin.com/in/ada/", Site: card.LinkedIn}
	tests := []struct {
		kind Kind
		want Plan
	}{
		{Accept, Plan{Click: ControlAccept}},
		{Ignore, Plan{Click: ControlIgnore}},
		{Ask, Plan{Compose: true, Text: "Hi Ada, how do we know each other?"}},
		{AcceptThanks, Plan{Click: ControlAccept, Compose: true, Text: "Thanks for connecting, Ada!"}},
		{IgnoreReport, Plan{Click: ControlIgnore, Report: true}},
		{Block, Plan{Profile: "https://www.linkedin.com/in/ada/"}},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			p, err := New(tt.kind, &c, tpl)
			require.NoError(t, err)
			want := tt.want
			want.Kind, want.Name, want.Key, want.ProfileURL, want.Site = tt.kind, c.Name, c.Key, c.ProfileURL, c.Site
			assert.Equal(t, want, p)
		})
	}
	_, err := New("launch", &c, tpl)
	assert.Error(t, err)
	_, err = New(Block, &card.Card{Name: "Ada", ProfileURL: "javascript:alert(1)"}, tpl)
	assert.Error(t, err)
	_, err = New(Ask, &c, settings.Templates{})
	assert.Error(t, err)
	_, err = New(Accept, nil, tpl)
	assert.Error(t, err)
}

func TestPlanNeeds(t *testing.T) {
	assert.Equal(t, ControlAccept, Plan{Click: ControlAccept, Compose: true}.Needs())
	assert.Equal(t, ControlMessage, Plan{Compose: true}.Needs())
	assert.Equal(t, NoControl, Plan{Profile: "https://x"}.Needs())
}

func TestPrecheck(t *testing.T) {
	ada := cardHTML("urn:li:invitation:1", "Ada Lovelace", "Ada Lovelace", "Ada Lovelace", reply)
	noID := strings.Replace(strings.Replace(ada, ` componentkey="urn:li:invitation:1"`, "", 1),
		`href="https://www.linkedin.com/in/ada/"`, `href="#"`, 1)
	followsYou := strings.Replace(ada, `<button data-control="accept" aria-label="Accept Ada Lovelace’s invitation">Accept</button>`,
		`<a data-control="accept" href="`+pageURL+`" aria-label="Accept Ada Lovelace’s invitation">Accept</a>`, 1)
	tests := []struct {
		name    string
		judged  string // the card as judged
		now     string // the page now
		url     string
		kind    Kind
		want    Outcome
		reason  string
		control bool
	}{
		{"accept", ada, ada, pageURL, Accept, Go, "", true},
		{"ignore", ada, ada, pageURL, Ignore, Go, "", true},
		{"ask uses the message control", ada, ada, pageURL, Ask, Go, "", true},
		{"block needs no control", ada, ada, pageURL, Block, Go, "", false},
		{"typographic apostrophe and case do not matter", ada,
			cardHTML("urn:li:invitation:1", "Ada Lovelace", "ADA  LOVELACE", "Ada Lovelace", reply), pageURL, Accept, Go, "", true},
		{"card now shows someone else", ada,
			cardHTML("urn:li:invitation:2", "Eve Mallory", "Eve Mallory", "Eve Mallory", ""), pageURL, Accept, Refused, "now shows Eve Mallory", false},
		{"same name, other invitation key", ada,
			cardHTML("urn:li:invitation:9", "Ada Lovelace", "Ada Lovelace", "Ada Lovelace", ""), pageURL, Accept, Refused, "card changed", false},
		{"control names another person", ada,
			cardHTML("urn:li:invitation:1", "Ada Lovelace", "Eve Mallory", "Ada Lovelace", ""), pageURL, Accept, Refused, "names Eve Mallory", false},
		{"control is gone", ada,
			cardHTML("urn:li:invitation:1", "Ada Lovelace", "-", "Ada Lovelace", ""), pageURL, Accept, Refused, "is gone", false},
		{"unlabelled control: the card's own identity is the check", ada,
			strings.Replace(ada, ` aria-label="Accept Ada Lovelace’s invitation"`, "", 1), pageURL, Accept, Go, "", true},
		{"unlabelled control on a card with nothing but a name goes to the user", noID,
			strings.Replace(noID, ` aria-label="Accept Ada Lovelace’s invitation"`, "", 1), pageURL, Accept, NeedsUser, "no profile link", true},
		{"a second accept control in the card", ada,
			strings.Replace(ada, `</div><a href="/messaging`, `<button data-control="accept">Accept</button></div><a href="/messaging`, 1), pageURL, Accept, Refused, "more than one Accept", false},
		{"the key is gone now", ada,
			strings.Replace(ada, ` componentkey="urn:li:invitation:1"`, "", 1), pageURL, Accept, Refused, "card changed", false},
		{"the profile link is gone now", ada,
			strings.Replace(ada, `href="https://www.linkedin.com/in/ada/"`, `href="#"`, 1), pageURL, Accept, Refused, "card changed", false},
		{"follows-you accept link ignores synthetic clicks", ada, followsYou, pageURL, Accept, NeedsUser, "your own click", true},
		{"security check URL", ada, ada, "https://www.linkedin.com/checkpoint/challenge/abc", Accept, Stopped, "security check", false},
		{"login URL", ada, ada, "https://www.linkedin.com/login?session_redirect=x", Accept, Stopped, "security check", false},
		{"challenge frame", ada, ada + `<iframe src="https://www.linkedin.com/checkpoint/challengesV2/x"></iframe>`, pageURL, Ignore, Stopped, "security check", false},
		{"security dialog", ada, ada + `<div role="dialog"><h2>Let’s do a quick security check</h2></div>`, pageURL, Ignore, Stopped, "security check", false},
		{"German unusual-activity dialog", ada, ada + `<div role="alertdialog">Wir haben ungewöhnliche Aktivitäten festgestellt</div>`, pageURL, Accept, Stopped, "security check", false},
		{"harmless dialog does not stop", ada, ada + `<div role="dialog">Take care when connecting</div>`, pageURL, Accept, Go, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			j := judged(t, tt.judged)
			root := parse(t, doc(tt.now))
			cardNode := root.QueryOne(`[role="listitem"]`)
			p, err := New(tt.kind, &j, settings.Templates{ThankYou: "Thanks", AskContext: "Hi {first_name}"})
			require.NoError(t, err)
			got := Precheck(fakeSite{}, tt.url, root, cardNode, &j, p)
			assert.Equal(t, tt.want, got.Outcome, got.Reason)
			assert.Contains(t, got.Reason, tt.reason)
			assert.Equal(t, tt.control, got.Control != nil)
		})
	}
}

func TestPrecheckCardGone(t *testing.T) {
	j := card.Card{Name: "Ada Lovelace"}
	p, _ := New(Accept, &j, settings.Templates{})
	got := Precheck(fakeSite{}, pageURL, parse(t, doc("")), nil, &j, p)
	assert.Equal(t, Refused, got.Outcome)
}

func TestSecurityPaths(t *testing.T) {
	for u, stop := range map[string]bool{
		"https://www.linkedin.com/checkpoint/lg/login-submit": true,
		"https://www.linkedin.com/login":                      true,
		"/uas/login?x=1":                                      true,
		"https://www.linkedin.com/authwall?trk=x":             true,
		pageURL:                                false,
		"https://www.linkedin.com/in/loginov/": false,
		"https://www.facebook.com/friends/requests/":      false,
		"https://www.linkedin.com/mynetwork/?next=/login": false,
	} {
		assert.Equal(t, stop, Security(u, nil) != "", u)
	}
}

func TestSettle(t *testing.T) {
	accept := Plan{Kind: Accept, Click: ControlAccept, Name: "Ada Lovelace"}
	ignore := Plan{Kind: Ignore, Click: ControlIgnore, Name: "Ada Lovelace"}
	before := Snapshot{Present: true, Key: "k1", Name: "Ada Lovelace", Controls: true, Text: fold("Ada Lovelace AI Product Manager Ignore Accept")}
	with := func(f func(*Snapshot)) Snapshot { s := before; f(&s); return s }
	tests := []struct {
		name  string
		plan  Plan
		after Snapshot
		want  Outcome
	}{
		{"nothing changed yet", accept, before, Pending},
		{"card gone", accept, Snapshot{}, Done},
		{"marked as connection", accept, with(func(s *Snapshot) {
			s.Text = fold("Ada Lovelace is now a connection Ignore Accept")
		}), Done},
		{"German connection notice", accept, with(func(s *Snapshot) { s.Text += " ist jetzt ein kontakt" }), Done},
		{"ignored notice does not count for accept", accept, with(func(s *Snapshot) { s.Text += " invitation ignored" }), Pending},
		{"ignored notice", ignore, with(func(s *Snapshot) { s.Text += " invitation ignored" }), Done},
		{"controls gone", ignore, with(func(s *Snapshot) { s.Controls = false }), Done},
		{"element reused for another invitation", accept, with(func(s *Snapshot) { s.Key, s.Name = "k2", "Eve Mallory" }), Done},
		{"a dialog opened", accept, with(func(s *Snapshot) { s.Dialogs = 1 }), NeedsUser},
		{"security check", accept, with(func(s *Snapshot) { s.Security = "x" }), Stopped},
		{"security check even when the card is gone", ignore, Snapshot{Security: "x"}, Stopped},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Settle(tt.plan, before, tt.after)
			assert.Equal(t, tt.want, got)
		})
	}
	// A phrase already on the card before the click proves nothing.
	b := with(func(s *Snapshot) { s.Text += " invitation ignored" })
	got, _ := Settle(ignore, b, b)
	assert.Equal(t, Pending, got)
}

func TestSnap(t *testing.T) {
	h := cardHTML("k1", "Ada Lovelace", "Ada Lovelace", "Ada Lovelace", "")
	root := parse(t, doc(h+`<div role="dialog">x</div>`))
	s := Snap(fakeSite{}, pageURL, root, root.QueryOne(`[role="listitem"]`))
	assert.True(t, s.Present)
	assert.True(t, s.Controls)
	assert.Equal(t, "k1", s.Key)
	assert.Equal(t, 1, s.Dialogs)
	assert.Contains(t, s.Text, "ada lovelace")
	gone := Snap(fakeSite{}, pageURL, root, nil)
	assert.False(t, gone.Present)
}

func TestFindReport(t *testing.T) {
	h := `<div role="listitem"><strong>Ada</strong><p>Invitation ignored</p>` +
		`<button>I don’t know this person</button><button>Undo</button></div>` +
		`<div role="dialog"><button aria-label="Report as spam">…</button><a href="#">Help</a></div>`
	root := parse(t, doc(h))
	got := FindReport(root, root.QueryOne(`[role="listitem"]`))
	require.Len(t, got, 2)
	assert.Equal(t, "I don’t know this person", got[0].Text())
	assert.Equal(t, "…", got[1].Text())
	assert.Empty(t, FindReport(parse(t, doc(`<button>Reporter’s desk</button>`)), nil))
}

func TestFindComposer(t *testing.T) {
	h := `<aside aria-label="Messaging"><section><h2>Grace Hopper</h2><div contenteditable="true" role="textbox" id="g"></div></section>` +
		`<section><h2>Ada Lovelace</h2><div class="msg-form__contenteditable" contenteditable="true" role="textbox" id="a"></div></section></aside>` +
		`<div role="dialog" aria-label="New message to Alan Turing"><textarea id="t"></textarea></div>`
	root := parse(t, doc(h))
	tests := map[string]string{"Ada Lovelace": "a", "grace hopper": "g", "Alan Turing": "t", "Eve Mallory": "", "": "", "Alan": "t"}
	for name, want := range tests {
		got := FindComposer(root, name)
		if want == "" {
			assert.Nil(t, got, name)
			continue
		}
		require.NotNil(t, got, name)
		id, _ := got.Attr("id")
		assert.Equal(t, want, id, name)
	}
	assert.False(t, Draft(root.QueryOne("#a")))
	assert.True(t, Draft(parse(t, doc(`<div contenteditable="true" id="d"><p>Hello</p></div>`)).QueryOne("#d")))
}

func TestSafeURL(t *testing.T) {
	for u, ok := range map[string]bool{
		"https://www.linkedin.com/in/ada/": true,
		"http://x.com/ada":                 true,
		"javascript:alert(1)":              false,
		"data:text/html,x":                 false,
		"https:///evil":                    false,
		"//evil.example/in/x":              false,
		"https://x.com/a b":                false,
		`https://x.com/"onmouseover=`:      false,
		"":                                 false,
	} {
		assert.Equal(t, ok, SafeURL(u) != "", u)
	}
}

func TestRecommended(t *testing.T) {
	assert.Equal(t, []Kind{Accept, AcceptThanks}, Recommended("review_accept"))
	assert.Equal(t, []Kind{Ignore}, Recommended("decline"))
	assert.Equal(t, []Kind{IgnoreReport, Block}, Recommended("decline_block"))
	assert.Nil(t, Recommended("review"))
}

func TestKinds(t *testing.T) {
	for _, k := range Kinds {
		assert.True(t, k.Valid())
		assert.NotEqual(t, string(k), k.Label())
	}
	assert.False(t, Kind("x").Valid())
}

func TestFold(t *testing.T) {
	assert.Equal(t, "ada lovelace's", fold("  ADA\u00a0Lovelace’s!! "))
	assert.Equal(t, "zoë", fold("Zo\u200bË"))
	assert.True(t, containsWord("invitation ignored", "ignored"))
	assert.False(t, containsWord("unignored", "ignored"))
	assert.False(t, SameName("", ""))
	assert.False(t, SameName(" ", " "))
	assert.True(t, SameName("😀😀", "😀😀"), "a name of emoji only is itself")
	assert.True(t, SameName("\u200b\u200b", "\u200b\u200b"))
	assert.False(t, SameName("😀😀", "😀"))
	assert.False(t, SameName("😀", "Ada"))
	assert.True(t, NamesPerson("😀😀", "😀😀"))
	assert.False(t, NamesPerson("😀", "😀😀"))
}

func TestTextJoinedWithoutSpaces(t *testing.T) {
	// textContent joins elements' texts without spaces.
	before := Snapshot{Present: true, Key: "k1", Name: "Ada Lovelace", Controls: true, Text: fold("Ada LovelaceEngineerIgnoreAccept")}
	after := before
	after.Text = fold("Ada LovelaceAda Lovelace is now a connectionMessage")
	got, _ := Settle(Plan{Click: ControlAccept, Name: "Ada Lovelace"}, before, after)
	assert.Equal(t, Done, got)

	root := parse(t, doc(`<div role="dialog"><h2>Let’s do a quick security check</h2><p>We noticed unusual activity</p></div>`))
	assert.NotEmpty(t, Security(pageURL, root))

	h := `<section><div><span>Ada Lovelace</span><span>Active now</span></div><div contenteditable="true" role="textbox" id="a"></div></section>`
	got2 := FindComposer(parse(t, doc(h)), "Ada Lovelace")
	require.NotNil(t, got2)
}

func TestNamesPerson(t *testing.T) {
	for _, tt := range []struct {
		label, full string
		want        bool
	}{
		{"Marcus Hale", "Marcus Hale", true},
		{"Marcus", "Marcus Hale", true},
		{"marcus  HALE", "Marcus Hale", true},
		{"Mary Ann", "Mary Ann Smith", true},
		{"Hale", "Marcus Hale", false},
		{"Marc", "Marcus Hale", false},
		{"Marcus Hale", "Marcus", false},
		{"Eve", "Marcus Hale", false},
		{"", "Marcus Hale", false},
		{"Marcus", "", false},
	} {
		assert.Equal(t, tt.want, NamesPerson(tt.label, tt.full), "%q vs %q", tt.label, tt.full)
	}
}

func TestSecurityIgnoresBiosInListDialogs(t *testing.T) {
	bio := strings.Repeat("Helping teams ship safely. ", 30) + "I run security checks for a living."
	list := `<div role="dialog" aria-modal="true" aria-label="Follower requests"><h2>Follower requests</h2>` +
		`<div data-testid="UserCell"><span>Ada</span><p>` + bio + `</p></div></div>`
	assert.Empty(t, Security(pageURL, parse(t, doc(list))))
	long := `<div role="dialog"><h2>Let’s do a quick security check</h2><p>` + bio + `</p></div>`
	assert.NotEmpty(t, Security(pageURL, parse(t, doc(long))))
	short := `<div role="dialog" aria-label="Notice"><p>We noticed unusual activity on your account.</p></div>`
	assert.NotEmpty(t, Security(pageURL, parse(t, doc(short))))
}
