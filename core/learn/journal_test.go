package learn_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
)

// storage is a stand-in for chrome.storage.local's "learnt": the tree as
// JSON would hold it (written through JSON text, so that nothing is shared).
type storage struct{ tree any }

func (s *storage) set(t *testing.T, m *learn.Model) { s.tree = decodeJSON(t, encode(t, m)) }

// save is one writer's write: read the stored state, merge, write.
func save(t *testing.T, j *learn.Journal, s *storage, now int64) {
	t.Helper()
	m, n, err := j.Merge(s.tree, now)
	require.NoError(t, err)
	s.set(t, m)
	j.Saved(m, n, now)
}

func add(t *testing.T, j *learn.Journal, c card.Card, d learn.Decision, now int64) learn.Pending {
	t.Helper()
	p, err := j.Add("", *sample(c), d, now)
	require.NoError(t, err)
	return p
}

func TestJournalJudgesWithPendingDecisions(t *testing.T) {
	j := learn.NewJournal()
	before := j.Model()
	add(t, j, pitch1, ignore, 1)
	add(t, j, pitch2, ignore, 2)
	add(t, j, friend1, accept, 3)
	assert.Equal(t, 3, j.Pending())
	r := j.Model().Judge(sample(pitchNew))
	assert.Equal(t, learn.LeanIgnore, r.Lean, "the pending decisions count at once")
	assert.True(t, before.Empty(), "a model handed out before does not change")

	// Nothing saved yet: a failed write keeps them all.
	_, err := j.Add("", *sample(pitch1), learn.Decision{Action: "shrug"}, 4)
	require.Error(t, err)
	assert.Equal(t, 3, j.Pending(), "an invalid decision is refused and adds nothing")

	var s storage
	save(t, j, &s, 10)
	assert.Equal(t, 0, j.Pending())
	stored, err := learn.FromTree(s.tree)
	require.NoError(t, err)
	assert.Equal(t, 3, stored.Seq())
	assert.Equal(t, learn.LeanIgnore, stored.Judge(sample(pitchNew)).Lean)
	assert.Equal(t, learn.LeanIgnore, j.Model().Judge(sample(pitchNew)).Lean)
}

func TestJournalDamagedStateKeepsDecisions(t *testing.T) {
	j := learn.NewJournal()
	add(t, j, pitch1, ignore, 1)
	s := storage{tree: map[string]any{"version": 1.0, "seq": "many"}}
	_, _, err := j.Merge(s.tree, 1)
	require.ErrorContains(t, err, "stored damaged")
	assert.Equal(t, 1, j.Pending(), "nothing is dropped")
	require.Error(t, j.Load(s.tree))
	_, err = j.Changed(s.tree, false, 2)
	require.Error(t, err)
	assert.Equal(t, 1, j.Model().Seq(), "the pending decision still judges")
}

// Two tabs decide at once: both read the state before either writes. The
// second write lacks the first tab's decision; the first tab sees the
// change, finds its decision missing and saves it again.
func TestJournalNoLostUpdates(t *testing.T) {
	var s storage
	a, b := learn.NewJournal(), learn.NewJournal()
	pa := add(t, a, pitch1, ignore, 1)
	pb := add(t, b, pitch2, ignore, 1)

	ma, na, err := a.Merge(s.tree, 2) // both read the empty state
	require.NoError(t, err)
	mb, nb, err := b.Merge(s.tree, 2)
	require.NoError(t, err)
	s.set(t, ma)
	a.Saved(ma, na, 2)
	s.set(t, mb) // b writes over a's write
	b.Saved(mb, nb, 3)

	lost, err := a.Changed(s.tree, false, 4)
	require.NoError(t, err)
	assert.Equal(t, 1, lost)
	assert.Equal(t, 1, a.Pending())
	lost, err = b.Changed(s.tree, false, 4)
	require.NoError(t, err)
	assert.Zero(t, lost, "b's own write holds its decision")

	save(t, a, &s, 5)
	m, err := learn.FromTree(s.tree)
	require.NoError(t, err)
	assert.True(t, m.HasDecision(pa.ID))
	assert.True(t, m.HasDecision(pb.ID))
	assert.Equal(t, 2, m.Seq(), "each decision counted once")

	// Saving again (a retry after an unconfirmed write) counts nothing twice.
	lost, err = b.Changed(s.tree, false, 6)
	require.NoError(t, err)
	assert.Zero(t, lost)
	m2, n, err := a.Merge(s.tree, 6)
	require.NoError(t, err)
	assert.Zero(t, n)
	assert.Equal(t, 2, m2.Seq())
}

