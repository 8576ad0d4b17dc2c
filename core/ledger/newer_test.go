package ledger

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/jsontree"
)

// plainEntry is an entry as this version writes it.
const plainEntry = `{"name":"Cy","key":"k-cy","action":"accept","at":1772366400003,"score":0}`

// newerEntry is an entry as a newer version might write it: every member
// this version reads, and members it does not.
func newerEntry(more string) string {
	return `{"name":"Ada Lovelace","key":"k-ada","action":"ignore","outcome":"done","at":1772366400001,` +
		`"score":40,"flags":["link-in-note"],"reason":"A link in the note","site":"linkedin"` + more + `}`
}

func parseJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(s), &v), s)
	return v
}

// requireKept checks that every member of the stored object was written
// back with the same value (members this version knows but left empty
// may be added: they read the same).
func requireKept(t *testing.T, stored, written any) {
	t.Helper()
	want, got := stored.(map[string]any), jsonTree(t, written).(map[string]any)
	for k, v := range want {
		require.Contains(t, got, k)
		assert.Equal(t, v, got[k], "member %q", k)
	}
}

// A newer version's entry that decodes keeps what this version does not
// read through a save (decode, append, encode), the JSON text of the
// export, and an import (merge), while this version reads what it knows.
func TestNewerMembersAreKept(t *testing.T) {
	tests := []struct {
		name  string
		more  string
		parts int // reason parts this version reads
	}{
		{"a new member", `,"verdict_version":3`, 0},
		{"a new object, nested", `,"evidence":{"quote":"see x.example","span":[4,13],"more":{"new":true,"list":[{"a":null}]}}`, 0},
		{"a new member set to null", `,"later":null`, 0},
		{"reason parts of a newer shape", `,"reason_parts":[{"key":"reasonLink","args":["x.example"],"style":"bold"}]`, 0},
		{"reason parts it reads, and a new member", `,"reason_parts":[["reasonLink","x.example"]],"model":{"v":2}`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			item := parseJSON(t, newerEntry(tt.more))
			stored := []any{item, parseJSON(t, plainEntry)}

			l, err := FromTree(jsonTree(t, stored), 10)
			require.NoError(t, err, "a newer version's entry is read")
			require.Len(t, l.Entries, 2)
			e := l.Entries[0]
			assert.Equal(t, "Ada Lovelace", e.Name)
			assert.Equal(t, "ignore", e.Action)
			assert.Equal(t, t0+1, e.At)
			assert.Equal(t, 40, e.Score)
			assert.Equal(t, []string{"link-in-note"}, e.Flags)
			assert.Len(t, e.ReasonParts, tt.parts)
			assert.Nil(t, l.Entries[1].src, "an entry with nothing new holds no copy")

			// A save: the stored log read, an entry appended, the log written.
			l.AddNew([]Entry{{Name: "Ed", Key: "k-ed", Action: "block", At: t0 + 5}})
			written := l.Tree()
			require.Len(t, written, 3)
			requireKept(t, item, written[0])
			assert.Equal(t, parseJSON(t, plainEntry), jsonTree(t, written[1]), "this version's own entries are written as before")

			// Saved again, as text (the JSON export), and read back.
			text := string(jsontree.Append(nil, written))
			again, err := FromTree(parseJSON(t, text), 10)
			require.NoError(t, err)
			assert.Equal(t, e.Identity(), again.Entries[0].Identity())
			assert.Equal(t, e.Score, again.Entries[0].Score)
			requireKept(t, item, again.Tree()[0])

			// Imported into another log (Merge).
			other := New(10)
			r, err := other.Import(FormatJSON, "", parseJSON(t, text), nil)
			require.NoError(t, err)
			assert.Equal(t, 3, r.Added)
			requireKept(t, item, other.Tree()[0])
		})
	}
}

