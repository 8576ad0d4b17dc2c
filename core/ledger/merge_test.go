package ledger

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vetted/vetted/core/card"
)

func TestIdentity(t *testing.T) {
	base := Entry{Name: "Ada Lovelace", ProfileURL: "https://www.linkedin.com/in/ada/", Key: "k1", Action: "ignore", At: t0}
	tests := []struct {
		name string
		a, b Entry
		same bool
	}{
		{"identical", base, base, true},
		{"other verdict, same decision", base, func() Entry { e := base; e.Type, e.Score, e.Outcome = "scammer", 90, Refused; return e }(), true},
		{"other time", base, func() Entry { e := base; e.At++; return e }(), false},
		{"other action", base, func() Entry { e := base; e.Action = "accept"; return e }(), false},
		{"other key", base, func() Entry { e := base; e.Key = "k2"; return e }(), false},
		{"key wins over the name", base, func() Entry { e := base; e.Name = "Someone"; return e }(), true},
		{"no key: the profile URL, normalised",
			Entry{Name: "Ada", ProfileURL: "https://www.linkedin.com/in/ada/", Action: "ignore", At: t0},
			Entry{Name: "A. L.", ProfileURL: "linkedin.com/in/ada?trk=1", Action: "ignore", At: t0}, true},
		{"no key or URL: the folded name",
			Entry{Name: "Ada  Lovelace", Action: "ignore", At: t0},
			Entry{Name: " ada lovelace", Action: "ignore", At: t0}, true},
		{"a key and no key differ",
			Entry{Name: "Ada", Key: "k1", Action: "ignore", At: t0},
			Entry{Name: "Ada", Action: "ignore", At: t0}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.same, tt.a.Identity() == tt.b.Identity())
		})
	}
}

func TestMerge(t *testing.T) {
	e := func(name string, at int64) Entry {
		return Entry{Name: name, Key: "k-" + name, Action: "ignore", At: at}
	}
	tests := []struct {
		name     string
		limit    int
		have     []Entry
		incoming []Entry
		want     []string // names, oldest first
		result   MergeResult
	}{
		{"into an empty log", 10, nil, []Entry{e("a", 1), e("b", 2)}, []string{"a", "b"}, MergeResult{Added: 2}},
		{"all duplicates", 10, []Entry{e("a", 1), e("b", 2)}, []Entry{e("b", 2), e("a", 1)}, []string{"a", "b"}, MergeResult{Duplicates: 2}},
		{"repeats within the batch", 10, nil, []Entry{e("a", 1), e("a", 1)}, []string{"a"}, MergeResult{Added: 1, Duplicates: 1}},
		{"interleaved by time", 10, []Entry{e("a", 10), e("c", 30)}, []Entry{e("b", 20), e("d", 40), e("z", 0)},
			[]string{"z", "a", "b", "c", "d"}, MergeResult{Added: 3}},
		{"the oldest rotate out", 3, []Entry{e("b", 20), e("c", 30)}, []Entry{e("a", 10), e("d", 40)},
			[]string{"b", "c", "d"}, MergeResult{Added: 2, Dropped: 1}},
		{"an over-full log is trimmed even with nothing new", 2, []Entry{e("a", 1), e("b", 2), e("c", 3)}, []Entry{e("c", 3)},
			[]string{"b", "c"}, MergeResult{Duplicates: 1, Dropped: 1}},
		{"equal times keep the log's order first", 10, []Entry{e("b", 5)}, []Entry{e("a", 5)}, []string{"b", "a"}, MergeResult{Added: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &Log{Limit: tt.limit, Entries: append([]Entry(nil), tt.have...)}
			r := l.Merge(tt.incoming)
			assert.Equal(t, tt.result, r)
			var names []string
			for _, x := range l.Entries {
				names = append(names, x.Name)
			}
			assert.Equal(t, tt.want, names)
		})
	}
}

func jsonTree(t *testing.T, v any) any {
	t.Helper()
	raw, err := json.Marshal(v)
	require.NoError(t, err)
	var tree any
	require.NoError(t, json.Unmarshal(raw, &tree))
	return tree
}

