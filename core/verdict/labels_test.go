package verdict

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestEveryTypeHasALabelAndARecommendation(t *testing.T) {
	types := []Type{BlockedPerson, Scammer, FakeProfile, Competitor, PageInvite, KnownContact,
		Recruiter, Salesperson, VerifiedAccount, IndustryPeer, Stranger}
	assert.Len(t, typeLabels, len(types))
	for _, ty := range types {
		assert.NotEqual(t, string(ty), ty.Label())
		rec := recommend(ty, false, true)
		assert.NotEqual(t, string(rec), rec.Label(), ty)
	}
	assert.Len(t, recommendationLabels, 7)
	assert.Equal(t, "mystery", Type("mystery").Label())
	assert.Equal(t, "mystery", Recommendation("mystery").Label())
	assert.Equal(t, "mystery", Level("mystery").Label())
}

func TestLabels(t *testing.T) {
	assert.Equal(t, "Recruiter", Recruiter.Label())
	assert.Equal(t, "Scammer or spammer", Scammer.Label())
	assert.Equal(t, "Review, then accept", ReviewAccept.Label())
	assert.Equal(t, "Review, accept if relevant", ReviewAcceptIfRelevant.Label())
	assert.Equal(t, "Ignore or vet further", IgnoreOrVet.Label())
	assert.Equal(t, "Decline and block", DeclineBlock.Label())
	assert.Equal(t, "Safe", LevelSafe.Label())
	assert.Equal(t, "Needs review", LevelReview.Label())
	assert.Equal(t, "Danger", LevelDanger.Label())
}

func TestSummary(t *testing.T) {
	assert.Equal(t, "Recruiter — review, then accept", Verdict{Type: Recruiter, Recommendation: ReviewAccept}.Summary())
	assert.Equal(t, "Scammer or spammer — decline and block", Verdict{Type: Scammer, Recommendation: DeclineBlock}.Summary())
	assert.Equal(t, "Known contact — accept", Verdict{Type: KnownContact, Recommendation: Accept}.Summary())
	assert.Equal(t, " — ", Verdict{}.Summary())
}

func TestFlagTitleIn(t *testing.T) {
	model := Flag{ID: "note-model", Title: "The note reads like scam, sales or recruiting", Class: "scam", Percent: 92}
	assert.Equal(t, "Die Nachricht klingt nach Betrug (92 %)", model.TitleIn("de"))
	assert.Equal(t, "The note reads like a scam (92 %)", model.TitleIn("en-GB"))
	money := Flag{ID: "money-talk", Title: "Money or crypto talk"}
	assert.Equal(t, "Money or crypto talk", money.TitleIn("en"))
	assert.NotEqual(t, money.Title, money.TitleIn("de"), "the rule's German title")
	gone := Flag{ID: "retired-rule", Title: "Old title"}
	assert.Equal(t, "Old title", gone.TitleIn("de"), "a rule this build does not know keeps its title")
}
