package verdict

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
)

// mySettings is a user at Acme Robotics who studied at MIT, works in
// robotics and competes with Globex.
func mySettings(change ...func(s *settings.Settings)) *settings.Settings {
	s := settings.Defaults()
	s.OwnCompanies = []string{"Acme Robotics"}
	s.Schools = []string{"MIT"}
	s.IndustryKeywords = []string{"robotics", "embedded"}
	s.Competitors = []string{"Globex"}
	s.Trusted = []string{"Ada Lovelace", "https://www.linkedin.com/in/grace-hopper/"}
	s.Blocked = []string{"Eve Mallory"}
	for _, c := range change {
		c(&s)
	}
	return &s
}

// newCard is a person card with the fields given by change.
func newCard(change ...func(c *card.Card)) card.Card {
	c := card.New()
	c.Site = card.LinkedIn
	c.Photo = card.PhotoPresent
	for _, ch := range change {
		ch(&c)
	}
	return c
}

func named(n string) func(c *card.Card) { return func(c *card.Card) { c.Name = n } }
func headline(h string) func(c *card.Card) {
	return func(c *card.Card) { c.Headline = h }
}
func note(n string) func(c *card.Card) { return func(c *card.Card) { c.Note = n } }
func withMutuals(n int, names ...string) func(c *card.Card) {
	return func(c *card.Card) { c.Mutuals, c.MutualNames = n, names }
}
func shared(s ...string) func(c *card.Card) { return func(c *card.Card) { c.Shared = s } }
func profile(u string) func(c *card.Card)   { return func(c *card.Card) { c.ProfileURL = u } }

var verified = func(c *card.Card) { c.Verified = true }

// judgeHits judges a card with hand-made hits.
func judgeHits(s *settings.Settings, c card.Card, hits ...flag.Hit) Verdict {
	return New(s).FromHits(&c, hits)
}

func signalIDs(v Verdict) map[string]int {
	out := map[string]int{}
	for _, s := range v.Signals {
		out[s.ID] = s.Points
	}
	return out
}

func TestFromHitsTypes(t *testing.T) {
	s := mySettings()
	tests := []struct {
		name string
		card card.Card
		hits []flag.Hit
		want Type
		rec  Recommendation
	}{
		{"trusted by name", newCard(named("Ada Lovelace")), nil, KnownContact, Accept},
		{"trusted by name with emoji and case", newCard(named("ADA LOVELACE 🚀")), nil, KnownContact, Accept},
		{"trusted by URL", newCard(named("G. Hopper"), profile("https://de.linkedin.com/in/Grace-Hopper?trk=x")), nil, KnownContact, Accept},
		{"trusted by relative URL", newCard(profile("/in/grace-hopper/")), nil, KnownContact, Accept},
		{"shared company and mutuals", newCard(shared("Acme Robotics GmbH"), withMutuals(1)), nil, KnownContact, Accept},
		{"headline names own company, with mutuals", newCard(headline("Engineer at Acme Robotics"), withMutuals(2)), nil, KnownContact, Accept},
		{"site shows shared school, mutuals", newCard(shared("Stanford"), withMutuals(1)), nil, KnownContact, Accept},
		{"note names a mutual", newCard(named("Tom Baker"), withMutuals(1, "Casey Ray"), note("Casey suggested we talk about sensors")), nil, KnownContact, Accept},
		{"note says we met", newCard(note("Great chatting at RoboCon last week, we met at the demo booth.")), nil, KnownContact, Accept},
		{"note names own school", newCard(note("Fellow MIT alum here, saw your post on actuators.")), nil, KnownContact, Accept},
		{"recruiter", newCard(headline("Senior Talent Acquisition Partner at Initech")), nil, Recruiter, ReviewAccept},
		{"salesperson", newCard(headline("Account Executive | Cloud")), nil, Salesperson, ReviewAcceptIfRelevant},
		{"salesforce developer is not sales", newCard(headline("Salesforce Developer"), withMutuals(0)), nil, Stranger, IgnoreOrVet},
		{"sales engineer with personal note", newCard(headline("Sales Engineer at Initech"), note("We worked together on the Acme Robotics arm project in 2019!")), nil, KnownContact, Accept},
		{"verified", newCard(verified, withMutuals(0)), nil, VerifiedAccount, Accept},
		{"industry headline", newCard(headline("Embedded firmware engineer"), withMutuals(0)), nil, IndustryPeer, Accept},
		{"note about the field", newCard(withMutuals(0), note("I also work in robotics and liked your article.")), nil, IndustryPeer, Accept},
		{"several mutuals", newCard(withMutuals(5)), nil, IndustryPeer, Accept},
		{"stranger", newCard(withMutuals(0), headline("Consultant at Foo")), []flag.Hit{hit(ruleNoMutuals, 10, 1)}, Stranger, IgnoreOrVet},
		{"page", newCard(func(c *card.Card) { c.Kind = card.Newsletter }), nil, PageInvite, Review},
	}
	for _, tt := range tests {
		v := judgeHits(s, tt.card, tt.hits...)
		assert.Equal(t, tt.want, v.Type, "%s: %s", tt.name, v.Reason)
		assert.Equal(t, tt.rec, v.Recommendation, tt.name)
		assert.NotEmpty(t, v.Reason, tt.name)
	}
}

