package verdict

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/settings"
)

// handModel is a note model made by hand, so that these tests do not
// depend on training: a note it knows nothing of is legitimate (bias 2),
// and each word below gives one class the weight that makes, on a
// one-word note, the probability the flag reports: for scam the
// probability of scam, spam or fake recruiter together, for the others
// their own.
func handModel(t *testing.T) *notemodel.Model {
	t.Helper()
	m := notemodel.NewModel(8)
	m.Bias[notemodel.Legit] = 2
	for c := range m.Scale {
		m.Scale[c] = 0.05
	}
	put := func(word string, c notemodel.Class, p float64) {
		// e^w / (e^w + others) = p for recruiter and sales; for scam,
		// (e^w + 2) / (e^w + 2 + e^2 + 2) = p.
		// For legit, e^(2+w) / (e^(2+w) + 5) = p.
		var e float64
		switch {
		case c == notemodel.Legit:
			e = 5 * p / (1 - p) / math.Exp(2)
		case c.Bad():
			e = (p*(math.Exp(2)+4) - 2) / (1 - p)
		default:
			e = p * (math.Exp(2) + 4) / (1 - p)
		}
		var w [notemodel.NumClasses]int8
		w[c] = int8(math.Round(math.Log(e) / 0.05))
		require.NoError(t, m.Set(notemodel.WordHash(word), w))
	}
	put("bitcoin", notemodel.Scam, 0.95)  // sure: a scammer
	put("pleasure", notemodel.Scam, 0.55) // hesitant: a review
	put("role", notemodel.Recruiter, 0.8)
	put("demo", notemodel.Sales, 0.8)
	put("meetup", notemodel.Legit, 0.97)   // sure: a personal note
	put("offering", notemodel.Sales, 0.97) // sure: a sales pitch
	return m
}

// plain is the neutral card: a photo, two mutuals, an unremarkable job.
func plain(text string, change ...func(*card.Card)) card.Card {
	c := newCard(named("Alex Morgan"), headline("Operations Manager at Northwind Traders"), withMutuals(2), note(text))
	for _, ch := range change {
		ch(&c)
	}
	return c
}

func modelFlag(v Verdict) (Flag, bool) {
	for _, f := range v.Flags {
		if f.ID == ruleNoteModel {
			return f, true
		}
	}
	return Flag{}, false
}

func TestNoteModelTypesAndScores(t *testing.T) {
	j := New(nil)
	j.UseNoteModel(handModel(t))
	for _, tc := range []struct {
		name, note string
		typ        Type
		level      Level
		class      string
		percent    int
		points     bool // the flag adds points
	}{
		{"sure scam", "Bitcoin", Scammer, LevelDanger, "scam", 95, true},
		{"hesitant scam", "Pleasure", Stranger, LevelReview, "scam", 55, true},
		{"recruiter", "Role", Recruiter, LevelReview, "recruiter", 80, false},
		{"sales", "Demo", Salesperson, LevelReview, "sales", 80, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := plain(tc.note)
			v := j.Card(&c, nil, nil)
			assert.Equal(t, tc.typ, v.Type)
			assert.Equal(t, tc.level, v.Level)
			f, ok := modelFlag(v)
			require.True(t, ok, "flags %v", v.Flags)
			assert.Equal(t, tc.class, f.Class)
			assert.InDelta(t, tc.percent, f.Percent, 1)
			assert.Equal(t, tc.points, f.Points > 0, "points %d", f.Points)
			assert.Equal(t, []string{`"` + tc.note + `"`}, f.Evidence, "the word that weighed, as written")
			if tc.typ == Scammer {
				assert.Equal(t, "the note reads like a scam", v.Reason)
			}
		})
	}
}

func TestNoteModelNothingToSay(t *testing.T) {
	j := New(nil)
	j.UseNoteModel(handModel(t))
	for _, note := range []string{"", "Hello there", "Great meeting you"} {
		c := plain(note)
		v := j.Card(&c, nil, nil)
		_, ok := modelFlag(v)
		assert.False(t, ok, note)
		assert.NotEqual(t, LevelDanger, v.Level)
	}
}

