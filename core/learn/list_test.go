package learn_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/learn"
)

func TestList(t *testing.T) {
	m := learn.New()
	record(t, m, pitch1, ignore)
	record(t, m, pitch2, ignore)
	record(t, m, friend1, accept)
	record(t, m, friend2, accept)
	record(t, m, pitch3, learn.Decision{Correct: "salesperson"})
	record(t, m, pitch3, learn.Decision{Action: learn.ActionReport})

	items := m.List()
	byLabel := map[string]learn.Item{}
	for _, it := range items {
		byLabel[it.Label+"|"+it.Kind] = it
	}
	agency, ok := byLabel["agency|note"]
	require.True(t, ok, "the note word the pitches share is listed")
	assert.Equal(t, learn.LeanIgnore, agency.Lean)
	assert.Equal(t, 0, agency.Accepted)
	assert.GreaterOrEqual(t, agency.Ignored, 3)
	assert.Equal(t, 1, agency.Corrected)
	require.NotEmpty(t, agency.Types)
	assert.Equal(t, learn.TypeCount{Type: learn.Salesperson, Count: 1}, agency.Types[0])

	meetup, ok := byLabel["meetup|note"]
	require.True(t, ok)
	assert.Equal(t, learn.LeanAccept, meetup.Lean)
	assert.Equal(t, 2, meetup.Accepted)

	// A feature one decision taught leans nowhere: one decision is never enough.
	for _, it := range items {
		if it.Kind != "sender" && it.Kind != "reported-note" && it.Accepted+it.Ignored < learn.MinSupport {
			assert.Equal(t, learn.LeanNone, it.Lean, it.Label)
		}
	}

	// The most used first; reported entries last, each naming what was done.
	last := items[len(items)-1]
	assert.Equal(t, "report", last.Action)
	assert.Equal(t, "Sam Ortiz", last.Label)
	assert.Contains(t, []string{"sender", "reported-note"}, last.Kind)
	uses := func(it learn.Item) int {
		n := it.Accepted + it.Ignored
		for _, tc := range it.Types {
			n += tc.Count
		}
		return n
	}
	for i := 1; i < len(items); i++ {
		if items[i].Action == "" {
			assert.GreaterOrEqual(t, uses(items[i-1]), uses(items[i]), "the most used first: %q before %q", items[i-1].Label, items[i].Label)
		}
	}
	assert.Equal(t, m.Len()+len(m.ReportedList()), len(items), "every feature and reported entry, once")

	// Each ID forgets its item.
	require.True(t, m.Forget(agency.ID))
	for _, it := range m.List() {
		assert.NotEqual(t, agency.ID, it.ID)
	}
	require.True(t, m.Forget(last.ID))
	assert.Len(t, m.List(), len(items)-2)

	assert.Empty(t, learn.New().List())
	assert.Equal(t, "ignore", learn.LeanIgnore.String())
	assert.Equal(t, "accept", learn.LeanAccept.String())
	assert.Equal(t, "none", learn.LeanNone.String())
}