// Reset all and an import start a new epoch: what they lack is the user's
// wish and is not saved again; forgetting one item is not.
func TestJournalResetIsNotUndone(t *testing.T) {
	var s storage
	a := learn.NewJournal()
	add(t, a, pitch1, ignore, 1)
	add(t, a, pitch2, ignore, 1)
	save(t, a, &s, 2)

	// Forget of one item, from a state read before our write: same epoch.
	old := learn.New()
	s.set(t, old)
	lost, err := a.Changed(s.tree, false, 3)
	require.NoError(t, err)
	assert.Equal(t, 2, lost, "written over by a page that read before: saved again")
	save(t, a, &s, 4)

	reset := learn.New()
	reset.Renew(5)
	assert.NotEmpty(t, reset.Epoch())
	s.set(t, reset)
	lost, err = a.Changed(s.tree, false, 6)
	require.NoError(t, err)
	assert.Zero(t, lost, "a reset is not undone")
	assert.True(t, a.Model().Empty())

	add(t, a, pitch3, ignore, 7)
	save(t, a, &s, 8)
	lost, err = a.Changed(nil, true, 9) // the key removed
	require.NoError(t, err)
	assert.Zero(t, lost)
	assert.True(t, a.Model().Empty())
}

func TestJournalWatchesLatelyOnly(t *testing.T) {
	var s storage
	a := learn.NewJournal()
	add(t, a, pitch1, ignore, 1)
	save(t, a, &s, 0)
	s.set(t, learn.New())
	lost, err := a.Changed(s.tree, false, 11*60*1000)
	require.NoError(t, err)
	assert.Zero(t, lost, "after ten minutes a decision is no longer watched")
}

func TestStateKeepsEpochAndDecisionIDs(t *testing.T) {
	m := learn.New()
	m.Renew(1700000000000)
	assert.Equal(t, int64(1700000000000), m.EpochStart())
	assert.Zero(t, learn.New().EpochStart(), "no epoch")
	require.NoError(t, m.RecordID("d1", sample(pitch1), ignore))
	require.NoError(t, m.RecordID("d1", sample(pitch1), ignore))
	assert.Equal(t, 1, m.Seq(), "a decision recorded again is not counted twice")
	got, err := learn.FromTree(decodeJSON(t, encode(t, m)))
	require.NoError(t, err)
	assert.Equal(t, m.Epoch(), got.Epoch())
	assert.True(t, got.HasDecision("d1"))
	assert.Equal(t, encode(t, m), encode(t, got))

	for i := range learn.MaxRecent + 10 {
		require.NoError(t, m.RecordID("x"+string(rune('a'+i%26))+itoa(i), sample(friend1), accept))
	}
	assert.False(t, m.HasDecision("d1"), "at most MaxRecent IDs are kept")

	// What was forgotten, and when, is kept too.
	fid := m.List()[0].ID
	require.True(t, m.ForgetAt(fid, 1700000000500))
	assert.False(t, m.ForgetAt(fid, 1700000000600), "nothing left to forget")
	got, err = learn.FromTree(decodeJSON(t, encode(t, m)))
	require.NoError(t, err)
	assert.Equal(t, encode(t, m), encode(t, got))
	assert.Contains(t, encode(t, got), `"forgot":[{"at":1700000000500,"id":"`+fid+`"}]`)

	for _, bad := range []map[string]any{
		{"recent": []any{1.0}},
		{"recent": []any{""}},
		{"epoch": 7.0},
		{"forgot": []any{1.0}},
		{"forgot": []any{map[string]any{"id": "", "at": 1.0}}},
		{"forgot": []any{map[string]any{"id": "f1", "at": -1.0}}},
		{"forgot": []any{map[string]any{"id": "f1", "at": 1.5}}},
		{"forgot": []any{map[string]any{"id": "f1"}}},
	} {
		tree := decodeJSON(t, encode(t, learn.New())).(map[string]any)
		for k, v := range bad {
			tree[k] = v
		}
		_, err := learn.FromTree(tree)
		assert.Error(t, err, "%v", bad)
	}
}