func TestCannedOrFlaggedNoteIsNotPersonal(t *testing.T) {
	s := mySettings()
	c := newCard(note("We met at the conference! I help robotics companies book more demos."), withMutuals(0))
	v := judgeHits(s, c, hit(ruleSalesPitch, 25, 1, `"book more demos"`))
	assert.Equal(t, Salesperson, v.Type)
	assert.NotContains(t, signalIDs(v), signalPersonalNote)

	c = newCard(note("I'd like to add you to my professional network. We met at"), withMutuals(0))
	v = judgeHits(s, c, hit(ruleCannedNote, 5, 1))
	assert.NotEqual(t, KnownContact, v.Type)

	c = newCard(note("We worked together at Acme Robotics"), withMutuals(0))
	v = judgeHits(s, c, hit(ruleDuplicateNote, 20, 1))
	assert.NotEqual(t, KnownContact, v.Type)
}

func TestSignalsAndTheirEvidence(t *testing.T) {
	s := mySettings()
	c := newCard(named("Ada Lovelace"), verified, withMutuals(14), shared("MIT"),
		note("Casey and I were classmates in Boston"))
	v := judgeHits(s, c)
	assert.Equal(t, map[string]int{
		signalTrusted: pointsTrustedName, signalVerified: pointsVerified, signalMutuals: pointsManyMutuals,
		signalShared: pointsSharedOwn, signalPersonalNote: pointsNoteContext,
	}, signalIDs(v))
	ev := map[string][]string{}
	for _, sg := range v.Signals {
		assert.NotEmpty(t, sg.Title)
		ev[sg.ID] = sg.Evidence
	}
	assert.Equal(t, []string{"the name is on your trusted list: Ada Lovelace"}, ev[signalTrusted])
	assert.Equal(t, []string{"14 mutual connections"}, ev[signalMutuals])
	assert.Equal(t, []string{"you share MIT"}, ev[signalShared])
	assert.Equal(t, []string{"the note mentions classmates"}, ev[signalPersonalNote])

	v = judgeHits(s, newCard(withMutuals(4), shared("Stanford")))
	assert.Equal(t, map[string]int{signalMutuals: pointsSomeMutuals, signalShared: pointsSharedSite}, signalIDs(v))
	v = judgeHits(s, newCard(withMutuals(2), headline("CTO at Acme Robotics")))
	assert.Equal(t, map[string]int{signalShared: pointsHeadlineOwn}, signalIDs(v))
	v = judgeHits(s, newCard(withMutuals(-1)))
	assert.Nil(t, v.Signals)
}

func TestSignalsNeverCancelScamEvidence(t *testing.T) {
	s := mySettings()
	c := newCard(named("Ada Lovelace"), verified, withMutuals(50), shared("Acme Robotics"),
		note("Hi dear, guaranteed returns with bitcoin, add me on WhatsApp"))
	v := judgeHits(s, c, hit(ruleMoneyTalk, 50, 1, `"guaranteed returns"`), hit(ruleOffPlatform, 40, 1, `"WhatsApp"`))
	assert.Equal(t, Scammer, v.Type)
	assert.Equal(t, DeclineBlock, v.Recommendation)
	assert.Equal(t, LevelDanger, v.Level)
	assert.Equal(t, 90, v.Score)
	assert.NotContains(t, signalIDs(v), signalPersonalNote, "a scam note is not a personal note")
}

