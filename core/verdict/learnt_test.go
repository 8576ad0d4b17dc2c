package verdict_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

// flagIDs returns the IDs of a verdict's flags other than those of what
// was learnt.
func flagIDs(v verdict.Verdict) []string {
	var out []string
	for _, f := range v.Flags {
		if f.ID != "learnt" && f.ID != "like-reported" {
			out = append(out, f.ID)
		}
	}
	return out
}

func hasFlag(v verdict.Verdict, id string) (verdict.Flag, bool) {
	for _, f := range v.Flags {
		if f.ID == id {
			return f, true
		}
	}
	return verdict.Flag{}, false
}

var dangerous = map[verdict.Type]bool{verdict.Scammer: true, verdict.BlockedPerson: true, verdict.FakeProfile: true, verdict.Competitor: true}

// goldenTaught judges the golden cards before and after a model learnt
// that the user accepts every card judged dangerous (each accepted twice
// and corrected "not a scam" twice) and ignores every other card twice:
// the opposite of what Vetted says.
func goldenTaught(t *testing.T) (cases []goldenCase, before, after []verdict.Verdict) {
	cases, s := loadGolden(t)
	before = judgeGolden(cases, &s)
	j := verdict.New(&s)
	m := learn.New()
	for i := range cases {
		ds := []learn.Decision{{Action: learn.ActionIgnore}, {Action: learn.ActionIgnore, Bulk: true}}
		if before[i].Level == verdict.LevelDanger {
			ds = []learn.Decision{{Action: learn.ActionAccept}, {Action: learn.ActionAccept}, {Correct: learn.NotScam}, {Correct: learn.NotScam}}
		}
		for _, d := range ds {
			sm := j.Sample(&cases[i].Card)
			require.NoError(t, m.Record(&sm, d))
		}
	}
	return cases, before, judgeWith(cases, &s, m)
}

// TestLearningNeverClearsAScam: however the user decided, no card's
// score or red flags change, and a dangerous card stays what it was.
func TestLearningNeverClearsAScam(t *testing.T) {
	cases, before, after := goldenTaught(t)
	leant := 0
	for i := range cases {
		b, a := before[i], after[i]
		assert.Equal(t, b.Score, a.Score, cases[i].ID)
		assert.Equal(t, flagIDs(b), flagIDs(a), cases[i].ID)
		if dangerous[b.Type] || b.Level == verdict.LevelDanger {
			assert.Equal(t, b.Type, a.Type, cases[i].ID)
			assert.Equal(t, b.Recommendation, a.Recommendation, cases[i].ID)
			assert.Equal(t, b.Level, a.Level, cases[i].ID)
			if f, ok := hasFlag(a, "learnt"); ok && strings.Contains(f.Evidence[0], "you accepted") {
				leant++
			}
		}
	}
	assert.Positive(t, leant, "the model did lean to accepting dangerous cards, and verdict held")
}

// TestLearningNeverMakesDangerAlone: no card becomes dangerous, or a
// dangerous type, because the user ignored cards like it.
func TestLearningNeverMakesDangerAlone(t *testing.T) {
	cases, before, after := goldenTaught(t)
	moved := 0
	for i := range cases {
		b, a := before[i], after[i]
		assert.Equal(t, b.Score, a.Score, cases[i].ID)
		if b.Level != verdict.LevelDanger {
			assert.NotEqual(t, verdict.LevelDanger, a.Level, cases[i].ID)
		}
		if !dangerous[b.Type] {
			assert.False(t, dangerous[a.Type], cases[i].ID)
		}
		if a.Recommendation != b.Recommendation {
			assert.Contains(t, []verdict.Recommendation{verdict.IgnoreOrVet, verdict.Accept}, a.Recommendation, cases[i].ID)
			_, ok := hasFlag(a, "learnt")
			assert.True(t, ok, "%s: a moved card shows why", cases[i].ID)
			if a.Recommendation == verdict.IgnoreOrVet {
				moved++
			}
		}
	}
	assert.Positive(t, moved, "learning did move recommendations to ignore")
}

// judgeWith judges the golden cards as judgeGolden does, with a learnt
// model.
func judgeWith(cases []goldenCase, s *settings.Settings, m *learn.Model) []verdict.Verdict {
	cards := make([]card.Card, len(cases))
	byKey := map[string][]flag.Prior{}
	for i := range cases {
		cards[i] = cases[i].Card
		byKey[cases[i].Card.Key] = cases[i].Prior
	}
	j := verdict.New(s)
	j.UseLearnt(m)
	return j.Cards(cards, func(c *card.Card) []flag.Prior { return byKey[c.Key] })
}