func TestCloneIsDeep(t *testing.T) {
	m := learn.New()
	record(t, m, pitch1, ignore)
	record(t, m, pitch2, ignore)
	c := m.Clone()
	record(t, c, pitch3, ignore)
	record(t, c, friend1, learn.Decision{Action: learn.ActionReport})
	assert.Equal(t, 2, m.Seq())
	assert.Empty(t, m.ReportedList())
	assert.NotEqual(t, encode(t, m), encode(t, c))
	for _, f := range m.Features() {
		assert.LessOrEqual(t, f.Ignored, 2)
	}
}

func TestFromOutcome(t *testing.T) {
	for _, tc := range []struct {
		action, outcome string
		want            string
		ok              bool
	}{
		{"accept", "done", learn.ActionAccept, true},
		{"accept-thanks", "done", learn.ActionAccept, true},
		{"ignore", "done", learn.ActionIgnore, true},
		{"ignore-report", "done", learn.ActionReport, true},
		{"block", "needs-user", learn.ActionBlock, true},
		{"block", "done", learn.ActionBlock, true},
		{"accept", "failed", "", false},
		{"accept", "needs-user", "", false},
		{"ignore", "refused", "", false},
		{"ignore", "stopped", "", false},
		{"ask", "done", "", false},
	} {
		d, ok := learn.FromOutcome(tc.action, tc.outcome, true)
		assert.Equal(t, tc.ok, ok, tc.action+" "+tc.outcome)
		assert.Equal(t, tc.want, d.Action, tc.action+" "+tc.outcome)
		if ok {
			assert.True(t, d.Bulk)
		}
	}
}

func decodeJSON(t *testing.T, s string) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(s), &v))
	return v
}

func itoa(i int) string { return strconv.Itoa(i) }

// A record the shell sends again (its first answer was lost, or the write
// failed) carries the same entry: its decision is counted once.
func TestJournalEntryIDCountsOnce(t *testing.T) {
	var s storage
	j := learn.NewJournal()
	id := learn.EntryID("urn:li:invitation:1", "ignore", 1700000000000)
	assert.Equal(t, id, learn.EntryID("urn:li:invitation:1", "ignore", 1700000000000))
	assert.NotEqual(t, id, learn.EntryID("urn:li:invitation:1", "accept", 1700000000000))
	_, err := j.Add(id, *sample(pitch1), ignore, 1)
	require.NoError(t, err)
	_, err = j.Add(id, *sample(pitch1), ignore, 2)
	require.NoError(t, err)
	assert.Equal(t, 1, j.Pending(), "pending once")
	save(t, j, &s, 3)
	_, err = j.Add(id, *sample(pitch1), ignore, 4)
	require.NoError(t, err)
	assert.Zero(t, j.Pending(), "saved already")
	assert.Equal(t, 1, j.Model().Seq())
}

// Decisions still pending when the state is reset or replaced (a write
// failing, say the quota full, retried every 20 s; the shell asking the
// core again with the same decision): the reset wins and the retried
// write does not bring back a decision taken before it, however the reset
// reaches the writer (a change seen first, or only the state read for the
// write, or the shell's retry adding it again); a decision taken after it
// is kept and saved.
func TestJournalPendingDecisionsDoNotUndoAReset(t *testing.T) {
	const resetAt = 1_700_000_100_000
	imported := learn.New()
	require.NoError(t, imported.RecordID("dfile", sample(friend1), accept))
	imported.NewEpoch(resetAt)
	reset := learn.New()
	reset.Renew(resetAt)
	for _, tc := range []struct {
		name    string
		state   *learn.Model
		changed bool // the writer sees the change before its retry
		again   bool // the shell asks again with the decision taken before
	}{
		{"reset, change seen", reset, true, false},
		{"reset, change not seen", reset, false, false},
		{"reset, asked again", reset, true, true},
		{"import, change seen", imported, true, false},
		{"import, asked again", imported, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s storage
			j := learn.NewJournal()
			add(t, j, pitch1, ignore, resetAt-60_000)
			save(t, j, &s, resetAt-59_000)
			id := learn.EntryID("k2", "ignore", resetAt-1000)
			_, err := j.Add(id, *sample(pitch2), ignore, resetAt-1000) // its write fails
			require.NoError(t, err)
			require.Equal(t, 1, j.Pending())

			s.set(t, tc.state) // Reset all, or an import, on the decision log page
			if tc.changed {
				lost, err := j.Changed(s.tree, false, resetAt+10)
				require.NoError(t, err)
				assert.Zero(t, lost)
			}
			if tc.again {
				_, err := j.Add(id, *sample(pitch2), ignore, resetAt-1000)
				require.NoError(t, err)
			}
			after := add(t, j, pitch3, ignore, resetAt+20) // taken after the reset
			save(t, j, &s, resetAt+20_000)                 // the retry, storage working again

			m, err := learn.FromTree(s.tree)
			require.NoError(t, err)
			assert.Equal(t, tc.state.Epoch(), m.Epoch())
			assert.False(t, m.HasDecision(id), "a decision taken before the reset is not brought back")
			assert.True(t, m.HasDecision(after.ID), "a decision taken after the reset is saved")
			assert.Equal(t, tc.state.Seq()+1, m.Seq())
			assert.Zero(t, j.Pending())
			assert.Equal(t, m.Seq(), j.Model().Seq(), "judging uses the stored state")
		})
	}
}