func TestSignalsLowerSoftFlags(t *testing.T) {
	s := mySettings()
	c := newCard(func(c *card.Card) { c.Photo = card.PhotoDefault }, withMutuals(12))
	v := judgeHits(s, c, hit(ruleDefaultPhoto, 15, 1, "no profile photo"))
	assert.Equal(t, 0, v.Score)
	assert.Equal(t, LevelSafe, v.Level)
	assert.Equal(t, IndustryPeer, v.Type)
	require.Len(t, v.Flags, 1)
	assert.Equal(t, 15, v.Flags[0].Points, "flag points are before signals")
	assert.Equal(t, []string{"no profile photo"}, v.Flags[0].Evidence)
}

func TestJobSearchMode(t *testing.T) {
	job := mySettings(func(s *settings.Settings) { s.JobSearch = true })
	tests := []struct {
		name  string
		card  card.Card
		hits  []flag.Hit
		want  Recommendation
		level Level
	}{
		{"recruiter accepted", newCard(headline("Technical Recruiter")), nil, Accept, LevelSafe},
		{"clean stranger reviewed, then accepted", newCard(withMutuals(0)), []flag.Hit{hit(ruleNoMutuals, 10, 1)}, ReviewAccept, LevelReview},
		{"flagged stranger still vetted", newCard(withMutuals(0)), []flag.Hit{hit(ruleNoMutuals, 10, 1), hit(ruleDefaultPhoto, 15, 1), hit("pressure", 10, 1)}, IgnoreOrVet, LevelReview},
		{"scammer recruiter still blocked", newCard(headline("Recruiter")), scamHits, DeclineBlock, LevelDanger},
		{"fake still declined", newCard(), fakeHits, Decline, LevelDanger},
		{"blocked still blocked", newCard(named("Eve Mallory"), headline("Recruiter")), []flag.Hit{hit(ruleBlockedPerson, 100, 1)}, DeclineBlock, LevelDanger},
		{"salesperson unchanged", newCard(headline("Business Development Manager")), nil, ReviewAcceptIfRelevant, LevelReview},
	}
	for _, tt := range tests {
		v := judgeHits(job, tt.card, tt.hits...)
		assert.Equal(t, tt.want, v.Recommendation, tt.name)
		assert.Equal(t, tt.level, v.Level, tt.name)
	}
	off := judgeHits(mySettings(), newCard(headline("Technical Recruiter")))
	assert.Equal(t, ReviewAccept, off.Recommendation)
	assert.Equal(t, LevelReview, off.Level)
}

func TestStrictnessChangesLevels(t *testing.T) {
	// A known contact (shared company, one mutual: 20 points off) whose
	// card carries soft flags.
	colleague := newCard(shared("Acme Robotics"), withMutuals(1))
	tests := []struct {
		hits  []flag.Hit
		score int
		want  map[settings.Strictness]Level
	}{
		{[]flag.Hit{hit(ruleDefaultPhoto, 15, 1), hit("pressure", 30, 1)}, 25,
			map[settings.Strictness]Level{settings.Relaxed: LevelSafe, settings.Balanced: LevelReview, settings.Strict: LevelReview}},
		{[]flag.Hit{hit("pressure", 65, 1)}, 45,
			map[settings.Strictness]Level{settings.Relaxed: LevelReview, settings.Balanced: LevelReview, settings.Strict: LevelDanger}},
		{[]flag.Hit{hit(ruleCannedNote, 5, 1)}, 0,
			map[settings.Strictness]Level{settings.Relaxed: LevelSafe, settings.Balanced: LevelSafe, settings.Strict: LevelSafe}},
	}
	for _, tt := range tests {
		for st, lvl := range tt.want {
			s := mySettings(func(s *settings.Settings) { s.Strictness = st })
			v := judgeHits(s, colleague, tt.hits...)
			assert.Equal(t, KnownContact, v.Type)
			assert.Equal(t, tt.score, v.Score, st)
			assert.Equal(t, lvl, v.Level, "%s score %d", st, v.Score)
		}
	}
}

func TestVerdictCarriesCardIdentity(t *testing.T) {
	c := newCard(named("Ada"), func(c *card.Card) { c.Key = "urn:li:invitation:1" })
	v := judgeHits(nil, c)
	assert.Equal(t, "Ada", v.Name)
	assert.Equal(t, "urn:li:invitation:1", v.Key)
	assert.NotNil(t, v.Flags)
	assert.Empty(t, v.Flags)
}

func TestNewWithNilSettingsUsesDefaults(t *testing.T) {
	j := New(nil)
	assert.Equal(t, balancedLimits, j.limits)
	assert.False(t, j.jobSearch)
}