func lcard(name, headline, note string, mutuals int) card.Card {
	c := card.New()
	c.Site, c.Photo, c.Mutuals = card.LinkedIn, card.PhotoPresent, mutuals
	c.Name, c.Headline, c.Note = name, headline, note
	c.ProfileURL = "https://www.linkedin.com/in/" + strings.ReplaceAll(strings.ToLower(name), " ", "-")
	return c
}

func TestLearningMovesRecommendations(t *testing.T) {
	pitches := []card.Card{
		lcard("Ryan Cole", "Account Executive at Leadly", "Hi, our agency books demos for SaaS founders. Open to a quick call this week?", 1),
		lcard("Ava Lind", "Account Executive at Pipeline Pros", "Our agency fills your calendar with qualified demos. Quick call on Thursday?", 0),
		lcard("Sam Ortiz", "Business Development Rep at Upward", "Hello! Our agency runs outbound for B2B teams, worth a quick call?", 2),
	}
	recruiters := []card.Card{
		lcard("Ola Berg", "Technical Recruiter at Contoso", "Hi, I'm hiring a backend engineer for a client in Munich. Open to a chat?", 1),
		lcard("Tim Rowe", "Senior Technical Recruiter", "I'm hiring data engineers for a remote-first client, happy to share details.", 0),
	}
	ignore, accept := learn.Decision{Action: learn.ActionIgnore}, learn.Decision{Action: learn.ActionAccept}
	pitch := lcard("Kim Ward", "Account Executive at Demo Makers", "Hi there, our agency helps startups book more demos. Would a quick call work?", 1)
	recruiter := lcard("Mara Jensen", "Technical Recruiter at Fabrikam", "Hi, I'm hiring a senior data engineer for a fintech client, remote. Open to a chat?", 1)
	trustedPitch := lcard("Ada Lovelace", "Account Executive at Leadly", "Hi there, our agency helps startups book more demos. Would a quick call work?", 1)
	// The same recruiter's note from a stranger: no mutual connection,
	// nothing in common. The accepts are shown, and held back.
	stranger := lcard("Mara Jensen", "Technical Recruiter at Fabrikam", "Hi, I'm hiring a senior data engineer for a fintech client, remote. Open to a chat?", 0)
	// And with scam evidence besides: money talk, or a move off the
	// platform that makes a scammer.
	strangerMoney := lcard("Mara Jensen", "Technical Recruiter at Fabrikam", "Hi, I'm hiring a senior data engineer for a fintech client, remote, earn $5000 weekly. Open to a chat?", 0)
	strangerScam := lcard("Mara Jensen", "Technical Recruiter at Fabrikam", "Hi, I'm hiring a senior data engineer for a fintech client, remote. Open to a chat? Text me on WhatsApp.", 0)

	s := settings.Defaults()
	s.Trusted = []string{"https://www.linkedin.com/in/ada-lovelace"}
	j := verdict.New(&s)
	m := learn.New()
	for _, c := range pitches {
		sm := j.Sample(&c)
		require.NoError(t, m.Record(&sm, ignore))
	}
	for _, c := range recruiters {
		sm := j.Sample(&c)
		require.NoError(t, m.Record(&sm, accept))
	}
	tests := []struct {
		name      string
		card      card.Card
		before    verdict.Recommendation
		after     verdict.Recommendation
		evidence  string
		typeAfter verdict.Type
		reason    string // what the reason adds to the one before learning
	}{
		{"a salesperson the user ignores", pitch, verdict.ReviewAcceptIfRelevant, verdict.IgnoreOrVet, "you ignored 3 invitations like this", verdict.Salesperson,
			"; you ignored invitations like this"},
		{"a recruiter the user accepts", recruiter, verdict.ReviewAccept, verdict.Accept, "you accepted 2 invitations like this", verdict.Recruiter,
			"; you accepted invitations like this"},
		{"the trusted list wins", trustedPitch, verdict.Accept, verdict.Accept, "", verdict.KnownContact, ""},
		{"a stranger is not accepted for it, and the reason says so", stranger, verdict.ReviewAccept, verdict.ReviewAccept, "you accepted 2 invitations like this", verdict.Recruiter,
			"; you accepted invitations like this, but that alone never recommends accepting a stranger"},
		{"a stranger with scam evidence keeps the scam reason", strangerMoney, verdict.ReviewAccept, verdict.ReviewAccept, "you accepted 2 invitations like this", verdict.Recruiter,
			"; you accepted invitations like this, but that never clears a scam or danger warning"},
		{"a scammer's reason stays as it was", strangerScam, verdict.DeclineBlock, verdict.DeclineBlock, "you accepted 2 invitations like this", verdict.Scammer, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := j.Card(&tt.card, nil, nil)
			require.Equal(t, tt.before, b.Recommendation)
			j.UseLearnt(m)
			defer j.UseLearnt(nil)
			a := j.Card(&tt.card, nil, nil)
			assert.Equal(t, tt.after, a.Recommendation)
			assert.Equal(t, tt.typeAfter, a.Type)
			assert.Equal(t, b.Score, a.Score, "learning adds no points")
			assert.Equal(t, b.Reason+tt.reason, a.Reason, "the reason says what was learnt, after the reason of the type")
			if tt.evidence != "" {
				f, ok := hasFlag(a, "learnt")
				require.True(t, ok)
				assert.Equal(t, 0, f.Points)
				require.NotEmpty(t, f.Evidence)
				assert.Contains(t, f.Evidence[0], tt.evidence)
				assert.Contains(t, f.Evidence[0], `"`, "quotes the card's own words")
				held := tt.card.Mutuals == 0
				assert.Equal(t, held, len(f.Evidence) == 2 && strings.Contains(f.Evidence[1], "no mutual connections and no company or school in common"),
					"a held lean says why: %q", f.Evidence)
				t.Log(f.Evidence, a.Reason)
			}
		})
	}
}

