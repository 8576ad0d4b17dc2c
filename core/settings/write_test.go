package settings

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Replaces names each field of stored settings that does not validate
// once, and nothing when they are absent, valid (a newer version's kept)
// or only hold an earlier version's limit.
func TestReplaces(t *testing.T) {
	for _, tt := range []struct {
		stored string
		want   []string
	}{
		{`null`, nil},
		{`{"strictness":"strict","auto_archive":{"days":30}}`, nil},
		{`{"ledger_limit":50000}`, nil},
		{`{"strictness":"paranoid","trusted":["ftp://x","ftp://y"],"auto_archive":true}`, []string{"trusted", "strictness"}},
	} {
		assert.Equal(t, tt.want, Replaces(parse(t, tt.stored), knownRules), tt.stored)
	}
}

// WithLimit writes the limit into the stored settings as they are, a
// newer version's included, and refuses a limit or settings that do not
// validate; the stored tree is not changed.
func TestWithLimit(t *testing.T) {
	stored := parse(t, `{"strictness":"strict","auto_archive":{"days":30},"ledger_limit":500}`)
	got, err := WithLimit(stored, 2000.0, knownRules)
	require.NoError(t, err)
	assert.Equal(t, parse(t, `{"strictness":"strict","auto_archive":{"days":30},"ledger_limit":2000}`), any(got))
	assert.Equal(t, parse(t, `{"strictness":"strict","auto_archive":{"days":30},"ledger_limit":500}`), stored, "stored is not changed")

	got, err = WithLimit(nil, 2000.0, knownRules)
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"ledger_limit": 2000.0}, got)

	for _, tt := range []struct {
		stored any
		limit  any
		err    string
	}{
		{stored, 50000.0, "ledger_limit: must be between 100 and 15000"},
		{stored, "many", "ledger_limit: must be a whole number"},
		{parse(t, `{"strictness":"paranoid"}`), 2000.0, "strictness"},
	} {
		_, err := WithLimit(tt.stored, tt.limit, knownRules)
		require.Error(t, err, tt.limit)
		assert.Contains(t, err.Error(), tt.err)
	}
}

// Writable reads stored settings as a page that writes them takes them:
// none are the defaults, a newer version's are no problem, an earlier
// version's limit is.
func TestWritable(t *testing.T) {
	s, err := Writable(nil, knownRules)
	require.NoError(t, err)
	assert.Equal(t, Defaults().LedgerLimit, s.LedgerLimit)
	s, err = Writable(parse(t, `{"ledger_limit":800,"auto_archive":true}`), knownRules)
	require.NoError(t, err)
	assert.Equal(t, 800, s.LedgerLimit)
	_, err = Writable(parse(t, `{"ledger_limit":50000}`), knownRules)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ledger_limit")
	_, err = Writable(parse(t, `{"strictness":"paranoid"}`), knownRules)
	require.Error(t, err)
}
