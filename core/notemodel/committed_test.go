package notemodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/notemodel"
)

// TestCommittedModelOnClearCases checks the committed model's calibrated
// probabilities on notes written for this test (in no training file): the
// class they clearly are is the most probable, and scams are sure.
func TestCommittedModelOnClearCases(t *testing.T) {
	m := notemodel.Default()
	assert.Greater(t, m.Len(), 1000)
	for _, tc := range []struct {
		note string
		want notemodel.Class
	}{
		{"Hello dear, I trade bitcoin with my mentor and earn 20% profit every week. Add me on WhatsApp and I will show you how.", notemodel.Scam},
		{"Guten Tag, ich investiere in Krypto mit garantierter Rendite. Schreiben Sie mir auf Telegram.", notemodel.Scam},
		{"We are hiring a Senior Java Developer for our client in Munich, hybrid, 80-95k. Would you be open to a quick chat about the role?", notemodel.Recruiter},
		{"Our platform helps finance teams close the books 3x faster. Could I show you a 15-minute demo next week?", notemodel.Sales},
		{"Great meeting you at the PyData conference in Berlin yesterday, thanks for the chat about pandas!", notemodel.Legit},
	} {
		folded, tags := flag.NoteTags(tc.note)
		r := m.Judge(folded, tags)
		best, _ := r.Best()
		if tc.want == notemodel.Scam {
			assert.Greater(t, r.BadProb(), float32(0.7), tc.note)
			assert.True(t, best.Bad(), tc.note)
			continue
		}
		assert.Equal(t, tc.want, best, "%s: %v", tc.note, r.Probs)
		assert.Less(t, r.BadProb(), float32(0.4), tc.note)
	}
}

func TestCommittedModelIsCalibratedMoreOnMoreEvidence(t *testing.T) {
	m := notemodel.Default()
	judge := func(s string) float32 {
		folded, tags := flag.NoteTags(s)
		r := m.Judge(folded, tags)
		return r.BadProb()
	}
	weak := judge("Hello, how are you?")
	strong := judge("Hello, how are you? I made 300% profit on crypto this month with my Forex mentor, add me on WhatsApp +1 555 0100 to learn.")
	assert.Greater(t, strong, weak)
	assert.Greater(t, strong, float32(0.9))
}

func TestExplainQuotesWhatWeighed(t *testing.T) {
	m := notemodel.Default()
	note := "Hi, I earn guaranteed weekly returns trading crypto with my manager, message me on WhatsApp"
	folded, tags := flag.NoteTags(note)
	spans := m.Explain(folded, tags, notemodel.Scam, 3)
	assert.NotEmpty(t, spans)
	assert.LessOrEqual(t, len(spans), 3)
	for i, s := range spans {
		assert.Greater(t, s.Weight, float32(0))
		assert.Less(t, s.Start, s.End)
		if i > 0 {
			assert.LessOrEqual(t, s.Weight, spans[i-1].Weight, "strongest first")
		}
	}
}
