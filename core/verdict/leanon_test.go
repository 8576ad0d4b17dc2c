package verdict

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/learn"
)

// TestLeanOn: how the way the user's decisions lean moves a
// recommendation, and what the reason then says, also when it does not
// move it.
func TestLeanOn(t *testing.T) {
	th := thresholds{review: 20, danger: 60, scam: 30, fake: 3}
	tests := []struct {
		name    string
		lean    learn.Lean
		rec     Recommendation
		ty      Type
		scam    float64
		score   int
		trusted bool
		want    Recommendation
		why     string
	}{
		{"accept lean moves review to accept", learn.LeanAccept, ReviewAccept, Recruiter, 0, 10, false, Accept, "r; you accepted invitations like this"},
		{"ignore lean moves review to ignore", learn.LeanIgnore, ReviewAcceptIfRelevant, Salesperson, 0, 10, false, IgnoreOrVet, "r; you ignored invitations like this"},
		{"scam evidence stays, and the reason says so", learn.LeanAccept, IgnoreOrVet, Recruiter, 12, 30, false, IgnoreOrVet, "r; you accepted invitations like this, but that never clears a scam or danger warning"},
		{"the danger level stays, and the reason says so", learn.LeanAccept, IgnoreOrVet, Stranger, 0, 60, false, IgnoreOrVet, "r; you accepted invitations like this, but that never clears a scam or danger warning"},
		{"a scammer is not touched", learn.LeanAccept, DeclineBlock, Scammer, 40, 80, false, DeclineBlock, "r"},
		{"the trusted list is not touched", learn.LeanIgnore, Accept, KnownContact, 0, 0, true, Accept, "r"},
		{"no lean", learn.LeanNone, ReviewAccept, Recruiter, 0, 10, false, ReviewAccept, "r"},
		{"already accepted", learn.LeanAccept, Accept, IndustryPeer, 0, 0, false, Accept, "r"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := facts{}
			if tt.trusted {
				f.trust = trustNone + 1
			}
			tl := tally{lean: tt.lean, scam: tt.scam}
			rec, why := leanOn(tt.rec, "r", tt.ty, &f, &tl, tt.score, th)
			assert.Equal(t, tt.want, rec)
			assert.Equal(t, tt.why, why)
		})
	}
}
