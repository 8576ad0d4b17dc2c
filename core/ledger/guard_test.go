package ledger

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGuard(t *testing.T) {
	at := func(ms int64, key string) Entry { return Entry{Key: key, Action: "ignore", Outcome: "done", At: ms} }
	a, b, c := at(1_000, "a"), at(5_000, "b"), at(9_000, "c")
	g := Guard{MaxAge: 5_000, Max: 2}
	g.Saving([]Entry{a, b}, 6_000)
	stored := New(10)
	assert.Equal(t, []Entry{a, b}, g.Lost(stored, nil), "both written over")
	assert.Equal(t, []Entry{b}, g.Lost(stored, []Entry{a}), "a is pending already")

	g.Saving([]Entry{c}, 9_000)
	assert.Equal(t, []Entry{b, c}, g.Lost(stored, nil), "a saved too long ago is forgotten")

	g.Saving([]Entry{at(9_500, "d")}, 9_500)
	assert.Len(t, g.Lost(stored, nil), 2, "at most Max watched")

	stored.Entries = []Entry{c, at(9_500, "d")}
	assert.Empty(t, g.Lost(stored, nil), "all still there")

	g.Cleared()
	assert.Empty(t, g.Lost(New(10), nil), "a cleared log stays cleared")
}
