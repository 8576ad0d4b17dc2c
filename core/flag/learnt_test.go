package flag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
)

// TestLearntEvidenceText checks the learnt rule's evidence word for word
// on its examples against the plain way of writing it: what the model
// leant on (learn's choice), quoted from the card as it shows it.
func TestLearntEvidenceText(t *testing.T) {
	plain := func(in *Input, fs []learn.Feat) string {
		var parts []string
		for _, f := range fs {
			switch f.Part {
			case learn.PartNote:
				parts = append(parts, in.quoteAt(fieldNote, f.Start, f.End-f.Start))
			case learn.PartHeadline:
				parts = append(parts, "headline "+in.quoteAt(fieldHeadline, f.Start, f.End-f.Start))
			default:
				l, _ := learn.FactLabel(f.Hash)
				parts = append(parts, l)
			}
		}
		return strings.Join(parts, ", ")
	}
	fires, _ := examples(Learnt)
	for _, e := range fires {
		x := NewContext(e.Settings)
		m, err := x.LearnFrom(e.Decided)
		require.NoError(t, err)
		x.UseLearnt(m)
		in := NewInput(x, &e.Card, e.Prior, nil)
		r := in.learntResult()
		assert.Equal(t, strings.Contains(e.Name, "held"), r.Held, "%s: a stranger's accepting lean is held, others are not", e.Name)
		var want []string
		if r.Lean != learn.LeanNone || r.Held {
			verb := map[learn.Lean]string{learn.LeanAccept: "accepted", learn.LeanIgnore: "ignored"}[r.Lean]
			if r.Held {
				verb = "accepted"
			}
			want = append(want, "you "+verb+" "+plural(r.Count, "invitation", "invitations")+" like this: "+plain(in, r.Evidence[:r.NEvidence]))
		}
		if r.Held {
			want = append(want, "not recommended for acceptance on that alone: no mutual connections and no company or school in common, and scams copy the notes people accept")
		}
		if r.Type != learn.TypeNone {
			want = append(want, "you corrected "+plural(r.TypeCount, "invitation", "invitations")+" like this to "+typeNoun(r.Type)+": "+plain(in, r.TypeEvidence[:r.NTypeEvidence]))
		}
		require.NotEmpty(t, want, e.Name)
		var got []string
		for _, h := range x.Evaluate(&e.Card, e.Prior, nil) {
			if h.ID == Learnt.ID {
				got = h.Evidence
				assert.Equal(t, r.Lean, h.Lean, "%s: the hit carries the lean", e.Name)
				assert.Equal(t, r.Held, h.Held, "%s: the hit says a lean was held, for the verdict's reason", e.Name)
			}
		}
		assert.Equal(t, want, got, e.Name)
	}
}

// TestKeptLearntFollowsTheModel checks that what the learnt model said of
// a card is asked again when the model learns more (even without
// UseLearnt), and after UseLearnt with another model.
func TestKeptLearntFollowsTheModel(t *testing.T) {
	fires, _ := examples(Learnt)
	e := fires[0] // ignored sales pitches
	x := NewContext(e.Settings)
	m, err := x.LearnFrom(e.Decided[:1]) // one decision: not enough
	require.NoError(t, err)
	x.UseLearnt(m)
	assert.NotContains(t, ids(x.Evaluate(&e.Card, nil, nil)), Learnt.ID)
	assert.NotContains(t, ids(x.Evaluate(&e.Card, nil, nil)), Learnt.ID, "kept")
	require.Len(t, x.learnts.m, 1)

	for _, d := range e.Decided[1:] { // the model learns in place
		s := x.Sample(&d.Card)
		require.NoError(t, m.Record(&s, d.Decision))
	}
	assert.Contains(t, ids(x.Evaluate(&e.Card, nil, nil)), Learnt.ID)
	x.UseLearnt(m) // the same model again: what was kept stays
	assert.Contains(t, ids(x.Evaluate(&e.Card, nil, nil)), Learnt.ID)
	assert.Len(t, x.learnts.m, 2)

	m.Reset() // in place, then learning one decision again: asked again
	s := x.Sample(&e.Decided[0].Card)
	require.NoError(t, m.Record(&s, e.Decided[0].Decision))
	x.UseLearnt(m)
	assert.NotContains(t, ids(x.Evaluate(&e.Card, nil, nil)), Learnt.ID)

	x.UseLearnt(nil)
	assert.NotContains(t, ids(x.Evaluate(&e.Card, nil, nil)), Learnt.ID)
	assert.Empty(t, x.learnts.m)
}

// TestKeptLearntTellsSpecificNotes: two notes that fold the same, one of
// which names something particular by its capitals ("Turing"), are
// judged apart in one Context (the kept judgement's key holds Specific)
// against a model where the two facts lean different ways.
func TestKeptLearntTellsSpecificNotes(t *testing.T) {
	c := func(name, note string) card.Card {
		return card.Card{Site: card.LinkedIn, Kind: card.Person, Photo: card.PhotoPresent, Mutuals: 4, AgeDays: 2,
			Name: name, Headline: "Nurse at Fabrikam", Note: note, ProfileURL: "https://www.linkedin.com/in/" + strings.ToLower(name)}
	}
	x := NewContext(nil)
	m := learn.New()
	for _, n := range []string{"Hello, happy to connect here.", "Hey there, let's link up!", "Good day, expanding my network."} {
		s := x.Sample(new(c("ana", n)))
		require.NoError(t, m.Record(&s, learn.Decision{Action: learn.ActionIgnore}))
	}
	for _, n := range []string{"Great chatting with Maria at the Leeds meetup.", "Loved your talk at KubeCon on Friday.", "Your post on Kafka at Contoso was great."} {
		s := x.Sample(new(c("ana", n)))
		require.NoError(t, m.Record(&s, learn.Decision{Action: learn.ActionAccept}))
	}
	x.UseLearnt(m)
	lower, upper := c("bo", "hi! would be good to connect, turing."), c("bo", "hi! would be good to connect, Turing.")
	for _, cc := range []*card.Card{&lower, &upper} {
		s := x.Sample(cc)
		require.Equal(t, "legit", s.Kind, cc.Note)
	}
	require.Equal(t, x.Sample(&lower).Note, x.Sample(&upper).Note, "the notes fold the same")
	want := map[*card.Card]learn.Lean{&lower: learn.LeanIgnore, &upper: learn.LeanAccept}
	for _, first := range []*card.Card{&lower, &upper} { // either one judged first
		x.UseLearnt(nil)
		x.UseLearnt(m)
		second := &upper
		if first == &upper {
			second = &lower
		}
		for _, cc := range []*card.Card{first, second} {
			r := NewInput(x, cc, nil, nil).learntResult()
			assert.Equal(t, want[cc], r.Lean, "%s: %+v", cc.Note, r)
		}
		assert.Len(t, x.learnts.m, 2, "judged apart")
	}
}
