package main

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/notemodel/train"
	"github.com/vetted/vetted/core/verdict"
)

func TestAsymptoteDecidesTheOtherFoldsAndJudgesEachNoteOnce(t *testing.T) {
	corpus := []train.Note{
		{Label: "peer", Text: "I enjoyed your talk on Go generics at GopherCon, let's stay in touch.", Source: "a"},
		{Label: "sales", Text: "We help SaaS companies triple their pipeline. Open to a quick call next week?", Source: "b"},
		{Label: "sales", Text: "Our agency builds lead generation funnels. Can I send you a short deck?", Source: "c"},
		{Label: "peer", Text: "Fellow backend engineer here, I liked your post on database indexing.", Source: "d"},
		{Label: "scam", Text: "Hello dear, I earn 30% weekly on crypto, contact my manager on WhatsApp.", Source: "e"},
	}
	folds := []int{0, 1, 0, 1, 2}
	js := []*verdict.Judge{verdict.New(nil), verdict.New(nil), verdict.New(nil)}
	cards := make([]card.Card, len(corpus))
	field := make([]int, len(corpus))
	for i := range corpus {
		cards[i], field[i] = simCard(&corpus[i], i)
	}
	p := asymptote(simUsers[0], corpus, cards, field, js, folds)
	assert.Equal(t, len(corpus), p.Total, "every note is judged once, in its own fold")
	assert.Equal(t, (3+3+4)/3, p.Decisions, "each fold learns from every note of the other folds")
	assert.LessOrEqual(t, p.Agree, p.Total)
	assert.LessOrEqual(t, p.Reach, p.Total)
	assert.GreaterOrEqual(t, p.Reach, p.Agree, "what agrees is within reach")
}

func TestLearningMarkdownShowsWhereLearningLevelsOff(t *testing.T) {
	pt := func(agree int) curvePoint { return curvePoint{Agree: agree, Total: 200} }
	curve := []curvePoint{pt(100), pt(150), pt(170), pt(176), pt(180)}
	l := learningResult{
		Curves:     [][]curvePoint{curve, curve, curve},
		Asymptote:  []asymPoint{{Agree: 88, Reach: 95, Total: 100, Decisions: 460, AgreeUnheld: 90}, {}, {}},
		StateBytes: []int{1, 1, 1}, StateFeats: []int{1, 1, 1},
	}
	md := l.markdown()
	assert.Contains(t, md, "| user | after 50 | after 100 | after about 460 | without the hold on strangers | at most, by learning's limits |")
	assert.Contains(t, md, "| founder | 88.0 % | 90.0 % | 88.0 % | 90.0 % | 95.0 % |")
}
