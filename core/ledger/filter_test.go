package ledger

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/i18n"
)

func TestFilter(t *testing.T) {
	l := &Log{Entries: []Entry{
		{Name: "Ada Lovelace", Headline: "Analyst at Babbage & Co", ProfileURL: "https://www.linkedin.com/in/ada/", Key: "urn:li:1",
			Site: card.LinkedIn, Action: "accept", At: t0, Type: "known_contact", Level: "safe"}, // 0
		{Name: "Sophia Williams", Headline: "Crypto trading mentor", Site: card.LinkedIn, Action: "ignore-report", Outcome: NeedsUser,
			At: t0 + days(1), Type: "scammer", Level: "danger", Flags: []string{"money-talk", "off-platform"}, Reason: "asks for money"}, // 1
		{Name: "Jürgen Groß", Site: card.Xing, Action: "ignore", Outcome: Done, At: t0 + days(2), Type: "stranger"}, // 2
		{Name: "No Time", Site: card.Facebook, Action: "block", Outcome: Failed},                                    // 3
		{Key: "x-42", Site: card.X, Action: "accept", At: t0 + days(3)},                                             // 4
	}}
	tests := []struct {
		name string
		q    Query
		want []int
	}{
		{"everything", Query{}, []int{0, 1, 2, 3, 4}},
		{"blank text", Query{Text: "  \t "}, []int{0, 1, 2, 3, 4}},
		{"name, any case", Query{Text: "LOVELACE"}, []int{0}},
		{"headline", Query{Text: "crypto"}, []int{1}},
		{"profile URL", Query{Text: "linkedin.com/in/ada"}, []int{0}},
		{"key", Query{Text: "x-42"}, []int{4}},
		{"flag", Query{Text: "off-platform"}, []int{1}},
		{"reason", Query{Text: "money"}, []int{1}},
		{"type", Query{Text: "scammer"}, []int{1}},
		{"action word", Query{Text: "report"}, []int{1}},
		{"empty outcome searches as done", Query{Text: "done"}, []int{0, 2, 4}},
		{"every word must match", Query{Text: "sophia mentor"}, []int{1}},
		{"words in different fields", Query{Text: "ada safe"}, []int{0}},
		{"a word that does not match", Query{Text: "sophia nobody"}, []int{}},
		{"unicode folding", Query{Text: "jürgen GROSS"}, []int{}},
		{"unicode lower case", Query{Text: "JÜRGEN"}, []int{2}},
		{"action", Query{Action: "accept"}, []int{0, 4}},
		{"action is exact", Query{Action: "ignore"}, []int{2}},
		{"site", Query{Site: card.LinkedIn}, []int{0, 1}},
		{"outcome done includes empty", Query{Outcome: Done}, []int{0, 2, 4}},
		{"outcome needs-user", Query{Outcome: NeedsUser}, []int{1}},
		{"from (inclusive)", Query{From: t0 + days(1)}, []int{1, 2, 4}},
		{"to (exclusive)", Query{To: t0 + days(2)}, []int{0, 1}},
		{"one day", Query{From: t0 + days(1), To: t0 + days(2)}, []int{1}},
		{"all together", Query{Text: "ada", Action: "accept", Site: card.LinkedIn, Outcome: Done, From: t0, To: t0 + 1}, []int{0}},
		{"no match", Query{Site: card.Instagram}, []int{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, l.Filter(tt.q))
		})
	}
}

