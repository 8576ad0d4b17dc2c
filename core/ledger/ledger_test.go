package ledger

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
)

var t0 = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC).UnixMilli()

func days(n int) int64 { return int64(n) * DayMS }

func TestAddRotatesOldestOut(t *testing.T) {
	l := New(3)
	for i := 0; i < 5; i++ {
		l.Add(Entry{Name: string(rune('A' + i)), Action: "ignore"})
	}
	require.Len(t, l.Entries, 3)
	assert.Equal(t, "C", l.Entries[0].Name)
	assert.Equal(t, "E", l.Entries[2].Name)
	assert.Equal(t, 2, l.SetLimit(1))
	assert.Equal(t, "E", l.Entries[0].Name)

	d := New(0)
	for i := 0; i < DefaultLimit+10; i++ {
		d.Add(Entry{Name: "x", Action: "accept"})
	}
	assert.Len(t, d.Entries, DefaultLimit)
}

func TestPrior(t *testing.T) {
	l := New(100)
	l.Add(Entry{Name: "Ada Lovelace", Key: "urn:li:invitation:1", Site: card.LinkedIn, Action: "ignore-report", At: t0})
	l.Add(Entry{Name: "Grace Hopper", ProfileURL: "https://www.linkedin.com/in/grace/", Site: card.LinkedIn, Action: "ignore", At: t0 + days(2)})
	l.Add(Entry{Name: "  ALAN   turing ", Site: card.LinkedIn, Action: "block", At: t0})
	l.Add(Entry{Name: "Alan Turing", Site: card.Facebook, Action: "ignore", At: t0})
	l.Add(Entry{Name: "Edsger Dijkstra", Site: card.LinkedIn, Action: "ignore", Outcome: Refused, At: t0})
	l.Add(Entry{Name: "Barbara Liskov", Site: card.LinkedIn, Action: "accept-thanks", Outcome: Done})
	now := t0 + days(10)

	tests := []struct {
		name string
		card card.Card
		want []flag.Prior
	}{
		{"by key", card.Card{Site: card.LinkedIn, Name: "Someone Else", Key: "urn:li:invitation:1"}, []flag.Prior{{Action: "ignore", AgeDays: 10}}},
		{"by profile URL", card.Card{Site: card.LinkedIn, Name: "G. H.", ProfileURL: "linkedin.com/in/grace?miniProfile=1"}, []flag.Prior{{Action: "ignore", AgeDays: 8}}},
		{"by folded name", card.Card{Site: card.LinkedIn, Name: "Alan Turing"}, []flag.Prior{{Action: "block", AgeDays: 10}}},
		{"other site does not count", card.Card{Site: card.Instagram, Name: "Alan Turing"}, nil},
		{"refused actions do not count", card.Card{Site: card.LinkedIn, Name: "Edsger Dijkstra"}, nil},
		{"no time means unknown age", card.Card{Site: card.LinkedIn, Name: "Barbara Liskov"}, []flag.Prior{{Action: "accept", AgeDays: -1}}},
		{"stranger", card.Card{Site: card.LinkedIn, Name: "New Person", Key: "urn:li:invitation:9"}, nil},
		{"empty card matches nothing", card.Card{Site: card.LinkedIn}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, l.Prior(&tt.card, now))
		})
	}
	var nilLog *Log
	assert.Nil(t, nilLog.Prior(&card.Card{Name: "x"}, now))

	// One entry found by key, URL and name at once counts once, in log order.
	l.Add(Entry{Name: "Grace Hopper", Key: "urn:li:invitation:7", ProfileURL: "https://linkedin.com/in/grace", Site: card.LinkedIn, Action: "accept", At: t0 + days(5)})
	grace := card.Card{Site: card.LinkedIn, Name: "grace  HOPPER", Key: "urn:li:invitation:7", ProfileURL: "https://www.linkedin.com/in/grace/"}
	assert.Equal(t, []flag.Prior{{Action: "ignore", AgeDays: 8}, {Action: "accept", AgeDays: 5}}, l.Prior(&grace, now))
}