func TestCorrectionsRetype(t *testing.T) {
	j := verdict.New(nil)
	m := learn.New()
	for _, c := range []card.Card{lcard("Ana Gil", "People Partner at Adatum", "", 5), lcard("Luis Mora", "People Partner, Litware", "", 4)} {
		s := j.Sample(&c)
		require.NoError(t, m.Record(&s, learn.Decision{Correct: "recruiter"}))
	}
	c := lcard("Ines Vidal", "People Partner at Northwind", "", 1)
	b := j.Card(&c, nil, nil)
	require.Equal(t, verdict.Stranger, b.Type)
	j.UseLearnt(m)
	a := j.Card(&c, nil, nil)
	assert.Equal(t, verdict.Recruiter, a.Type)
	assert.Equal(t, verdict.ReviewAccept, a.Recommendation)
	assert.Contains(t, a.Reason, "you corrected invitations like this to recruiter")
	f, ok := hasFlag(a, "learnt")
	require.True(t, ok)
	assert.Contains(t, strings.Join(f.Evidence, " "), `you corrected 2 invitations like this to a recruiter: headline "People Partner"`)
}

// TestSameSenderSameCampaign: after the user reports one invitation, the
// page's other invitations with the same note, or from the same person,
// are flagged at once; others are not.
func TestSameSenderSameCampaign(t *testing.T) {
	campaign := "Hello dear, I am looking for honest friends to share my success investing in bitcoin."
	reported := lcard("Jennifer Scott", "Entrepreneur", campaign, 0)
	page := []card.Card{
		lcard("Amanda Lewis", "Investment Consultant", campaign, 0),
		lcard("Jennifer Scott", "Entrepreneur", "Hi again, did you get my message?", 0),
		lcard("Lena Hart", "Data Engineer at Litware", "Great meeting you at the Go meetup in Berlin yesterday, let's stay in touch!", 5),
	}
	j := verdict.New(nil)
	m := learn.New()
	s := j.Sample(&reported)
	require.NoError(t, m.Record(&s, learn.Decision{Action: learn.ActionReport}))
	j.UseLearnt(m)
	vs := j.Cards(page, nil)
	want := []string{"the same note as an invitation you reported", "from the same person as an invitation you reported", ""}
	for i, v := range vs {
		f, ok := hasFlag(v, "like-reported")
		if want[i] == "" {
			assert.False(t, ok, v.Name)
			continue
		}
		require.True(t, ok, v.Name)
		assert.Contains(t, f.Evidence[0], want[i])
		assert.NotEqual(t, verdict.Accept, v.Recommendation)
	}
	// On its own the flag asks for a review, never for danger.
	alone := lcard("Jennifer Scott", "Entrepreneur", "", 4)
	v := j.Card(&alone, nil, nil)
	_, ok := hasFlag(v, "like-reported")
	require.True(t, ok)
	assert.Equal(t, verdict.LevelReview, v.Level)
}
