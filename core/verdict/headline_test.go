package verdict

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
)

// TestHeadlinesReadInOnePass checks that what the flag context reads of a
// headline for the judge (its titles, field and the matcher's phrases,
// found in the same pass as the rules' lexicon) is what the judge's own
// headline matcher reads, on the golden set's and the sample page's
// headlines, with the default settings and with the user's own lists.
func TestHeadlinesReadInOnePass(t *testing.T) {
	var headlines []string
	f, err := os.Open(filepath.Join("testdata", "golden-cards.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var line struct {
			Card struct {
				Headline string `json:"headline"`
			} `json:"card"`
		}
		if json.Unmarshal(sc.Bytes(), &line) == nil && line.Card.Headline != "" {
			headlines = append(headlines, line.Card.Headline)
		}
	}
	require.NoError(t, sc.Err())
	require.Greater(t, len(headlines), 50)
	for _, c := range sampleCards() {
		headlines = append(headlines, c.Headline)
	}
	headlines = append(headlines, "R&D at Acme Robotics | MIT", "c", "Embedded C dev, ex-Globex, recruiting engineers")
	for _, s := range []*settings.Settings{nil, mySettings(func(s *settings.Settings) {
		s.IndustryKeywords = append(s.IndustryKeywords, "c", "r&d", "sales")
	})} {
		j := New(s)
		read := 0
		for _, h := range headlines {
			c := newCard(named("Sam Doe"), headline(h))
			_, folded := j.ctx.EvaluateTo(nil, &c, nil, nil)
			if folded.Headline == "" {
				continue
			}
			require.True(t, folded.TitlesRead, h)
			assert.Equal(t, j.titles(folded.Headline), folded.Titles, h)
			read++
		}
		assert.Greater(t, read, 50)
	}
	c := card.New()
	_, folded := New(nil).ctx.EvaluateTo(nil, &c, nil, nil)
	assert.False(t, folded.TitlesRead, "no headline, nothing read")
}
