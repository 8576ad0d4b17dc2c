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

// A write that fails is retried with the same entries, and an entry may
// be saved long after its decision (the quota was full for a while): each
// entry is watched once, from its last save.
func TestGuardWatchesFromTheSave(t *testing.T) {
	at := func(ms int64, key string) Entry { return Entry{Key: key, Action: "ignore", Outcome: "done", At: ms} }
	old, c, n1, n2 := at(1_000, "old"), at(99_000, "c"), at(100_000, "n1"), at(101_000, "n2")
	for _, tc := range []struct {
		name  string
		saves [][]Entry // the i-th at 100_000 + 1_000·i
		want  []Entry
	}{
		{"saved long after its decision, then another write", [][]Entry{{old}, {c}}, []Entry{old, c}},
		{"retried three times, then saved with another", [][]Entry{{n1}, {n1}, {n1, n2}}, []Entry{n1, n2}},
		{"retried more often than Max", [][]Entry{{c}, {n1}, {n1}, {n1}, {n1}}, []Entry{c, n1}},
		{"saved again: watched from the last save", [][]Entry{{n1}, {c}, {n1}}, []Entry{c, n1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := Guard{MaxAge: 5_000, Max: 3}
			for i, b := range tc.saves {
				g.Saving(b, 100_000+1_000*int64(i))
			}
			assert.Equal(t, tc.want, g.Lost(New(10), nil))
		})
	}
}
