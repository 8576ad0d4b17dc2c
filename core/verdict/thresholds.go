package verdict

import "github.com/vetted/vetted/core/settings"

// thresholds are the score and evidence limits of one strictness level.
type thresholds struct {
	review int // score from which a card needs review
	danger int // score from which a card is dangerous
	scam   int // capped points of scam evidence from which the sender is a scammer
	fake   int // basic identity flags together from which the sender is a fake profile
}

// The limits per strictness. Stricter settings raise cards to review and
// danger sooner and call a sender a scammer or a fake profile on less
// evidence.
//
//	strictness  review  danger  scam  fake
//	relaxed       40      75     45     4
//	balanced      25      60     30     3
//	strict        15      45     20     3
//
// The scam rules of package flag (money-talk, off-platform, job-bait,
// personal-data-request, link-in-note, scam-persona, contact-in-profile)
// weigh 30 or more each, so at balanced any one of them at full strength
// makes a scammer, as the golden set expects; a weak hit (a plain link, a
// vague money word) does not. TestScamRulesReachTheScamLimit keeps it so.
var (
	relaxedLimits  = thresholds{review: 40, danger: 75, scam: 45, fake: 4}
	balancedLimits = thresholds{review: 25, danger: 60, scam: 30, fake: 3}
	strictLimits   = thresholds{review: 15, danger: 45, scam: 20, fake: 3}
)

// limitsFor returns the limits of a strictness; anything unknown is
// balanced.
func limitsFor(s settings.Strictness) thresholds {
	switch s {
	case settings.Relaxed:
		return relaxedLimits
	case settings.Strict:
		return strictLimits
	}
	return balancedLimits
}

// levelOf is the level a score alone gives.
func (th thresholds) levelOf(score int) Level {
	switch {
	case score >= th.danger:
		return LevelDanger
	case score >= th.review:
		return LevelReview
	}
	return LevelSafe
}
