package render_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/render"
	"github.com/vetted/vetted/core/verdict"
)

// Every type, recommendation, level and action has its message name and
// its English label as the fallback; a value the tables do not know has
// no message name and is shown as it is.
func TestLabelsNameTheirMessages(t *testing.T) {
	assert.Equal(t, render.Text{Key: "badgeTypeBlockedPerson", Fallback: "Blocked person"}, render.TypeLabel(verdict.BlockedPerson))
	assert.Equal(t, render.Text{Key: "badgeTypeStranger", Fallback: "Stranger"}, render.TypeLabel(verdict.Stranger))
	assert.Equal(t, render.Text{Key: "badgeRecReviewAcceptIfRelevant", Fallback: "Review, accept if relevant"}, render.RecLabel(verdict.ReviewAcceptIfRelevant))
	assert.Equal(t, render.Text{Key: "badgeLevelDanger", Fallback: "Danger"}, render.LevelLabel(verdict.LevelDanger))
	assert.Equal(t, render.Text{Key: "badgeActionIgnoreReport", Fallback: "Ignore + report"}, render.ActionLabel(action.IgnoreReport))

	types := []verdict.Type{verdict.BlockedPerson, verdict.Scammer, verdict.FakeProfile, verdict.Competitor,
		verdict.PageInvite, verdict.KnownContact, verdict.Recruiter, verdict.Salesperson,
		verdict.VerifiedAccount, verdict.IndustryPeer, verdict.Stranger}
	for _, ty := range types {
		l := render.TypeLabel(ty)
		assert.Regexp(t, `^badgeType[A-Z]`, l.Key, ty)
		assert.Equal(t, ty.Label(), l.Fallback)
	}
	recs := []verdict.Recommendation{verdict.Accept, verdict.ReviewAccept, verdict.ReviewAcceptIfRelevant,
		verdict.IgnoreOrVet, verdict.Decline, verdict.DeclineBlock, verdict.Review}
	for _, r := range recs {
		assert.Regexp(t, `^badgeRec[A-Z]`, render.RecLabel(r).Key, r)
	}
	for _, l := range []verdict.Level{verdict.LevelSafe, verdict.LevelReview, verdict.LevelDanger} {
		assert.Regexp(t, `^badgeLevel[A-Z]`, render.LevelLabel(l).Key, l)
	}
	for _, k := range []action.Kind{action.Accept, action.Ignore, action.Ask, action.AcceptThanks, action.IgnoreReport, action.Block} {
		assert.Regexp(t, `^badgeAction[A-Z]`, render.ActionLabel(k).Key, k)
	}

	assert.Equal(t, render.Text{Fallback: "mystery"}, render.TypeLabel("mystery"))
	assert.Equal(t, render.Text{Fallback: "mystery"}, render.RecLabel("mystery"))
	assert.Equal(t, render.Text{Fallback: "mystery"}, render.LevelLabel("mystery"))
}
