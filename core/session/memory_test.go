package session_test

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/session"
)

// The hosted core serves every tab for as long as the browser runs: what
// it keeps between requests must not grow with the pages it has judged.
// One Env (as wasm/main.go keeps) scans six different 1,000-card pages,
// as tabs opened and closed one after another, twice each; the live
// heap after each page (after a collection) stays within a bound that
// does not depend on how many pages came before: what judging keeps of
// notes and learnt judgements is capped (flag's memos, 1,024 each), and
// nothing of a page outlives its requests.
func TestScansKeepNothingOfPagesGone(t *testing.T) {
	if testing.Short() {
		t.Skip("six 1,000-card pages")
	}
	const url = "https://www.linkedin.com/mynetwork/invitation-manager/received/"
	e := env()
	live := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var after []uint64
	for p := range 6 {
		tree := pageSnapshot(t, 1+p*1000, 1000)
		for range 2 {
			res, err := session.ScanPage(e, &session.Request{URL: url, Lang: "en", Tree: tree})
			require.NoError(t, err)
			require.Len(t, res.Cards, 1000)
		}
		tree = ""
		after = append(after, live())
	}
	t.Logf("live heap after each page, KB: %v", kb(after))
	// The first page fills the caps (1,000 notes); later pages replace
	// what is kept, never add to it (a page that left 256 bytes a card
	// behind would cross the bound by the last page).
	bound := max(after[0], after[1]) + 1<<20
	for i, n := range after[2:] {
		assert.LessOrEqual(t, n, bound, "page %d: %d KB live, more than the first pages' %d KB", i+3, n>>10, bound>>10)
	}
	assert.Less(t, after[len(after)-1], uint64(16<<20), "what the core keeps between requests")
}

func kb(xs []uint64) []uint64 {
	out := make([]uint64, len(xs))
	for i, x := range xs {
		out[i] = x >> 10
	}
	return out
}
