package learn

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scanReported is find without the filter: the latest matching entry.
func scanReported(m *Model, note bool, s string) (Reported, bool) {
	h := hash64(s)
	for i := len(m.reported) - 1; i >= 0; i-- {
		if r := m.reported[i]; r.Note == note && r.Hash == h {
			return r, true
		}
	}
	return Reported{}, false
}

// TestReportedFilterKeepsUp checks that the filter in front of the
// reported entries finds every entry after reports, the oldest entries
// going past MaxReported, Forget and a round trip through the state's
// tree, and turns away the rest.
func TestReportedFilterKeepsUp(t *testing.T) {
	m := New()
	note := func(i int) string { return "a note long enough to be remembered, number " + strconv.Itoa(i) }
	sender := func(i int) string { return "k:urn:li:invitation:" + strconv.Itoa(i) }
	const n = MaxReported // two entries each: the first half go again
	for i := 0; i < n; i++ {
		s := Sample{Note: note(i), Sender: sender(i), Name: "Sender " + strconv.Itoa(i)}
		require.NoError(t, m.Record(&s, Decision{Action: ActionReport}))
	}
	check := func(m *Model) {
		t.Helper()
		found := 0
		for i := 0; i < n+20; i++ {
			for _, q := range []struct {
				note bool
				s    string
			}{{false, sender(i)}, {true, note(i)}} {
				want, wok := scanReported(m, q.note, q.s)
				var got Reported
				var ok bool
				if q.note {
					got, ok = m.ReportedNote(q.s)
				} else {
					got, ok = m.ReportedSender(q.s)
					for _, cut := range []int{0, 2, len(q.s)} {
						of, ofOK := m.ReportedSenderOf(q.s[:cut], q.s[cut:])
						require.Equal(t, ok, ofOK, "%q in two at %d", q.s, cut)
						assert.Equal(t, got, of)
					}
				}
				require.Equal(t, wok, ok, "%q", q.s)
				assert.Equal(t, want, got)
				if ok {
					found++
				}
			}
		}
		assert.Equal(t, len(m.reported), found)
	}
	check(m)
	assert.Len(t, m.reported, MaxReported)

	for _, r := range m.ReportedList()[:10] {
		require.True(t, m.Forget(r.ID()))
	}
	check(m)

	back, err := FromTree(m.Tree())
	require.NoError(t, err)
	check(back)
	_, ok := back.ReportedNote(note(n - 1))
	assert.True(t, ok)

	back.Reset()
	_, ok = back.ReportedNote(note(n - 1))
	assert.False(t, ok)
	_, ok = m.ReportedSender(strings.ToUpper(sender(n - 1)))
	assert.False(t, ok)
}
