package main

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/notemodel/train"
	"github.com/vetted/vetted/core/verdict"
)

// fakeReport is a report over four notes, judged the same in every config.
func fakeReport() *report {
	mk := func(label string, ty verdict.Type, level verdict.Level) outcome {
		v := verdict.Verdict{Type: ty, Level: level}
		return outcome{Note: train.Note{Label: label, Text: "note " + label, Source: "https://example.org/" + label}, Verdicts: []verdict.Verdict{v, v, v}}
	}
	return &report{Folds: 2, Corpus: 4, Outcomes: []outcome{
		mk("scam", verdict.Scammer, verdict.LevelDanger),
		mk("spam", verdict.Stranger, verdict.LevelReview),
		mk("peer", verdict.IndustryPeer, verdict.LevelSafe),
		mk("sales", verdict.Salesperson, verdict.LevelReview),
	}}
}

func TestRates(t *testing.T) {
	r := fakeReport()
	x, k, n := r.rate(2, badLabels, isDanger)
	assert.Equal(t, 0.5, x)
	assert.Equal(t, 1, k)
	assert.Equal(t, 2, n)
	x, _, _ = r.rate(2, legitLabels, isDanger)
	assert.Equal(t, 0.0, x)
	assert.Equal(t, "met", goals[1].met(0.0))
	assert.Equal(t, "missed", goals[0].met(0.5))
	assert.Equal(t, "missed (84.96 %)", goals[2].met(96.0/113), "a rate that rounds to its target still misses it")
	assert.Equal(t, "met", goals[2].met(97.0/113))
}

func TestMarkdownShowsGoalsAndFailures(t *testing.T) {
	md := fakeReport().markdown()
	assert.Contains(t, md, "| scam and spam judged danger (scam, recruiter_scam, spam) | ≥ 95.0 % | 50.0 % (1/2) |")
	assert.Contains(t, md, "**spam**: 1 of 1 wrong.")
	assert.NotContains(t, md, "**scam**:", "the scam note was judged right")
	assert.True(t, strings.HasPrefix(md, "# Evaluation"))
}

func TestNeutralCard(t *testing.T) {
	c := neutral("Hello")
	assert.Equal(t, "Hello", c.Note)
	assert.Equal(t, 2, c.Mutuals)
	assert.True(t, c.IsPerson())
	j := judges(nil)[2]
	v := j.Card(&c, nil, nil)
	assert.NotEqual(t, verdict.LevelDanger, v.Level, "the card alone is no danger")
	assert.Empty(t, v.Flags, "the card alone raises no flag")
}
