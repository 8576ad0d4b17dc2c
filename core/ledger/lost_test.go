package ledger

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLost(t *testing.T) {
	at := func(ms int64, key string) Entry { return Entry{Key: key, Action: "ignore", Outcome: "done", At: ms} }
	a, b, c := at(100, "a"), at(200, "b"), at(300, "c")
	for _, tc := range []struct {
		name   string
		stored []Entry
		limit  int
		recent []Entry
		want   []Entry
	}{
		{"nothing saved lately", []Entry{a}, 10, nil, nil},
		{"still there", []Entry{a, b}, 10, []Entry{b}, nil},
		{"written over by a writer that never saw it", []Entry{a}, 10, []Entry{b, c}, []Entry{b, c}},
		{"the same person and time but another action is another entry", []Entry{a, {Key: "b", Action: "accept", At: 200}}, 10, []Entry{b}, []Entry{b}},
		{"rotated out of a full log", []Entry{b, c}, 2, []Entry{a}, nil},
		{"missing from a full log, but newer than its oldest", []Entry{a, c}, 2, []Entry{b}, []Entry{b}},
		{"an empty log", nil, 10, []Entry{a}, []Entry{a}},
	} {
		l := New(tc.limit)
		l.Entries = tc.stored
		assert.Equal(t, tc.want, l.Lost(tc.recent), tc.name)
	}
}

func TestAddNew(t *testing.T) {
	at := func(ms int64, key string) Entry { return Entry{Key: key, Action: "ignore", Outcome: "done", At: ms} }
	a, b, c := at(100, "a"), at(200, "b"), at(300, "c")
	l := New(3)
	l.Entries = []Entry{a, b}
	assert.Equal(t, 1, l.AddNew([]Entry{b, c, c}))
	assert.Equal(t, []Entry{a, b, c}, l.Entries)
	d := at(400, "d")
	assert.Equal(t, 1, l.AddNew([]Entry{d}))
	assert.Equal(t, []Entry{b, c, d}, l.Entries, "the oldest rotated out")
	l = New(10)
	l.Entries = []Entry{a, c}
	b2 := at(300, "b2")
	assert.Equal(t, 2, l.AddNew([]Entry{b, b2}))
	assert.Equal(t, []Entry{a, b, c, b2}, l.Entries, "in time order, after entries of the same time")
}