// An Index answers as the log did when it was built, for every card.
func TestIndexIsASnapshot(t *testing.T) {
	l := New(100)
	l.Add(Entry{Name: "Ada Lovelace", Site: card.LinkedIn, Action: "ignore", At: t0})
	x := l.Index()
	ada := card.Card{Site: card.LinkedIn, Name: "Ada Lovelace"}
	l.Add(Entry{Name: "Ada Lovelace", Site: card.LinkedIn, Action: "block", At: t0})
	assert.Equal(t, []flag.Prior{{Action: "ignore", AgeDays: 0}}, x.Prior(&ada, t0))
	assert.Equal(t, []flag.Prior{{Action: "ignore", AgeDays: 0}, {Action: "block", AgeDays: 0}}, l.Index().Prior(&ada, t0))
	var none *Index
	assert.Nil(t, none.Prior(&ada, t0))
	assert.Nil(t, x.Prior(nil, t0))
}

func TestNormalizeURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.LinkedIn.com/in/ada/":     "linkedin.com/in/ada",
		"http://linkedin.com/in/ada?trk=x#top": "linkedin.com/in/ada",
		"linkedin.com/in/ada":                  "linkedin.com/in/ada",
		"":                                     "",
		"https://x.com/":                       "x.com",
		"  https://www.facebook.com/profile.php  ": "facebook.com/profile.php",
	} {
		assert.Equal(t, want, NormalizeURL(in), in)
	}
}

func TestTreeRoundTripThroughJSON(t *testing.T) {
	l := New(10)
	l.Add(Entry{
		Name: "Ada “Countess” <b>Lovelace</b>", ProfileURL: "https://www.linkedin.com/in/ada/", Key: "k1",
		Site: card.LinkedIn, Action: "ignore", Outcome: Done, At: t0,
		Type: "scammer", Recommendation: "decline_block", Level: "danger", Score: 87,
		Flags: []string{"money-talk", "off-platform"},
	})
	l.Add(Entry{Name: "Bob", Action: "accept"})
	l.Add(Entry{Name: "Cleo", Action: "accept", Outcome: Done, At: t0, Bulk: true})
	raw, err := json.Marshal(l.Tree())
	require.NoError(t, err)
	var tree any
	require.NoError(t, json.Unmarshal(raw, &tree))
	got, err := FromTree(tree, 10)
	require.NoError(t, err)
	assert.Equal(t, l.Entries, got.Entries)
}

func TestFromTreeKeepsGoodEntries(t *testing.T) {
	tree := []any{
		map[string]any{"name": "Ada", "action": "ignore", "at": float64(t0)},
		"not an object",
		map[string]any{"name": "Bob"},
		map[string]any{"action": "accept"},
		map[string]any{"name": 3.0, "action": "accept"},
		map[string]any{"name": "Cy", "action": "accept", "flags": []any{1.0}},
		map[string]any{"name": "Di", "action": "accept", "at": "yesterday"},
		map[string]any{"key": "k", "action": "block", "score": 40.0, "flags": []any{"a"}},
		map[string]any{"name": "Ed", "action": "accept", "bulk": "yes"},
	}
	l, err := FromTree(tree, 10)
	var re *ReadError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, 7, re.Unreadable)
	assert.Contains(t, re.Problems, "entry 1: not an object")
	assert.Contains(t, re.Problems, "entry 2: action: missing")
	assert.Contains(t, re.Problems, "entry 4: name: not a string")
	assert.Contains(t, re.Problems, "entry 8: bulk: not a boolean")
	assert.Contains(t, err.Error(), "Vetted cannot read 7 of the entries in its decision log")
	require.Len(t, l.Entries, 2)
	assert.Equal(t, t0, l.Entries[0].At)
	assert.Equal(t, 40, l.Entries[1].Score)

	l, err = FromTree(nil, 5)
	require.NoError(t, err)
	assert.Empty(t, l.Entries)
	_, err = FromTree(map[string]any{}, 5)
	assert.Error(t, err)
}

func TestFromTreeTrimsToLimit(t *testing.T) {
	var tree []any
	for i := 0; i < 7; i++ {
		tree = append(tree, map[string]any{"name": string(rune('a' + i)), "action": "accept"})
	}
	l, err := FromTree(tree, 3)
	require.NoError(t, err)
	require.Len(t, l.Entries, 3)
	assert.Equal(t, "e", l.Entries[0].Name)
}
