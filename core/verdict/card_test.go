package verdict

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
)

// flagIDs lists a verdict's flag IDs in order.
func flagIDs(v Verdict) []string {
	ids := make([]string, len(v.Flags))
	for i, f := range v.Flags {
		ids[i] = f.ID
	}
	return ids
}

// The whole path with the real rules of package flag.
func TestCardWithRealRules(t *testing.T) {
	s := mySettings()
	tests := []struct {
		name     string
		card     card.Card
		want     Type
		rec      Recommendation
		level    Level
		mustFlag []string
	}{
		{"crypto scammer", newCard(named("Brian Cole"), headline("Crypto trading mentor"), withMutuals(0),
			note("Hi dear, I can show you guaranteed returns with bitcoin. Add me on WhatsApp +44 7700 900123")),
			Scammer, DeclineBlock, LevelDanger, []string{ruleMoneyTalk, ruleOffPlatform}},
		{"recruiter asking for a passport scan", newCard(named("Priya Nair"), headline("Technical Recruiter at Initech"), withMutuals(2),
			note("Great profile! To start the hiring process please send a scan of your passport and your bank details.")),
			Scammer, DeclineBlock, LevelDanger, []string{rulePersonalData}},
		{"trusted name pitching crypto", newCard(named("Ada Lovelace"), withMutuals(12),
			note("Hi! I made 300% with this crypto platform, guaranteed returns. Message me on Telegram @ada_fx")),
			Scammer, DeclineBlock, LevelDanger, []string{ruleMoneyTalk}},
		{"blocked person", newCard(named("Eve Mallory"), headline("Consultant at Foo"), withMutuals(3)),
			BlockedPerson, DeclineBlock, LevelDanger, []string{ruleBlockedPerson}},
		{"competitor", newCard(named("Olivia Chen"), headline("Product Manager at Globex"), withMutuals(6)),
			Competitor, Decline, "", []string{ruleCompetitor}},
		{"plain recruiter", newCard(named("Jon Lee"), headline("Technical Recruiter at Initech"), withMutuals(4)),
			Recruiter, ReviewAccept, LevelReview, nil},
		{"sales engineer with a personal note", newCard(named("Sara Diaz"), headline("Sales Engineer at Initech"), withMutuals(3),
			note("We worked together on the Acme Robotics arm project, great to reconnect!")),
			KnownContact, Accept, LevelSafe, nil},
		{"newsletter", newCard(named("Acme Robotics News"), func(c *card.Card) { c.Kind = card.Newsletter }),
			PageInvite, Review, LevelReview, nil},
		{"colleague", newCard(named("Tom Baker"), headline("Firmware Engineer at Acme Robotics"), withMutuals(4), shared("Acme Robotics")),
			KnownContact, Accept, LevelSafe, nil},
	}
	j := New(s)
	for _, tt := range tests {
		c := tt.card
		v := j.Card(&c, nil, nil)
		assert.Equal(t, tt.want, v.Type, "%s: %s %v", tt.name, v.Reason, flagIDs(v))
		assert.Equal(t, tt.rec, v.Recommendation, tt.name)
		if tt.level != "" {
			assert.Equal(t, tt.level, v.Level, "%s: score %d", tt.name, v.Score)
		}
		for _, id := range tt.mustFlag {
			assert.Contains(t, flagIDs(v), id, tt.name)
		}
		for _, f := range v.Flags {
			assert.NotEmpty(t, f.Title, tt.name)
			assert.NotEmpty(t, f.Evidence, "%s: %s has evidence", tt.name, f.ID)
		}
	}
}

func TestCardsUsesPriorsAndTheBatch(t *testing.T) {
	cards := []card.Card{
		newCard(named("Ann One"), withMutuals(0), note("Hello, I came across your profile and would love to connect about an exciting opportunity in robotics.")),
		newCard(named("Bob Two"), withMutuals(0), note("Hello, I came across your profile and would love to connect about an exciting opportunity in robotics.")),
		newCard(named("Cy Three"), withMutuals(5), func(c *card.Card) { c.Key = "k3" }),
	}
	asked := map[string]bool{}
	vs := New(mySettings()).Cards(cards, func(c *card.Card) []flag.Prior {
		asked[c.Name] = true
		if c.Key == "k3" {
			return []flag.Prior{{Action: "ignore", AgeDays: 40}}
		}
		return nil
	})
	require.Len(t, vs, 3)
	assert.Len(t, asked, 3)
	assert.Contains(t, flagIDs(vs[0]), ruleDuplicateNote)
	assert.Contains(t, flagIDs(vs[1]), ruleDuplicateNote)
	assert.Contains(t, flagIDs(vs[2]), "repeat-invite")
	assert.Equal(t, "k3", vs[2].Key)

	// The verdicts share storage but not elements: changing one does not
	// change another.
	vs[0].Flags[0].Points = -1
	for _, f := range vs[1].Flags {
		assert.NotEqual(t, -1, f.Points)
	}
	assert.Empty(t, New(nil).Cards(nil, nil))
}

func TestCardsMatchesCard(t *testing.T) {
	cards := sampleCards()
	j := New(mySettings())
	all := j.Cards(cards, nil)
	b := flag.NewBatch(cards)
	for i := range cards {
		one := j.Card(&cards[i], nil, b)
		assert.Equal(t, one, all[i], cards[i].Name)
	}
}

func TestJudgeIsSafeForConcurrentUse(t *testing.T) {
	cards := sampleCards()
	j := New(mySettings(func(s *settings.Settings) { s.JobSearch = true }))
	want := j.Cards(cards, nil)
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got := j.Cards(cards, nil)
			assert.Equal(t, want, got)
		}()
	}
	wg.Wait()
}

func TestRuleTogglesAreHonoured(t *testing.T) {
	s := mySettings(func(s *settings.Settings) { s.Rules = map[string]bool{ruleNoMutuals: false, ruleCannedNote: false} })
	c := newCard(withMutuals(0), note("I'd like to add you to my professional network."))
	v := New(s).Card(&c, nil, nil)
	assert.NotContains(t, flagIDs(v), ruleNoMutuals)
	assert.NotContains(t, flagIDs(v), ruleCannedNote)
}