// Every member this version reads is still checked: a newer version's
// entry with a known member of the wrong type is not read, and it is kept
// whole among the unreadable items.
func TestNewerEntryStillValidated(t *testing.T) {
	for _, more := range []string{`,"score":"high"`, `,"flags":"link-in-note"`, `,"bulk":1`, `,"site":7`} {
		text := strings.Replace(newerEntry(`,"x":1`), `"score":40,"flags":["link-in-note"],`, "", 1)
		text = strings.Replace(text, `,"site":"linkedin"`, "", 1)
		item := parseJSON(t, strings.TrimSuffix(text, "}")+more+"}")
		l, err := FromTree([]any{item}, 10)
		require.Error(t, err, more)
		assert.Empty(t, l.Entries, more)
		assert.Equal(t, []any{item}, l.Unreadable, more)
	}
}

// The same entry changed in place (an outcome, flags or parts changed)
// is written with the change and keeps what this version does not read;
// a member it clears reads back empty.
func TestEditedEntryKeepsNewerMembers(t *testing.T) {
	item := parseJSON(t, newerEntry(`,"headline":"CTO","evidence":{"quote":"q"},"reason_parts":[["reasonLink","x"]]`))
	e, err := EntryFromTree(item)
	require.NoError(t, err)
	e.Outcome, e.Headline, e.Flags, e.Score, e.ReasonParts = Refused, "", nil, 7, nil
	got := jsonTree(t, e.Tree()).(map[string]any)
	assert.Equal(t, map[string]any{"quote": "q"}, got["evidence"])
	assert.Equal(t, Refused, got["outcome"])
	assert.Equal(t, 7.0, got["score"])
	back, err := EntryFromTree(got)
	require.NoError(t, err)
	assert.Equal(t, "", back.Headline)
	assert.Empty(t, back.Flags)
	assert.Equal(t, Refused, back.Outcome)
	assert.Empty(t, back.ReasonParts, "cleared parts stay cleared")
	assert.NotContains(t, got, "reason_parts")
	// Writing the entry does not change it: a second write is the same.
	assert.Equal(t, got, jsonTree(t, e.Tree()))
	assert.Equal(t, item, parseJSON(t, newerEntry(`,"headline":"CTO","evidence":{"quote":"q"},"reason_parts":[["reasonLink","x"]]`)), "the stored object is not changed")
}

// Stored reason_parts of a shape this version cannot read stay while the
// entry holds no parts of its own, and give way to parts it is given.
func TestUnreadablePartsStayUntilReplaced(t *testing.T) {
	newer := `,"evidence":{"quote":"q"},"reason_parts":[{"key":"reasonLink","args":["x"]}]`
	e, err := EntryFromTree(parseJSON(t, newerEntry(newer)))
	require.NoError(t, err)
	require.Empty(t, e.ReasonParts)
	got := jsonTree(t, e.Tree()).(map[string]any)
	assert.Equal(t, parseJSON(t, newerEntry(newer)).(map[string]any)["reason_parts"], got["reason_parts"])

	e.ReasonParts = []i18n.Message{{Key: "reasonLink", Args: []string{"y"}}}
	back, err := EntryFromTree(jsonTree(t, e.Tree()))
	require.NoError(t, err)
	assert.Equal(t, e.ReasonParts, back.ReasonParts)
}

// An imported entry the log holds already gives the log's entry the
// members a newer version wrote that it lacks; the log's own members and
// values stay.
func TestMergeCompletesHeldEntries(t *testing.T) {
	held, err := EntryFromTree(parseJSON(t, newerEntry(`,"evidence":"mine"`)))
	require.NoError(t, err)
	plain, err := EntryFromTree(parseJSON(t, newerEntry("")))
	require.NoError(t, err)
	file := []any{parseJSON(t, strings.Replace(newerEntry(`,"evidence":"theirs","model":{"v":2}`), `"score":40`, `"score":99`, 1))}

	tests := []struct {
		name      string
		have      Entry
		completed int
		want      map[string]any // members of the log's entry after
	}{
		{"held without newer members", plain, 1, map[string]any{"model": map[string]any{"v": 2.0}, "evidence": "theirs", "score": 40.0}},
		{"held with one of them", held, 1, map[string]any{"model": map[string]any{"v": 2.0}, "evidence": "mine", "score": 40.0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			testCompletes(t, tt.have, file, tt.completed, tt.want)
		})
	}
}

