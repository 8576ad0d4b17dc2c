package verdict

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/learn"
)

// TestLeanOn: how the way the user's decisions lean moves a
// recommendation, and what the reason then says, also when it does not
// move it: for scam evidence or danger, or because the sender is a
// stranger (held: learn.Result.Held, the lean is then none).
func TestLeanOn(t *testing.T) {
	th := thresholds{review: 20, danger: 60, scam: 30, fake: 3}
	tests := []struct {
		name    string
		lean    learn.Lean
		held    bool
		rec     Recommendation
		ty      Type
		scam    float64
		score   int
		trusted bool
		want    Recommendation
		why     string
	}{
		{"accept lean moves review to accept", learn.LeanAccept, false, ReviewAccept, Recruiter, 0, 10, false, Accept, "r; you accepted invitations like this"},
		{"ignore lean moves review to ignore", learn.LeanIgnore, false, ReviewAcceptIfRelevant, Salesperson, 0, 10, false, IgnoreOrVet, "r; you ignored invitations like this"},
		{"scam evidence stays, and the reason says so", learn.LeanAccept, false, IgnoreOrVet, Recruiter, 12, 30, false, IgnoreOrVet, "r; you accepted invitations like this, but that never clears a scam or danger warning"},
		{"the danger level stays, and the reason says so", learn.LeanAccept, false, IgnoreOrVet, Stranger, 0, 60, false, IgnoreOrVet, "r; you accepted invitations like this, but that never clears a scam or danger warning"},
		{"a scammer is not touched", learn.LeanAccept, false, DeclineBlock, Scammer, 40, 80, false, DeclineBlock, "r"},
		{"the trusted list is not touched", learn.LeanIgnore, false, Accept, KnownContact, 0, 0, true, Accept, "r"},
		{"no lean", learn.LeanNone, false, ReviewAccept, Recruiter, 0, 10, false, ReviewAccept, "r"},
		{"already accepted", learn.LeanAccept, false, Accept, IndustryPeer, 0, 0, false, Accept, "r"},
		{"a stranger's held lean moves nothing, and the reason says so", learn.LeanNone, true, IgnoreOrVet, Stranger, 0, 10, false, IgnoreOrVet, "r; you accepted invitations like this, but that alone never recommends accepting a stranger"},
		{"a held recruiter stays at review", learn.LeanNone, true, ReviewAccept, Recruiter, 0, 10, false, ReviewAccept, "r; you accepted invitations like this, but that alone never recommends accepting a stranger"},
		{"a held lean with scam evidence says the scam reason", learn.LeanNone, true, IgnoreOrVet, Stranger, 12, 30, false, IgnoreOrVet, "r; you accepted invitations like this, but that never clears a scam or danger warning"},
		{"a held lean at the danger level says the danger reason", learn.LeanNone, true, IgnoreOrVet, Stranger, 0, 60, false, IgnoreOrVet, "r; you accepted invitations like this, but that never clears a scam or danger warning"},
		{"a held scammer is not touched", learn.LeanNone, true, DeclineBlock, Scammer, 40, 80, false, DeclineBlock, "r"},
		{"a held lean on an accepted card says nothing", learn.LeanNone, true, Accept, VerifiedAccount, 0, 0, false, Accept, "r"},
		{"a held lean on the trusted list says nothing", learn.LeanNone, true, Accept, KnownContact, 0, 0, true, Accept, "r"},
		{"an ignore lean wins over a held one", learn.LeanIgnore, true, ReviewAccept, Recruiter, 0, 10, false, IgnoreOrVet, "r; you ignored invitations like this"},
		{"an ignore lean on a card already ignored says nothing of the hold", learn.LeanIgnore, true, IgnoreOrVet, Stranger, 0, 10, false, IgnoreOrVet, "r"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := facts{}
			if tt.trusted {
				f.trust = trustNone + 1
			}
			tl := tally{lean: tt.lean, held: tt.held, scam: tt.scam}
			// "r" in the table is the type's reason, here the blocklist's.
			rec, learnt := leanOn(tt.rec, tt.ty, &f, &tl, tt.score, th)
			assert.Equal(t, tt.want, rec)
			parts, en := reasonOf(whyBlocklist, "", learnt)
			assert.Equal(t, "on your blocklist"+strings.TrimPrefix(tt.why, "r"), en)
			assert.Equal(t, en, ReasonEnglish(parts))
		})
	}
}
