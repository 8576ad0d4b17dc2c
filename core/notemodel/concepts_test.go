package notemodel

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/text"
)

// TestConceptTermsAreFolded checks the lexicon's terms: folded as notes
// are, words separated by one space, stems long enough, no term twice in
// a concept, no concept twice.
func TestConceptTermsAreFolded(t *testing.T) {
	names := map[string]bool{}
	for i := range concepts {
		c := &concepts[i]
		assert.False(t, names[c.name], "concept %q twice", c.name)
		names[c.name] = true
		assert.NotEmpty(t, c.terms, c.name)
		seen := map[string]bool{}
		for _, term := range c.termList() {
			assert.False(t, seen[term], "%s: %q twice", c.name, term)
			seen[term] = true
			assert.NotEmpty(t, term, "%s: an empty term", c.name)
			plain := strings.TrimSuffix(term, "*")
			assert.Equal(t, text.Fold(plain), plain, "%s: %q is not folded", c.name, term)
			var words []string
			for i, j, ok := text.NextWord(plain, 0); ok; i, j, ok = text.NextWord(plain, j) {
				words = append(words, plain[i:j])
			}
			assert.Equal(t, plain, strings.Join(words, " "), "%s: %q is not words joined by spaces", c.name, term)
			assert.LessOrEqual(t, len(words), 3, "%s: %q has more than three words", c.name, term)
			if plain != term {
				assert.Len(t, words, 1, "%s: the stem %q has more than one word", c.name, term)
				assert.GreaterOrEqual(t, len(plain), minStem, "%s: the stem %q is too short", c.name, term)
			}
		}
	}
}

// TestEveryConceptTermMatches puts every term in a sentence and finds its
// concept: the index and the table agree.
func TestEveryConceptTermMatches(t *testing.T) {
	for i := range concepts {
		c := &concepts[i]
		for _, term := range c.termList() {
			plain := strings.TrimSuffix(term, "*")
			note := "well, " + plain + " indeed"
			assert.Contains(t, Concepts(text.Fold(note)), c.name, "%q", note)
			if plain != term {
				note = "well, " + plain + "xyz indeed"
				assert.Contains(t, Concepts(text.Fold(note)), c.name, "the stem %q in %q", term, note)
			}
		}
	}
}

func TestConcepts(t *testing.T) {
	for _, tc := range []struct {
		note string
		want []string
	}{
		{"Mein Portfolio bringt jede Woche 8 % Rendite mit Bitcoin", []string{"invest", "crypto"}},
		{"Investimento em criptomoedas, lucros garantidos", []string{"money", "invest", "crypto"}},
		{"Je suis veuve et très seule, écris-moi sur WhatsApp", []string{"lonely", "messenger", "contact"}},
		{"Hola querida, tu sonrisa es hermosa", []string{"romance"}},
		{"Nous aidons les PME à augmenter leur chiffre d'affaires : 15 min la semaine prochaine ?", []string{"offer", "call"}},
		{"Ich suche für meinen Mandanten eine Festanstellung als Teamleitung", []string{"hiring", "client"}},
		{"Great meeting you at the conference last week!", []string{"call", "met"}},
		{"Sorry, wrong number. How are you?", []string{"smalltalk", "mistake"}},
		{"Buy 10k Instagram followers and backlinks", []string{"followers"}},
		// Word boundaries: a stem begins a word, a whole word is whole.
		{"The telegraph reinvested its dearness", nil},
		{"", nil},
	} {
		t.Run(tc.note, func(t *testing.T) {
			assert.Equal(t, tc.want, Concepts(text.Fold(tc.note)))
		})
	}
}

func TestConceptTags(t *testing.T) {
	x := conceptIndexOf()
	ia, ib := -1, -1
	for i, c := range concepts {
		switch c.name {
		case "crypto":
			ia = i
		case "messenger":
			ib = i
		}
	}
	require.True(t, ia >= 0 && ib > ia)
	got := appendConcepts(text.Fold("Bitcoin on Telegram"), nil)
	assert.Equal(t, []uint32{x.tags[ia], x.pairs[ia][ib], x.tags[ib]}, got)
	assert.Equal(t, TagHash("cx:crypto+messenger"), x.pairs[ia][ib])
	assert.Empty(t, appendConcepts(text.Fold("See you soon"), nil))
	// The note's tags hold them.
	assert.Subset(t, Tags(text.Fold("Bitcoin on Telegram"), nil), got)
}

// TestConceptsCostNoAllocation: the note-model rule reads every card's
// note for them.
func TestConceptsCostNoAllocation(t *testing.T) {
	note := text.Fold("Hello dear, I am a widow and I trade crypto with weekly returns, text me on WhatsApp")
	dst := make([]uint32, 0, 256)
	allocs := testing.AllocsPerRun(100, func() { dst = appendConcepts(note, dst[:0]) })
	assert.Zero(t, allocs)
}