func TestProfileLink(t *testing.T) {
	tests := []struct {
		in   string
		link bool
	}{
		{"https://www.linkedin.com/in/ada/", true},
		{"https://linkedin.com/in/ada", true},
		{"https://WWW.LinkedIn.com/in/ada?x=1#y", true},
		{"https://www.facebook.com/profile.php?id=1", true},
		{"https://x.com/ada", true},
		{"https://twitter.com/ada", true},
		{"https://www.instagram.com/ada/", true},
		{"https://www.xing.com/profile/Ada_Lovelace", true},
		{"https://www.linkedin.com", true},
		{"https://www.linkedin.com/in/%E2%80%AEevil", true},
		{"http://www.linkedin.com/in/ada/", false},
		{"javascript:alert(1)", false},
		{"JAVASCRIPT:alert(1)//https://www.linkedin.com/", false},
		{"data:text/html,<b>x</b>", false},
		{"//www.linkedin.com/in/ada", false},
		{"/in/ada", false},
		{"https://www.linkedin.com.evil.example/in/ada", false},
		{"https://evil.example/www.linkedin.com/in/ada", false},
		{"https://user@www.linkedin.com/in/ada", false},
		{"https://www.linkedin.com@evil.example/", false},
		{"https://www.linkedin.com\\@evil.example/", false},
		{"https://www.linkedin.com:8443/in/ada", false},
		{"https://www.linkedin.com/in/a da", false},
		{"https://www.linkedin.com/in/ada\n", false},
		{" https://www.linkedin.com/in/ada", false},
		{"https://www.linkedin.com/in/\u00a0ada", false},
		{"https://evil.example/", false},
		{"", false},
	}
	for _, tt := range tests {
		got := ProfileLink(tt.in)
		if tt.link {
			assert.Equal(t, tt.in, got, tt.in)
		} else {
			assert.Empty(t, got, tt.in)
		}
	}
}

func TestSelect(t *testing.T) {
	tree := []any{
		map[string]any{"name": "Ada", "action": "accept", "at": float64(t0)},
		"damaged",
		map[string]any{"name": "Grace", "action": "ignore", "at": float64(t0 + days(1))},
		map[string]any{"name": "Ada Again", "action": "block", "at": float64(t0 + days(2))},
		map[string]any{"action": 7},
	}
	sel, total, re := Select(tree, &Query{Text: "ada"})
	assert.Equal(t, 3, total, "entries read")
	var got []int
	for _, s := range sel {
		got = append(got, s.Index)
	}
	assert.Equal(t, []int{3, 0}, got, "newest first, with their stored indexes")
	assert.Equal(t, "Ada Again", sel[0].Entry.Name)
	if assert.NotNil(t, re) {
		assert.Equal(t, 2, re.Unreadable)
		assert.Regexp(t, `^entry 1: `, re.Problems[0], "the first named")
	}

	sel, total, re = Select(map[string]any{"v": 9.0}, &Query{})
	assert.Empty(t, sel)
	assert.Zero(t, total)
	if assert.NotNil(t, re) {
		assert.Equal(t, 1, re.Unreadable, "a stored log that is not a list is one item")
		assert.Equal(t, "the stored log is not a list of entries", re.Problems[0])
	}

	sel, total, re = Select(nil, &Query{})
	assert.Empty(t, sel)
	assert.Zero(t, total)
	assert.Nil(t, re)
}

// german is a Messages in German for two of the reason messages, as
// chrome.i18n words them.
func german(key string) string {
	return map[string]string{
		"reasonIndustry":          "arbeitet in Ihrem Fachgebiet: $1",
		"reasonIgnoredLike":       "Sie haben ähnliche Einladungen ignoriert",
		"reasonCosts":             "kostet $$1 mehr als $1", // a dollar sign in the text
		"badgeActionAccept":       "Annehmen",
		"badgeActionAcceptThanks": "Annehmen + danken",
		"badgeActionIgnore":       "Ignorieren",
		"ledgerOutcomeDone":       "Erledigt",
		"ledgerOutcomeNeedsUser":  "Wartet auf Sie",
		"badgeTypeKnownContact":   "Bekannter Kontakt",
		"badgeLevelSafe":          "Sicher",
	}[key]
}

