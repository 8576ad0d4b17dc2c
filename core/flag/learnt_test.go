package flag

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLearntEvidenceText checks the learnt rule's evidence word for word
// on its examples: what the model leant on, quoted from the card as it
// shows it.
func TestLearntEvidenceText(t *testing.T) {
	want := map[string][]string{
		"ignored sales pitches":          {`you ignored 2 invitations like this: "our agency", "quick call", the note reads like a sales pitch`},
		"accepted recruiters":            {`you accepted 2 invitations like this: headline "Technical Recruiter", "m hiring", "client"`},
		"corrected to a recruiter twice": {`you corrected 2 invitations like this to a recruiter: headline "Talent Partner"`},
	}
	for _, e := range Learnt.Fires {
		x := NewContext(e.Settings)
		m, err := x.LearnFrom(e.Decided)
		require.NoError(t, err)
		x.Learnt = m
		var got []string
		for _, h := range x.Evaluate(&e.Card, e.Prior, nil) {
			if h.ID == Learnt.ID {
				got = h.Evidence
			}
		}
		assert.Equal(t, want[e.Name], got, e.Name)
	}
}

// TestKeptLearntFollowsTheModel checks that what the learnt model said of
// a card is asked again when the model learns more (even without
// UseLearnt), and after UseLearnt with another model.
func TestKeptLearntFollowsTheModel(t *testing.T) {
	e := Learnt.Fires[0] // ignored sales pitches
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

	x.UseLearnt(nil)
	assert.NotContains(t, ids(x.Evaluate(&e.Card, nil, nil)), Learnt.ID)
	assert.Empty(t, x.learnts.m)
}
