package backup_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/backup"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/ledger"
)

// parse round-trips a tree through JSON text, as a file does.
func parse(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var out any
	require.NoError(t, json.Unmarshal(b, &out))
	return out
}

func text(t *testing.T, s string) any {
	t.Helper()
	var out any
	require.NoError(t, json.Unmarshal([]byte(s), &out))
	return out
}

func model(t *testing.T) *learn.Model {
	t.Helper()
	ctx := flag.NewContext(nil)
	m := learn.New()
	for _, c := range []card.Card{
		{Site: card.LinkedIn, Kind: card.Person, Name: "Ryan Cole", Note: "Hi, our agency books demos for SaaS founders. Open to a quick call?"},
		{Site: card.LinkedIn, Kind: card.Person, Name: "Ava Lind", Note: "Our agency fills your calendar with demos. Quick call on Thursday?"},
	} {
		s := ctx.Sample(&c)
		require.NoError(t, m.Record(&s, learn.Decision{Action: learn.ActionIgnore}))
	}
	return m
}

func TestExportRoundTrip(t *testing.T) {
	log := ledger.New(0)
	log.Add(ledger.Entry{Name: "Ada", Action: "accept", At: 1796601600000})
	m := model(t)
	file := parse(t, backup.Export(log.Tree(), m.Tree(), 1796601600000))
	o := file.(map[string]any)
	assert.Equal(t, backup.Format, o["format"])
	assert.Equal(t, 1.0, o["version"])

	f, err := backup.Read(file)
	require.NoError(t, err)
	require.True(t, f.HasLedger)
	require.True(t, f.HasLearnt)
	got := ledger.New(0)
	r, err := got.Import(ledger.FormatJSON, "", f.Ledger, nil)
	require.NoError(t, err)
	assert.Equal(t, 1, r.Added)
	assert.Equal(t, log.Entries, got.Entries)
	assert.Equal(t, parse(t, m.Tree()), parse(t, f.Learnt.Tree()))

	// Nothing learnt: the export holds the log only, and reads back so.
	f, err = backup.Read(parse(t, backup.Export(nil, nil, 0)))
	require.NoError(t, err)
	assert.True(t, f.HasLedger)
	assert.Empty(t, f.Ledger)
	assert.False(t, f.HasLearnt)
}

func TestReadOtherFiles(t *testing.T) {
	// The older export: a list of entries.
	f, err := backup.Read(text(t, `[{"name":"Ada","action":"accept"}]`))
	require.NoError(t, err)
	assert.True(t, f.HasLedger)
	assert.False(t, f.HasLearnt)
	assert.Len(t, f.Ledger, 1)

	// A learnt state alone, as vetted learn writes it.
	m := model(t)
	f, err = backup.Read(parse(t, m.Tree()))
	require.NoError(t, err)
	assert.False(t, f.HasLedger)
	require.True(t, f.HasLearnt)
	assert.Equal(t, m.Len(), f.Learnt.Len())
	assert.Equal(t, 2, f.Learnt.Seq())
}

func TestReadRefuses(t *testing.T) {
	good := parse(t, model(t).Tree()).(map[string]any)
	bad := map[string]any{}
	for k, v := range good {
		bad[k] = v
	}
	bad["seq"] = -1.0
	tests := []struct {
		name string
		tree any
		want string
	}{
		{"an unknown object", text(t, `{"entries": []}`), "not a list of entries, a Vetted export or a learnt state"},
		{"a string", "hello", "not a list of entries"},
		{"null", nil, "not a list of entries"},
		{"an unknown version", text(t, `{"format":"vetted-export","version":2,"ledger":[]}`), "unknown version"},
		{"a ledger that is no list", text(t, `{"format":"vetted-export","version":1,"ledger":{}}`), "not a list of entries"},
		{"an empty export", text(t, `{"format":"vetted-export","version":1}`), "neither a decision log nor a learnt state"},
		{"a bad learnt state alone", bad, "what Vetted learnt does not validate: learnt state: seq"},
		{"an export with a bad learnt state", map[string]any{"format": "vetted-export", "version": 1.0, "ledger": []any{}, "learnt": bad},
			"what Vetted learnt does not validate: learnt state: seq"},
		{"an export whose learnt state is no object", text(t, `{"format":"vetted-export","version":1,"ledger":[],"learnt":[1]}`), "learnt state: not an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := backup.Read(tt.tree)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.False(t, f.HasLedger || f.HasLearnt, "a refused file gives nothing to import")
		})
	}
}
