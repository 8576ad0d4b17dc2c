package learn_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/learn"
)

// newerState is trained's state, with a type correction, as a newer version might write it: with
// members this version does not read at the top, in every feature and in
// every reported entry, some of them nested.
func newerState(t *testing.T) map[string]any {
	t.Helper()
	m := trained(t)
	record(t, m, person("Ana Gil", "Talent Partner at Adatum", ""), learn.Decision{Correct: "recruiter"}) // features with types
	f := m.Features()[0]
	require.True(t, m.ForgetAt(f.ID(), 500))
	o := roundTrip(t, m.Tree()).(map[string]any)
	o["forgot"].([]any)[0].(map[string]any)["why"] = "user"
	o["bias"] = map[string]any{"w": []any{1.0, 2.0}, "more": map[string]any{"new": true}}
	for _, f := range o["features"].([]any) {
		f.(map[string]any)["decay"] = 0.5
		f.(map[string]any)["why"] = map[string]any{"ids": []any{"d1"}}
	}
	for _, r := range o["reported"].([]any) {
		r.(map[string]any)["source"] = "popup"
	}
	return o
}

// byID is a state's features and reported entries by ID.
func byID(t *testing.T, state any) map[string]map[string]any {
	t.Helper()
	out := map[string]map[string]any{}
	o := roundTrip(t, state).(map[string]any)
	for _, k := range []string{"features", "reported"} {
		for _, x := range o[k].([]any) {
			out[x.(map[string]any)["id"].(string)] = x.(map[string]any)
		}
	}
	return out
}

// A newer version's learnt state keeps what this version does not read
// when this version records decisions into it and writes it back (and
// when the same sender is reported again), while what it reads changes.
func TestNewerStateMembersAreKept(t *testing.T) {
	tests := []struct {
		name  string
		write func(t *testing.T, stored any) any // this version's rewrite
	}{
		{"read and written", func(t *testing.T, stored any) any {
			m, err := learn.FromTree(stored)
			require.NoError(t, err)
			return m.Tree()
		}},
		{"a decision recorded", func(t *testing.T, stored any) any {
			m, err := learn.FromTree(stored)
			require.NoError(t, err)
			record(t, m, pitch1, ignore)
			record(t, m, pitch3, learn.Decision{Action: learn.ActionBlock}) // reported again
			return m.Tree()
		}},
		{"a journal's write", func(t *testing.T, stored any) any {
			j := learn.NewJournal()
			require.NoError(t, j.Load(stored))
			add(t, j, pitch2, ignore, 1000)
			s := &storage{tree: stored}
			save(t, j, s, 1000)
			return s.tree
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stored := newerState(t)
			before := byID(t, stored)
			written := roundTrip(t, tt.write(t, roundTrip(t, stored))).(map[string]any)
			assert.Equal(t, stored["bias"], written["bias"])
			assert.Equal(t, stored["forgot"], written["forgot"])
			after := byID(t, written)
			for id, was := range before {
				got, ok := after[id]
				require.True(t, ok, id)
				if id[0] == 'f' {
					assert.Equal(t, 0.5, got["decay"], id)
					assert.Equal(t, was["why"], got["why"], id)
				} else {
					assert.Equal(t, "popup", got["source"], id)
				}
			}
			back, err := learn.FromTree(written)
			require.NoError(t, err, "what is written reads again")
			assert.GreaterOrEqual(t, back.Seq(), int(stored["seq"].(float64)))
		})
	}
}

// What this version reads changes when it learns: a newer member beside
// a count does not freeze the count.
func TestNewerStateStillLearns(t *testing.T) {
	m, err := learn.FromTree(roundTrip(t, newerState(t)))
	require.NoError(t, err)
	seq := m.Seq()
	record(t, m, pitch1, ignore)
	o := roundTrip(t, m.Tree()).(map[string]any)
	assert.Equal(t, float64(seq+1), o["seq"])
	_, ignored, _ := m.Totals()
	assert.Equal(t, float64(ignored), o["ignored"])
}

// Every member this version reads is still checked, and Reset (the
// user's "reset what Vetted learnt") forgets the newer members too.
func TestNewerStateValidatedAndReset(t *testing.T) {
	bad := newerState(t)
	bad["seq"] = "many"
	_, err := learn.FromTree(roundTrip(t, bad))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "seq")

	m, err := learn.FromTree(roundTrip(t, newerState(t)))
	require.NoError(t, err)
	m.Reset()
	assert.NotContains(t, m.Tree(), "bias")
}
