package main

import (
	"strconv"
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
	assert.Contains(t, md, "| user | after 50 | after 100 | after about 460 | the same without the hold on strangers | at most, with the hold (learning's limits) |")
	assert.Contains(t, md, "| founder | 88.0 % | 90.0 % | 88.0 % | 90.0 % | 95.0 % |")
}

func TestAsymptoteLearnsFromTheOtherFolds(t *testing.T) {
	// Sales pitches and peers' notes, alike, on pages in three folds: the
	// founder ignores every pitch and accepts every peer. Without what was
	// learnt Vetted recommends a review for a salesperson, which agrees
	// with no ignore; after the other folds' decisions it leans to
	// ignoring the pitches.
	pitches := []string{
		"We help SaaS companies triple their outbound pipeline with our lead generation agency. Open to a quick call next week?",
		"Our lead generation agency helps SaaS companies book more demos. Open to a quick call this week?",
		"We help B2B SaaS companies grow their pipeline with outbound lead generation. Open to a quick call?",
		"Our agency does lead generation for SaaS companies and fills your pipeline. Open to a quick call next week?",
		"We help SaaS founders triple their pipeline with our outbound lead generation agency. Open to a quick call?",
		"Lead generation agency here: we help SaaS companies grow their pipeline. Open to a quick call this week?",
	}
	peers := []string{
		"I enjoyed your talk on Go generics at GopherCon and would like to stay in touch.",
		"Fellow backend engineer here, I enjoyed your post on database indexing.",
		"I enjoyed your article on Postgres query plans, would be glad to stay in touch.",
		"Your talk on distributed tracing was great, fellow engineer here, let's stay in touch.",
		"I enjoyed your post on Kubernetes operators and would like to follow your work.",
		"Fellow platform engineer here, I enjoyed your talk on observability.",
	}
	var corpus []train.Note
	for i, n := range pitches {
		corpus = append(corpus, train.Note{Label: "sales", Text: n, Source: "s" + strconv.Itoa(i)})
	}
	for i, n := range peers {
		corpus = append(corpus, train.Note{Label: "peer", Text: n, Source: "p" + strconv.Itoa(i)})
	}
	folds := make([]int, len(corpus))
	for i := range folds {
		folds[i] = i % 3
	}
	js := []*verdict.Judge{verdict.New(nil), verdict.New(nil), verdict.New(nil)}
	cards := make([]card.Card, len(corpus))
	field := make([]int, len(corpus))
	var before, pitchesBefore int // agreements without learning
	for i := range corpus {
		cards[i], field[i] = simCard(&corpus[i], i)
		v := js[folds[i]].Card(&cards[i], nil, nil)
		if agrees(simUsers[0].decide(corpus[i].Label, field[i]), v.Recommendation) {
			before++
			if corpus[i].Label == "sales" {
				pitchesBefore++
			}
		}
	}
	assert.Zero(t, pitchesBefore, "no pitch is recommended for ignoring without learning")
	p := asymptote(simUsers[0], corpus, cards, field, js, folds)
	assert.Equal(t, len(corpus), p.Total)
	assert.GreaterOrEqual(t, p.Agree, before+len(pitches)/2, "after the other folds' decisions, most pitches are recommended for ignoring (%d agreed before)", before)
}
