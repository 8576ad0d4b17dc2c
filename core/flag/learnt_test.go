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
