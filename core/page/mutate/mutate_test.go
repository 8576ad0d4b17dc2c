package mutate

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
)

// TestMarkupChaos runs the mutation harness over every fixture page (a
// few seconds; make bench writes the table to BENCHMARKS.md): no rewrite loses a whole card; hidden decoys, buckets,
// wrappers, reordered controls and translated labels change no field; and
// at least 95 % of the cards are read identically in all.
func TestMarkupChaos(t *testing.T) {
	pages, err := Load("../testdata")
	require.NoError(t, err)
	require.NotEmpty(t, pages)
	muts := All()
	adapters, cells := Table(pages, muts)
	require.NotEmpty(t, adapters)
	exact := map[string]bool{
		"wrap in extra elements": true, "reorder sibling controls": true, "hidden decoy text": true,
		"hidden decoy controls": true, "buckets, one hidden": true,
	}
	for _, l := range Languages {
		exact["translate labels: "+l] = true
	}
	for _, a := range adapters {
		for _, m := range muts {
			c := cells[a][m.Name]
			assert.Zero(t, c.Lost, "%s, %s: whole cards lost on %v", a, m.Name, c.Pages)
			if exact[m.Name] {
				assert.Equal(t, c.Cards, c.Identical, "%s, %s: fields changed %v", a, m.Name, c.Fields)
			}
		}
	}
	md := Markdown(adapters, muts, cells)
	assert.Contains(t, md, "| hidden decoy controls |")
	assert.Contains(t, md, "cards read identically")
	cards, identical, lost := Totals(cells)
	assert.Zero(t, lost)
	assert.GreaterOrEqual(t, float64(identical), 0.95*float64(cards), "%d of %d cards read identically", identical, cards)
}

// TestMutationsChangeThePage: every mutation rewrites something of a page
// with cards (a mutation that does nothing would prove nothing).
func TestMutationsChangeThePage(t *testing.T) {
	pages, err := Load("../testdata")
	require.NoError(t, err)
	var src Page
	for _, p := range pages {
		if p.Adapter == "linkedin" && p.Name == "received" {
			src = p
		}
	}
	require.NotEmpty(t, src.Src)
	for _, m := range All() {
		if m.Name == "translate labels: en" {
			continue // the page is in English already
		}
		assert.True(t, changes(t, src, m), m.Name)
	}
}

func changes(t *testing.T, p Page, m Mutation) bool {
	t.Helper()
	before, err := Render(p, Mutation{Name: "none", Apply: func(*html.Node, *page.Adapter, []*html.Node) {}})
	require.NoError(t, err)
	after, err := Render(p, m)
	require.NoError(t, err)
	return string(before) != string(after)
}
