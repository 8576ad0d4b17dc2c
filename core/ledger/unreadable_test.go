package ledger

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// unreadableItems are stored items this version cannot read: a newer
// version's entry (a time as text), an entry without an action, and junk.
func unreadableItems() []any {
	return []any{
		map[string]any{"name": "Ada", "action": "snooze", "at": "2026-03-01T12:00:00Z", "v": 2.0},
		map[string]any{"name": "Bob"},
		"not an object",
	}
}

// A save reads the stored log, adds its entries and writes the log back
// (wasm/store.go): what it could not read must be written back too, as it
// was, or it is lost for good.
func TestSaveKeepsUnreadableEntries(t *testing.T) {
	bad := unreadableItems()
	stored := []any{
		bad[0],
		map[string]any{"name": "Cy", "action": "accept", "at": float64(t0)},
		bad[1],
		map[string]any{"name": "Di", "action": "ignore", "at": float64(t0 + 1)},
		bad[2],
	}
	l, err := FromTree(jsonTree(t, stored), 2)
	require.Error(t, err, "the unreadable entries are reported")
	var re *ReadError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, []string{"entry 0: at: not a number", "entry 2: action: missing", "entry 4: not an object"}, re.Problems)
	l.AddNew([]Entry{{Name: "Ed", Action: "block", At: t0 + 2}}) // rotates Cy out: the limit is 2

	written := l.Tree()
	require.Len(t, written, 5, "3 unreadable items, then the 2 entries the limit keeps")
	for i, want := range jsonTree(t, bad).([]any) {
		assert.Equal(t, want, jsonTree(t, written[i]), "item %d is written back as it was stored", i)
	}
	again, err := FromTree(jsonTree(t, written), 2)
	require.Error(t, err)
	require.Len(t, again.Entries, 2)
	assert.Equal(t, "Di", again.Entries[0].Name)
	assert.Equal(t, "Ed", again.Entries[1].Name)
	assert.Len(t, again.Tree(), 5, "a second save keeps them too")
}

// Vetted never writes unreadable items itself, but another writer can:
// MaxUnreadable of them are kept, the last stored, and the error says how
// many beyond it go.
func TestUnreadableEntriesAreBounded(t *testing.T) {
	var stored []any
	for i := 0; i < MaxUnreadable+3; i++ {
		stored = append(stored, map[string]any{"name": "x", "n": float64(i)}) // no action
	}
	stored = append(stored, map[string]any{"name": "Cy", "action": "accept"})
	l, err := FromTree(stored, 10)
	require.Error(t, err)
	require.Len(t, l.Unreadable, MaxUnreadable)
	assert.Equal(t, 3.0, l.Unreadable[0].(map[string]any)["n"], "the first stored go first")
	var re *ReadError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, MaxUnreadable+3, re.Unreadable)
	assert.Equal(t, 3, re.Dropped)
	assert.Len(t, l.Entries, 1)
}

// Decode reads a stored list without applying a limit, keeping what it
// cannot read like FromTree.
func TestDecodeKeepsEverything(t *testing.T) {
	var stored []any
	for i := 0; i < 3; i++ {
		stored = append(stored, map[string]any{"name": string(rune('a' + i)), "action": "accept"})
	}
	stored = append(stored, unreadableItems()...)
	l, err := Decode(stored)
	require.Error(t, err)
	assert.Len(t, l.Entries, 3)
	assert.Len(t, l.Unreadable, 3)
	assert.Zero(t, l.Limit)
	assert.Equal(t, 2, l.SetLimit(1), "SetLimit rotates readable entries only")
	assert.Len(t, l.Unreadable, 3)
}

// A stored log that is not a list is kept whole too.
func TestNotAListIsKept(t *testing.T) {
	stored := map[string]any{"entries": []any{}, "v": 9.0}
	l, err := FromTree(stored, 10)
	require.Error(t, err)
	l.AddNew([]Entry{{Name: "Ed", Action: "block", At: t0}})
	written := l.Tree()
	require.Len(t, written, 2)
	assert.Equal(t, stored, written[0])
}

// The user is told the first problem with the count, so that a damaged
// log can be looked into.
func TestReadErrorNamesTheFirstProblem(t *testing.T) {
	_, err := FromTree(jsonTree(t, append(unreadableItems(), map[string]any{"name": "Cy", "action": "accept"})), 10)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "cannot read 3 of the entries")
	assert.Contains(t, err.Error(), " The first: entry 0: at: not a number.")
	_, err = FromTree(map[string]any{"v": 9.0}, 10)
	require.Error(t, err)
	assert.Contains(t, err.Error(), " The first: the stored log is not a list of entries.")
}

func TestReadErrorSaysWhatIsKept(t *testing.T) {
	assert.Equal(t, "Vetted cannot read 1 of the entries in its decision log (damaged, or written by a newer version); it keeps them as they are, and the JSON export of the decision log page includes them.",
		(&ReadError{Unreadable: 1}).Error())
	p := (&ReadError{Unreadable: 1004, Dropped: 4}).Error()
	assert.Contains(t, p, "cannot read 1004 of the entries")
	assert.Contains(t, p, "It keeps at most "+strconv.Itoa(MaxUnreadable)+" such entries: the 4 stored first go at the next save.", "the number written out is MaxUnreadable")
}

func TestStorageFull(t *testing.T) {
	for msg, want := range map[string]bool{
		"QUOTA_BYTES quota exceeded": true, // Chromium
		"QuotaExceededError: The current transaction exceeded its quota limitations.": true, // Firefox
		"Storage area is gone": false,
		"":                     false,
	} {
		assert.Equal(t, want, StorageFull(msg), msg)
	}
}
