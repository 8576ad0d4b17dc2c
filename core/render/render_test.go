package render_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/render"
	"github.com/vetted/vetted/core/verdict"
)

func TestTextString(t *testing.T) {
	chip := render.Msg("badgeChip", "$1 — $2", render.Lit("Recruiter"), render.Text{Key: "x", Fallback: "Review, then accept", Lower: true})
	assert.Equal(t, "Recruiter — review, then accept", chip.String())
	assert.Equal(t, "a $ b", render.Msg("", "$1 $$ $2", render.Lit("a"), render.Lit("b")).String())
}

// A message goes to the shell by name, a literal with its text, page text
// exactly as it is (markup stays text for textContent).
func TestTextJSON(t *testing.T) {
	hostile := "<img src=x onerror=alert(1)>\"\\\u202e\x00\n" + strings.Repeat("x", 100000)
	in := render.Msg("badgeActions", "Vetted actions for $1", render.Lit(hostile))
	b, err := json.Marshal(in)
	require.NoError(t, err)
	var out struct {
		K string `json:"k"`
		F string `json:"f"`
		A []struct {
			K string `json:"k"`
			F string `json:"f"`
		} `json:"a"`
	}
	require.NoError(t, json.Unmarshal(b, &out))
	assert.Equal(t, "badgeActions", out.K)
	assert.Empty(t, out.F, "the fallback stays out: the shell has the message")
	require.Len(t, out.A, 1)
	assert.Equal(t, hostile, out.A[0].F)
}

func TestBadge(t *testing.T) {
	v := verdict.Verdict{Type: verdict.Scammer, Recommendation: verdict.DeclineBlock, Level: verdict.LevelDanger, Score: 90,
		Flags: []verdict.Flag{{ID: "money_talk", Title: "Money talk", Evidence: []string{`"guaranteed returns"`}, Points: 40}}}
	b := render.NewBadge(render.View{Key: "k1", Name: "  Jane   Doe ", Verdict: &v,
		Actions: []action.Kind{action.Accept, action.Ignore, action.Block}, Lang: "en"})
	assert.Equal(t, "k1", b.Key)
	assert.Equal(t, "danger", b.Level)
	assert.Equal(t, "Scammer or spammer — decline and block", b.Chip.String())
	assert.Equal(t, "Vetted: Scammer or spammer — decline and block. Show why.", b.ChipAria.String())
	assert.Equal(t, "Vetted actions for Jane Doe", b.ActionsLabel.String())
	require.Len(t, b.Flags, 1)
	assert.Equal(t, "money_talk", b.Flags[0].ID)
	assert.Contains(t, b.Flags[0].Text.String(), "“guaranteed returns”")
	var kinds []string
	for _, a := range b.Actions {
		kinds = append(kinds, a.Kind)
		if a.Kind == "block" { // decline_block: ignore + report and block
			assert.True(t, a.Recommended, a.Kind)
		} else {
			assert.False(t, a.Recommended, a.Kind)
		}
	}
	assert.Equal(t, []string{"accept", "ignore", "block"}, kinds)
	assert.Equal(t, "Risk score: 90 of 100 (Danger)", b.ScoreLine.String())
	assert.True(t, b.Problems.IsZero())
	// The lists' accessible names are messages of their own (a heading's
	// punctuation differs by language).
	assert.Equal(t, "badgeFlags", b.FlagsLabel.Key)
	assert.Equal(t, "badgeSignals", b.SignalsLabel.Key)
	assert.Equal(t, "Lowering the risk", b.SignalsLabel.String())
}

// A signal's title is a message, for the reader's language; its evidence
// (page text among it) is literal, put in as an argument.
func TestBadgeSignals(t *testing.T) {
	v := verdict.Verdict{Type: verdict.KnownContact, Recommendation: verdict.Accept, Level: verdict.LevelSafe,
		Signals: []verdict.Signal{
			{ID: "mutual-connections", Title: verdict.TitleSomeMutuals, Evidence: []string{"9 mutual connections"}, Points: 10},
			{ID: "shared-org", Title: verdict.TitleShared, Evidence: []string{`"$1 Analytical Engines"`, "more"}, Points: 10},
			{ID: "verified-badge", Title: verdict.TitleVerified, Points: 15},
			{ID: "from-later", Title: "A signal of a later version", Evidence: []string{"x"}},
		}}
	b := render.NewBadge(render.View{Key: "k1", Name: "Ada", Verdict: &v, Lang: "de"})
	require.Len(t, b.Signals, 4)
	line := b.Signals[0].Text
	assert.Equal(t, "badgeExplainLine", line.Key)
	require.Len(t, line.Args, 2)
	assert.Equal(t, "badgeSignalSomeMutuals", line.Args[0].Key)
	assert.Equal(t, render.Lit("9 mutual connections"), line.Args[1])
	assert.Equal(t, "Some mutual connections: 9 mutual connections", line.String())
	assert.Equal(t, "Company or school in common: “$1 Analytical Engines”, more", b.Signals[1].Text.String())
	assert.Equal(t, render.Msg("badgeSignalVerified", verdict.TitleVerified), b.Signals[2].Text, "no evidence: the title alone")
	assert.Equal(t, "A signal of a later version: x", b.Signals[3].Text.String())
	assert.Empty(t, b.Signals[3].Text.Args[0].Key, "a title without a message is shown as it is")
}

// The badge offers "Not a scam" only when it warns of danger, and a type
// correction for every type a correction can set but the card's own; each
// value is one package learn takes.
func TestCorrections(t *testing.T) {
	values := func(cs []render.Correction) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Value)
			require.NoError(t, learn.Decision{Correct: c.Value}.Validate(), c.Value)
		}
		return out
	}
	danger := verdict.Verdict{Type: verdict.Scammer, Recommendation: verdict.DeclineBlock, Level: verdict.LevelDanger}
	b := render.NewBadge(render.View{Key: "k", Name: "Jane", Verdict: &danger})
	assert.Equal(t, []string{"not_scam", "recruiter", "salesperson", "industry_peer", "known_contact", "stranger"}, values(b.Corrections))
	assert.Equal(t, "Not a scam", b.Corrections[0].Label.String())
	assert.Equal(t, "Wrong type → Recruiter", b.Corrections[1].Label.String())
	assert.Equal(t, "Is this badge wrong?", b.CorrectHead.String())

	rec := verdict.Verdict{Type: verdict.Recruiter, Recommendation: verdict.Review, Level: verdict.LevelReview}
	b2 := render.NewBadge(render.View{Key: "k", Name: "Jane", Verdict: &rec})
	assert.Equal(t, []string{"salesperson", "industry_peer", "known_contact", "stranger"}, values(b2.Corrections), "no scam to clear, not its own type")
	assert.NotEqual(t, b.Sig(), b2.Sig())
	assert.Contains(t, render.CorrectedMsg("salesperson").String(), "Noted: Salesperson.")
	assert.Contains(t, render.CorrectedMsg("not_scam").String(), "not a scam")
}