func TestReasonIn(t *testing.T) {
	tests := []struct {
		name string
		e    Entry
		want string
	}{
		{"parts, joined", Entry{Reason: "works in your field: SQL; you ignored similar invitations",
			ReasonParts: []i18n.Message{{Key: "reasonIndustry", Args: []string{"SQL"}}, {Key: "reasonIgnoredLike"}}},
			"arbeitet in Ihrem Fachgebiet: SQL; Sie haben ähnliche Einladungen ignoriert"},
		{"an argument is put in as it is", Entry{Reason: "x",
			ReasonParts: []i18n.Message{{Key: "reasonIndustry", Args: []string{"<b>$1 $$</b>"}}}},
			"arbeitet in Ihrem Fachgebiet: <b>$1 $$</b>"},
		{"a dollar sign of the text", Entry{Reason: "x",
			ReasonParts: []i18n.Message{{Key: "reasonCosts", Args: []string{"5"}}}},
			"kostet $1 mehr als 5"},
		{"no parts: English", Entry{Reason: "asks for money"}, "asks for money"},
		{"a message this version lacks: English", Entry{Reason: "from a newer version",
			ReasonParts: []i18n.Message{{Key: "reasonIndustry", Args: []string{"SQL"}}, {Key: "reasonFromTheFuture"}}},
			"from a newer version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, ReasonIn(&tt.e, german))
		})
	}
}

// The search finds an entry by the words of its reason the page shows,
// in the reader's language, and still by its English reason.
func TestFilterLocalReason(t *testing.T) {
	l := &Log{Entries: []Entry{
		{Name: "Grace", Action: "accept", Type: "known_contact", Level: "safe", Reason: "works in your field: SQL; you ignored similar invitations",
			ReasonParts: []i18n.Message{{Key: "reasonIndustry", Args: []string{"SQL"}}, {Key: "reasonIgnoredLike"}}}, // 0
		{Name: "Old", Action: "ignore", Reason: "no shared context"}, // 1
		{Name: "Later", Action: "accept", Reason: "a newer version's reason",
			ReasonParts: []i18n.Message{{Key: "reasonFromTheFuture"}}}, // 2
	}}
	tests := []struct {
		name string
		q    Query
		want []int
	}{
		{"German word", Query{Text: "Fachgebiet", Messages: german}, []int{0}},
		{"German words of two parts, any case", Query{Text: "ÄHNLICHE fachgebiet", Messages: german}, []int{0}},
		{"an argument", Query{Text: "sql", Messages: german}, []int{0}},
		{"English still", Query{Text: "similar", Messages: german}, []int{0}},
		{"an old entry's English", Query{Text: "shared", Messages: german}, []int{1}},
		{"a part without a message: English", Query{Text: "newer", Messages: german}, []int{2}},
		{"no Messages: English only", Query{Text: "Fachgebiet"}, []int{}},
		{"an action as shown", Query{Text: "annehmen", Messages: german}, []int{0, 2}},
		{"an outcome as shown", Query{Text: "erledigt", Messages: german}, []int{0, 1, 2}},
		{"a type and a level as shown", Query{Text: "bekannter sicher", Messages: german}, []int{0}},
		{"the stored words still", Query{Text: "known_contact accept", Messages: german}, []int{0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, l.Filter(tt.q))
		})
	}
}

func TestLabelsIn(t *testing.T) {
	tests := []struct {
		name string
		e    Entry
		want Labels
	}{
		{"every label", Entry{Action: "accept-thanks", Outcome: NeedsUser, Type: "known_contact", Level: "safe"},
			Labels{"Annehmen + danken", "Wartet auf Sie", "Bekannter Kontakt", "Sicher"}},
		{"no outcome is done; no type or level is none", Entry{Action: "ignore"}, Labels{"Ignorieren", "Erledigt", "", ""}},
		{"a word without a message stays as it is", Entry{Action: "block", Outcome: "later-outcome", Type: "<b>x</b>", Level: "danger"},
			Labels{"block", "later-outcome", "<b>x</b>", "danger"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, LabelsIn(&tt.e, german))
		})
	}
}

func TestCamel(t *testing.T) {
	for in, want := range map[string]string{
		"accept": "Accept", "accept-thanks": "AcceptThanks", "known_contact": "KnownContact",
		"needs-user": "NeedsUser", "a__b": "A_B", "x-1": "X-1", "": "", "Done": "Done", "ä-b": "äB",
	} {
		assert.Equal(t, want, camel(in), in)
	}
}
