package verdict

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/flag"
)

// groupOf gives hand-made hits the group their rule has in package flag.
func groupOf(id string) flag.Group {
	switch id {
	case ruleNoMutuals, ruleDefaultPhoto, ruleOddName, ruleGenericHeadline, ruleImpersonation,
		ruleScamPersona, ruleContactProfile:
		return flag.GroupIdentity
	case ruleCompetitor, ruleBlockedPerson, ruleDuplicateNote, "outside-field", "repeat-invite", "polarizing":
		return flag.GroupContext
	}
	return flag.GroupNote
}

// hit makes a fired rule with its evidence.
func hit(id string, weight int, strength float64, evidence ...string) flag.Hit {
	return flag.Hit{ID: id, Title: id + " title", Group: groupOf(id), Weight: weight, Strength: strength, Evidence: evidence}
}

func TestScoreCapsGroupsStrongestFirst(t *testing.T) {
	hits := []flag.Hit{
		hit(ruleNoMutuals, 15, 1),
		hit(ruleImpersonation, 50, 1),
		hit(ruleDefaultPhoto, 20, 1),
		hit(ruleCannedNote, 5, 1),
	}
	flags, tl := score(hits, nil, sureNone)
	got := map[string]int{}
	var order []string
	for _, f := range flags {
		got[f.ID] = f.Points
		order = append(order, f.ID)
	}
	assert.Equal(t, []string{ruleImpersonation, ruleDefaultPhoto, ruleNoMutuals, ruleCannedNote}, order)
	// identity: 50 + 20 + 15 = 85 capped to 60: impersonation keeps 50, the
	// photo gets the 10 left, no-mutuals nothing.
	assert.Equal(t, map[string]int{ruleImpersonation: 50, ruleDefaultPhoto: 10, ruleNoMutuals: 0, ruleCannedNote: 5}, got)
	assert.InDelta(t, 50, tl.hard, 1e-9)
	assert.InDelta(t, 15, tl.soft, 1e-9)
	assert.Equal(t, 2, tl.identity)
	assert.True(t, tl.impostor)
	assert.Equal(t, 65, risk(tl, 0))
}

func TestScorePointsAddUpToRoundedTotal(t *testing.T) {
	hits := []flag.Hit{hit(ruleMoneyTalk, 33, 0.5), hit(ruleOffPlatform, 33, 0.5), hit(rulePersonalData, 33, 0.5)}
	flags, tl := score(hits, nil, sureNone)
	sum := 0
	for _, f := range flags {
		sum += f.Points
	}
	assert.Equal(t, 50, sum) // 16.5 * 3 = 49.5 rounds to 50
	assert.Equal(t, 50, risk(tl, 0))
	assert.InDelta(t, 49.5, tl.scam, 1e-9)
}

func TestScoreIgnoresNonsensePoints(t *testing.T) {
	hits := []flag.Hit{hit(ruleNoMutuals, 10, -1), hit(ruleOddName, 10, 0)}
	flags, tl := score(hits, nil, sureNone)
	assert.Len(t, flags, 2)
	assert.Equal(t, 0, risk(tl, 0))
	for _, f := range flags {
		assert.NotNil(t, f.Evidence)
	}
}

func TestRiskSignalsLowerOnlySoftPoints(t *testing.T) {
	tests := []struct {
		name   string
		hits   []flag.Hit
		relief int
		want   int
	}{
		{"no hits", nil, 50, 0},
		{"soft lowered", []flag.Hit{hit(ruleDefaultPhoto, 20, 1), hit(ruleNoMutuals, 15, 1)}, 20, 15},
		{"soft to zero, not below", []flag.Hit{hit(ruleDefaultPhoto, 20, 1)}, 60, 0},
		{"scam note keeps its points", []flag.Hit{hit(ruleMoneyTalk, 60, 1), hit(ruleOffPlatform, 45, 1)}, 80, 100},
		{"scam note with soft extra", []flag.Hit{hit(ruleMoneyTalk, 40, 1), hit(ruleCannedNote, 5, 1)}, 80, 40},
		{"clamped at 100", []flag.Hit{hit(ruleMoneyTalk, 90, 1), hit(ruleBlockedPerson, 100, 1), hit(ruleImpersonation, 60, 1)}, 0, 100},
	}
	for _, tt := range tests {
		_, tl := score(tt.hits, nil, sureNone)
		assert.Equal(t, tt.want, risk(tl, tt.relief), tt.name)
	}
}

func TestSortHitsIsStable(t *testing.T) {
	hits := []flag.Hit{hit("a", 10, 1), hit("b", 30, 1), hit("c", 10, 1), hit("d", 30, 1)}
	sortHits(hits)
	var ids []string
	for _, h := range hits {
		ids = append(ids, h.ID)
	}
	assert.Equal(t, []string{"b", "d", "a", "c"}, ids)
}