// Reason parts of a shape this version cannot read are taken from the
// file by an entry that has none; parts the entry holds, or parts this
// version reads (the entry is the same, and its own reason stands), are
// not.
func TestMergeCompletesHeldParts(t *testing.T) {
	newer := []any{map[string]any{"key": "reasonLink", "args": []any{"x"}}}
	plain, err := EntryFromTree(parseJSON(t, newerEntry("")))
	require.NoError(t, err)
	withParts, err := EntryFromTree(parseJSON(t, newerEntry(`,"reason_parts":[["reasonLink","mine"]]`)))
	require.NoError(t, err)
	fileNewer := []any{parseJSON(t, newerEntry(`,"reason_parts":[{"key":"reasonLink","args":["x"]}]`))}
	fileReadable := []any{parseJSON(t, newerEntry(`,"reason_parts":[["reasonLink","x"]]`))}

	testCompletes(t, plain, fileNewer, 1, map[string]any{"reason_parts": newer})
	testCompletes(t, withParts, fileNewer, 0, map[string]any{"reason_parts": []any{[]any{"reasonLink", "mine"}}})
	testCompletes(t, plain, fileReadable, 0, map[string]any{"reason_parts": nil})
	fileNull := []any{parseJSON(t, newerEntry(`,"reason_parts":null`))}
	testCompletes(t, plain, fileNull, 0, map[string]any{"reason_parts": nil})
}

// testCompletes imports file into a log that holds have, the same entry,
// and checks how many entries it completed and the log entry's members.
func testCompletes(t *testing.T, have Entry, file []any, completed int, want map[string]any) {
	t.Helper()
	l := &Log{Entries: []Entry{have}}
	r, err := l.Import(FormatJSON, "", jsonTree(t, file), nil)
	require.NoError(t, err)
	assert.Equal(t, 1, r.Duplicates)
	assert.Equal(t, completed, r.Completed)
	require.Len(t, l.Entries, 1)
	got := jsonTree(t, l.Tree()[0]).(map[string]any)
	for k, v := range want {
		assert.Equal(t, v, got[k], k)
	}
	r, err = l.Import(FormatJSON, "", jsonTree(t, file), nil)
	require.NoError(t, err)
	assert.Zero(t, r.Completed, "nothing left to take")
}

// Members this version does not read are bounded as the log is: an
// entry holding a large one counts as one entry against the limit and
// rotates out like any other (the stored log's size is bounded by the
// limit, the import file by the page's MAX_FILE and storage by the
// browser's quota; unreadable items by MaxUnreadable).
func TestNewerMembersAreBoundedByTheLimit(t *testing.T) {
	big := strings.Repeat("x", 1<<20)
	var stored []any
	for i := 0; i < 3; i++ {
		e := parseJSON(t, newerEntry("")).(map[string]any)
		e["at"] = float64(t0 + int64(i))
		e["blob"] = big
		stored = append(stored, e)
	}
	l, err := FromTree(stored, 2)
	require.NoError(t, err)
	require.Len(t, l.Entries, 2, "the limit applies")
	l.AddNew([]Entry{{Name: "Ed", Action: "block", At: t0 + 5}})
	written := l.Tree()
	require.Len(t, written, 2, "the oldest rotate out, what they held with them")
	assert.Equal(t, big, written[0].(map[string]any)["blob"])
	assert.Equal(t, float64(t0+2), written[0].(map[string]any)["at"])
	assert.NotContains(t, written[1], "blob")
}