func TestImport(t *testing.T) {
	have := []Entry{
		{Name: "Ada", Key: "k1", Site: card.LinkedIn, Action: "ignore", At: t0, Flags: []string{"money-talk"}},
		{Name: "Bob", ProfileURL: "https://www.linkedin.com/in/bob", Action: "accept", At: t0 + 1},
	}
	exported := &Log{Entries: have}
	newOne := Entry{Name: "Cy", Key: "k3", Action: "block", At: t0 + 2}

	tests := []struct {
		name   string
		format string
		text   string
		tree   any
		perr   error
		want   ImportResult
		names  []string
		err    string
	}{
		{"own JSON export: all duplicates", "json", "", jsonTree(t, exported.Tree()), nil,
			ImportResult{MergeResult: MergeResult{Duplicates: 2}}, []string{"Ada", "Bob"}, ""},
		{"own CSV export: all duplicates", "csv", CSV(have), nil, nil,
			ImportResult{MergeResult: MergeResult{Duplicates: 2}}, []string{"Ada", "Bob"}, ""},
		{"CSV detected", "", CSV(append(have[:1:1], newOne)), nil, nil,
			ImportResult{MergeResult: MergeResult{Added: 1, Duplicates: 1}}, []string{"Ada", "Bob", "Cy"}, ""},
		{"one new JSON entry, one damaged", "json", "", []any{newOne.Tree(), map[string]any{"name": "x"}}, nil,
			ImportResult{MergeResult: MergeResult{Added: 1, Invalid: 1}, Problems: []string{"entry 2: action: missing"}}, []string{"Ada", "Bob", "Cy"}, ""},
		{"a damaged CSV row", "csv", "name,action\nCy,block\n,accept\n", nil, nil,
			ImportResult{MergeResult: MergeResult{Added: 1, Invalid: 1}, Problems: []string{"line 3: no name, key or profile URL"}}, []string{"Cy", "Ada", "Bob"}, ""},
		{"empty JSON list", "json", "[]", []any{}, nil, ImportResult{}, []string{"Ada", "Bob"}, ""},
		{"JSON that did not parse", "json", "[{", nil, errors.New("Unexpected end of JSON input"), ImportResult{}, nil, "not valid JSON: Unexpected end of JSON input"},
		{"JSON object", "json", "{}", map[string]any{"entries": []any{}}, nil, ImportResult{}, nil, "not a list of entries"},
		{"JSON with no readable entry", "json", "", []any{"x", 3.0}, nil, ImportResult{}, nil, "no entry could be read: entry 1: not an object"},
		{"CSV that is not a log", "csv", "a,b\n1,2\n", nil, nil, ImportResult{}, nil, "line 1: not a Vetted decision log"},
		{"CSV with no readable row", "csv", "name,action\nAda,\n", nil, nil, ImportResult{}, nil, "no entry could be read: line 2: action: missing"},
		{"unknown format", "xml", "<log/>", nil, nil, ImportResult{}, nil, `unknown format "xml"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &Log{Limit: 10, Entries: append([]Entry(nil), have...)}
			r, err := l.Import(tt.format, tt.text, tt.tree, tt.perr)
			if tt.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				assert.Equal(t, have, l.Entries, "a refused file changes nothing")
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tt.want, r)
			var names []string
			for _, x := range l.Entries {
				names = append(names, x.Name)
			}
			assert.Equal(t, tt.names, names)
		})
	}
}

func TestImportCapsProblems(t *testing.T) {
	text := "name,action\nAda,ignore\n"
	for i := 0; i < MaxProblems+5; i++ {
		text += "x,\n"
	}
	l := New(10)
	r, err := l.Import("csv", text, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, MaxProblems+5, r.Invalid)
	require.Len(t, r.Problems, MaxProblems+1)
	assert.Equal(t, "and 5 more", r.Problems[MaxProblems])
}

func TestDetectFormat(t *testing.T) {
	for in, want := range map[string]string{
		"[]":                  FormatJSON,
		"\ufeff  \n{\"a\":1}": FormatJSON,
		"name,action\n":       FormatCSV,
		"\ufeffat,at_ms":      FormatCSV,
		"":                    FormatCSV,
	} {
		assert.Equal(t, want, DetectFormat(in), in)
	}
}