// An epoch named by a clock that was ahead (Reset all with the clock a
// day fast, put right since): decisions taken after it, which the clock
// dates before the epoch began, are still recorded and saved.
func TestJournalEpochOfAClockAhead(t *testing.T) {
	const now = 1_700_000_000_000
	ahead := learn.New()
	ahead.Renew(now + 24*60*60*1000)
	s := storage{}
	s.set(t, ahead)
	j := learn.NewJournal()
	require.NoError(t, j.Load(s.tree))
	p := add(t, j, pitch1, ignore, now)
	assert.Equal(t, 1, j.Model().Seq(), "judged with at once")
	save(t, j, &s, now+1000)
	m, err := learn.FromTree(s.tree)
	require.NoError(t, err)
	assert.True(t, m.HasDecision(p.ID))
	assert.Equal(t, ahead.Epoch(), m.Epoch())
}

// An item forgotten on the decision log page (ForgetAt) while a decision
// with it waits to be saved, or after another tab saved one the page had
// not read: the decision is saved (it counts), the item stays forgotten.
// A decision taken after the forget brings it back.
func TestJournalForgottenStaysForgotten(t *testing.T) {
	const at = 1_700_000_000_000
	idOf := func(m *learn.Model, label string) string {
		for _, it := range m.List() {
			if it.Label == label {
				return it.ID
			}
		}
		return ""
	}
	for _, tc := range []struct {
		name  string
		saved bool // the decision was saved before the page forgot, on a state read before it
		after bool // a decision with the item taken after the forget
	}{
		{"pending when forgotten", false, false},
		{"written over, saved again", true, false},
		{"a decision after the forget", false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s storage
			j := learn.NewJournal()
			add(t, j, pitch1, ignore, at)
			save(t, j, &s, at+1)
			read := s.tree // what the page read
			d := add(t, j, pitch2, ignore, at+10)
			if tc.saved {
				save(t, j, &s, at+11)
			}
			page, err := learn.FromTree(read)
			require.NoError(t, err)
			id := idOf(page, "agency")
			require.NotEmpty(t, id, "pitch1 taught agency")
			require.True(t, page.ForgetAt(id, at+20))
			s.set(t, page)
			_, err = j.Changed(s.tree, false, at+21)
			require.NoError(t, err)
			var later learn.Pending
			if tc.after {
				later = add(t, j, pitch3, ignore, at+30)
			}
			save(t, j, &s, at+40)

			m, err := learn.FromTree(s.tree)
			require.NoError(t, err)
			assert.True(t, m.HasDecision(d.ID), "the decision is saved")
			assert.Equal(t, map[bool]int{false: 2, true: 3}[tc.after], m.Seq())
			if tc.after {
				assert.True(t, m.HasDecision(later.ID))
				assert.Equal(t, id, idOf(m, "agency"), "a decision after the forget teaches it again")
			} else {
				assert.Empty(t, idOf(m, "agency"), "the item stays forgotten")
				assert.NotEmpty(t, idOf(m, "quick call"), "what else the decision taught is kept")
				assert.Empty(t, idOf(j.Model(), "agency"), "and judging does not use it")
			}
		})
	}
}
