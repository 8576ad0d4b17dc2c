package main

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/notemodel/train"
	"github.com/vetted/vetted/core/verdict"
)

func TestDiagnoseListsTheRulesThatCostTheJudgement(t *testing.T) {
	right := verdict.Verdict{Type: verdict.Recruiter, Level: verdict.LevelReview}
	linked := verdict.Verdict{Type: verdict.Scammer, Level: verdict.LevelDanger, Flags: []verdict.Flag{
		{ID: "note-model", Points: 20, Class: "spam", Percent: 54}, {ID: "link-in-note", Points: 18},
	}}
	pitched := verdict.Verdict{Type: verdict.Salesperson, Level: verdict.LevelReview, Flags: []verdict.Flag{{ID: "sales-pitch", Points: 10}}}
	stranger := verdict.Verdict{Type: verdict.Stranger, Level: verdict.LevelReview}
	mk := func(label, text string, rules, model, both verdict.Verdict) outcome {
		return outcome{Note: train.Note{Label: label, Text: text}, Verdicts: []verdict.Verdict{rules, model, both}}
	}
	outs := []outcome{
		mk("recruiter", "We are hiring, see https://example.com/jobs", stranger, right, linked),
		mk("recruiter", "A role for you", stranger, right, right),
		mk("sales", "Quick call about our tool?", pitched, stranger, pitched),
		mk("peer", "Loved your talk, 15 minutes to chat?", pitched, stranger, pitched),
	}
	for _, tc := range []struct {
		name    string
		verbose bool
		want    []string
		not     []string
	}{
		{"counts", false, []string{
			"recruiters typed recruiter 1/2 (50.0 %)",
			"== recruiter: 2 notes; typed as expected: rules 0, model 2, both 1; both wrong where the model is right: 1, the reverse: 0",
			"lost (both wrong, model right), rules firing: link-in-note 1\n",
			"== sales: 1 notes; typed as expected: rules 1, model 0, both 1; both wrong where the model is right: 0, the reverse: 1",
			"won (both right, model wrong), rules firing: sales-pitch 1\n",
			"== peer: 1 notes; typed as expected: rules 0, model 1, both 0; both wrong where the model is right: 1, the reverse: 0",
		}, []string{"We are hiring"}},
		{"verbose lists the notes", true, []string{
			"model recruiter/review 0 → both scammer/danger 0 [note-model 20 (spam 54 %), link-in-note 18]",
			`"We are hiring, see https://example.com/jobs"`,
		}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			diagnose(&b, outs, tc.verbose)
			for _, w := range tc.want {
				assert.Contains(t, b.String(), w)
			}
			for _, w := range tc.not {
				assert.NotContains(t, b.String(), w)
			}
		})
	}
}
