package learn_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/jsontree"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
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

// TestRetiredFact: a state an older version saved holds a fact this one
// no longer reads of a card, "the note reads personal" (now two facts:
// whether the note names something particular). It loads, is listed with
// its stored label as no longer used (no lean), pulls no card and can be
// forgotten.
func TestRetiredFact(t *testing.T) {
	m := learn.New()
	record(t, m, pitch1, ignore)
	record(t, m, pitch2, ignore)
	record(t, m, friend1, accept)
	record(t, m, friend2, accept)
	tree := m.Tree()
	plain, err := learn.FromTree(tree)
	require.NoError(t, err)

	// The old fact, as the version before the two facts hashed it
	// (newFact("kind:legit", "the note reads personal")).
	id := fmt.Sprintf("f%06x", notemodel.TagHash("learn:kind:legit"))
	old := map[string]any{"id": id, "part": "fact", "label": "the note reads personal",
		"accept": 6.0, "ignore": 0.0, "accepted": 6, "ignored": 0, "corrected": 0, "last": m.Seq()}
	tree["features"] = append(tree["features"].([]any), old)
	var v any
	require.NoError(t, json.Unmarshal([]byte(jsontree.Append(nil, tree)), &v), "as the extension stores it")
	loaded, err := learn.FromTree(v)
	require.NoError(t, err, "an older version's state loads")

	var it *learn.Item
	items := loaded.List()
	for i := range items {
		if items[i].ID == id {
			it = &items[i]
		}
	}
	require.NotNil(t, it, "listed")
	assert.Equal(t, learn.Item{ID: id, Kind: "fact", Label: "the note reads personal", Accepted: 6, Lean: learn.LeanNone, Retired: true}, *it)
	for _, x := range items {
		assert.Equal(t, x.ID == id, x.Retired, "only the old fact is retired: %s", x.Label)
	}

	for _, c := range []card.Card{friend1, pitchNew, person("Bo Lund", "Nurse at Fabrikam", "Hi! Would be good to connect."),
		person("Ana Ruiz", "Engineer at Contoso", "Enjoyed the Devoxx keynote with you.")} {
		assert.Equal(t, plain.Judge(sample(c)), loaded.Judge(sample(c)), "the old fact pulls no card: %s", c.Note)
	}

	require.True(t, loaded.Forget(id), "forgettable")
	for _, x := range loaded.List() {
		assert.NotEqual(t, id, x.ID)
	}
	assert.Equal(t, encode(t, plain), encode(t, loaded), "forgotten, the state is as without it")
}