func TestHesitantModelIsOutweighedByWhatSpeaksForTheSender(t *testing.T) {
	j := New(mySettings())
	j.UseNoteModel(handModel(t))
	c := plain("Pleasure", withMutuals(12), shared("Acme Robotics"))
	v := j.Card(&c, nil, nil)
	assert.Equal(t, KnownContact, v.Type)
	assert.Equal(t, LevelSafe, v.Level, "score %d, flags %v, signals %v", v.Score, v.Flags, v.Signals)
	f, ok := modelFlag(v)
	require.True(t, ok, "the suspicion is still shown")
	assert.Equal(t, "scam", f.Class)

	// A sure scam verdict is not outweighed: scam evidence is hard.
	c = plain("Bitcoin", withMutuals(12), shared("Acme Robotics"))
	v = j.Card(&c, nil, nil)
	assert.Equal(t, Scammer, v.Type)
}

func TestHesitantModelAddsUpWithOtherScamEvidence(t *testing.T) {
	j := New(nil)
	j.UseNoteModel(handModel(t))
	for _, tc := range []struct {
		name, note string
		typ        Type
		level      Level
	}{
		{"with a shortened link", "Pleasure, see https://bit.ly/3xYz9Qp", Scammer, LevelDanger},
		{"with a risky domain", "Pleasure, see https://prize-claim.top/win", Scammer, LevelDanger},
		{"with urgency", "Pleasure, reply today, it is urgent", Scammer, LevelDanger},
		{"with flattery", "Pleasure, hello dear, you have a beautiful smile", Scammer, LevelDanger},
		// A plain link is what recruiters, vendors and friends send: its
		// points count, but it is no scam evidence.
		{"with a plain link", "Pleasure, see https://example.com/about", Stranger, LevelReview},
		{"a plain link alone", "see https://example.com/about", Stranger, LevelReview},
		// Urgency and flattery alone are how salespeople write too.
		{"urgency alone", "Reply today, it is urgent", Stranger, LevelReview},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := plain(tc.note)
			v := j.Card(&c, nil, nil)
			assert.Equal(t, tc.typ, v.Type, "flags %v", v.Flags)
			assert.Equal(t, tc.level, v.Level, "score %d, flags %v", v.Score, v.Flags)
		})
	}
}

func TestModelSureOfTheSenderOutweighsAPhrase(t *testing.T) {
	j := New(nil)
	j.UseNoteModel(handModel(t))
	for _, tc := range []struct {
		name, note string
		typ        Type
		personal   bool // the note counts as a personal one (its signal is there)
		flags      []string
	}{
		// A meeting request is how salespeople ask, but also peers and old
		// colleagues: the phrase types the sender only when the model is
		// not sure the note is personal.
		{"meeting request, the model unsure", "Up for a quick call next week?", Salesperson, false, []string{ruleSalesPitch}},
		{"meeting request in a personal note", "Loved the meetup, up for a quick call next week?", Stranger, false, []string{ruleSalesPitch}},
		{"meeting request in a personal note naming a context", "Great meeting you at the meetup, up for a quick call next week?", KnownContact, true, []string{ruleSalesPitch}},
		// A shared context named in a note the model is sure is a pitch
		// does not make the note a personal one.
		{"context in a note the model is sure is a pitch", "We met at the expo, I am offering analytics seats", Salesperson, false, []string{ruleNoteModel}},
		{"context in a note the model reads as sales, unsure", "We met at the expo, I can demo it", KnownContact, true, []string{ruleNoteModel}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := plain(tc.note)
			v := j.Card(&c, nil, nil)
			assert.Equal(t, tc.typ, v.Type, "flags %v, signals %v", v.Flags, v.Signals)
			assert.Equal(t, tc.flags, flagIDs(v))
			var signals []string
			for _, s := range v.Signals {
				signals = append(signals, s.ID)
			}
			assert.Equal(t, tc.personal, slices.Contains(signals, signalPersonalNote), "signals %v", v.Signals)
			for _, f := range v.Flags {
				if f.ID == ruleSalesPitch {
					assert.Positive(t, f.Points, "the phrase keeps its points")
				}
			}
		})
	}
}

func TestNoteModelCanBeTurnedOff(t *testing.T) {
	j := New(mySettings(func(s *settings.Settings) { s.Rules = map[string]bool{"note-model": false} }))
	j.UseNoteModel(handModel(t))
	c := plain("Bitcoin")
	v := j.Card(&c, nil, nil)
	_, ok := modelFlag(v)
	assert.False(t, ok)
	assert.NotEqual(t, Scammer, v.Type)
}

func TestModelRecruiterBeatsThePitchRule(t *testing.T) {
	j := New(nil)
	j.UseNoteModel(handModel(t))
	c := plain("A role for you, quick call?")
	v := j.Card(&c, nil, nil)
	assert.Contains(t, flagIDs(v), ruleSalesPitch)
	assert.Equal(t, Recruiter, v.Type, "quick call is recruiters' talk too")
}
