package flag

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/notemodel"
)

// exampleCards returns the cards of every rule's examples.
func exampleCards() []card.Card {
	var out []card.Card
	for _, r := range All {
		fires, quiet := examples(r)
		for _, e := range append(fires, quiet...) {
			out = append(out, e.Card)
		}
	}
	return out
}

// TestKeptNotesJudgeAlike judges every example note on every example card's
// sender, once with what a context keeps of each note (the note seen first
// on another card) and once afresh: the hits must be the same, which also
// checks that the rules marked NoteOnly read nothing but the note.
func TestKeptNotesJudgeAlike(t *testing.T) {
	cards := exampleCards()
	var notes []string
	seen := map[string]bool{}
	for _, c := range cards {
		if c.Note != "" && !seen[c.Note] {
			seen[c.Note] = true
			notes = append(notes, c.Note)
		}
	}
	require.NotEmpty(t, notes)
	kept := NewContext(exampleSettings())
	fresh := NewContext(exampleSettings())
	fresh.KeepNotes(false)
	batch := NewBatch(cards)
	prior := []Prior{{Action: "ignore", AgeDays: 30}}
	// What the learnt rules' examples decided, as what Vetted learnt: from
	// the second pass on (the notes kept in the first pass have no learnt
	// parts yet).
	var decided []Decided
	for _, r := range All {
		fires, _ := examples(r)
		for _, e := range fires {
			decided = append(decided, e.Decided...)
		}
	}
	learnt, err := fresh.LearnFrom(decided)
	require.NoError(t, err)
	require.False(t, learnt.Empty())
	compared, fromMemo, learntHits := 0, 0, 0
	for pass := 0; pass < 3; pass++ {
		if pass == 1 {
			kept.Learnt, fresh.Learnt = learnt, learnt
		}
		for i, n := range notes {
			for k := range cards {
				c := cards[(i+k+pass)%len(cards)]
				c.Note = n
				var p []Prior
				if k%7 == 0 {
					p = prior
				}
				in := NewInput(kept, &c, p, batch)
				if in.memo != nil {
					fromMemo++
				}
				want := fresh.Evaluate(&c, p, batch)
				got := kept.Evaluate(&c, p, batch)
				require.Equal(t, want, got, "note %q on %q", n, c.Name)
				compared++
				if pass > 0 && slices.Contains(ids(got), Learnt.ID) {
					learntHits++
				}
			}
		}
	}
	assert.Greater(t, fromMemo, compared/2, "most judgements used a kept note")
	assert.Positive(t, learntHits, "the learnt rule fired")
}

// TestKeptNotesFollowTheModel checks that a note judged with one model is
// judged again when the context asks another.
func TestKeptNotesFollowTheModel(t *testing.T) {
	x := NewContext(nil)
	c := noted("Hello dear, with my strategy you earn 30% weekly profit on crypto, contact my manager on WhatsApp.")
	before := x.Evaluate(&c, nil, nil)
	require.Contains(t, ids(before), NoteModel.ID)

	empty := notemodel.NewModel(16) // knows no feature: every class alike
	empty.Bias = [notemodel.NumClasses]float32{5}
	x.Model = empty
	after := x.Evaluate(&c, nil, nil)
	assert.NotContains(t, ids(after), NoteModel.ID, "the new model finds the note legitimate")

	x.Model = nil
	assert.Equal(t, before, x.Evaluate(&c, nil, nil))
}

// TestKeptNotesAreBounded checks that a context keeps at most
// maxNoteMemos notes.
func TestKeptNotesAreBounded(t *testing.T) {
	x := NewContext(nil)
	for i := 0; i < maxNoteMemos+10; i++ {
		c := noted("Note number " + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676)))
		x.Evaluate(&c, nil, nil)
		require.LessOrEqual(t, len(x.memos.m), maxNoteMemos)
	}
	assert.Less(t, len(x.memos.m), 20, "started afresh when full")
}

// TestLongNotesAreNotKept checks that a note longer than maxKeptNote
// (a hostile page's) is judged afresh every time, as the same note's
// hits show, and nothing of it is kept.
func TestLongNotesAreNotKept(t *testing.T) {
	x := NewContext(nil)
	long := strings.Repeat("Earn 30% weekly profit on crypto with my manager on WhatsApp. ", maxKeptNote/40)
	require.Greater(t, len(long), maxKeptNote)
	c := noted(long)
	first := x.Evaluate(&c, nil, nil)
	require.Contains(t, ids(first), NoteModel.ID)
	assert.Equal(t, first, x.Evaluate(&c, nil, nil))
	assert.Empty(t, x.memos.m)

	short := noted(long[:200])
	x.Evaluate(&short, nil, nil)
	assert.Len(t, x.memos.m, 1)
}

// TestKeptLearntEvidenceQuotesTheCard checks that the learnt rule's
// evidence, kept with its judgement, is made again for a card whose note
// or headline folds to the same text but is written otherwise: each card's
// evidence quotes its own words.
func TestKeptLearntEvidenceQuotesTheCard(t *testing.T) {
	fires, _ := examples(Learnt)
	ex := fires[0]
	kept := NewContext(nil)
	fresh := NewContext(nil)
	fresh.KeepNotes(false)
	m, err := fresh.LearnFrom(ex.Decided)
	require.NoError(t, err)
	kept.UseLearnt(m)
	fresh.UseLearnt(m)
	cards := []card.Card{ex.Card, ex.Card, ex.Card, ex.Card, ex.Card}
	cards[1].Note = strings.ToUpper(ex.Card.Note)
	cards[2].Note = "  " + strings.ReplaceAll(ex.Card.Note, " ", "  ")
	cards[3].Headline = "Growth Partner"
	cards[4].Headline = "GROWTH  partner"
	var evidence []string
	for round := 0; round < 2; round++ {
		for i := range cards {
			want := fresh.Evaluate(&cards[i], nil, nil)
			got := kept.Evaluate(&cards[i], nil, nil)
			require.Equal(t, want, got, "card %d, round %d", i, round)
			for _, h := range got {
				if h.ID == Learnt.ID && round == 0 {
					evidence = append(evidence, h.Evidence...)
				}
			}
		}
	}
	require.Len(t, evidence, len(cards), "the learnt rule fired on every card")
	assert.NotEqual(t, evidence[0], evidence[1], "quotes the upper-case note as written")
}
