package main

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCommittedCodeIsFresh: core/wire/wire_gen.go is what the generator
// writes for session's types now (after a change to them: go generate ./core/wire).
func TestCommittedCodeIsFresh(t *testing.T) {
	want, err := generate()
	require.NoError(t, err)
	got, err := os.ReadFile("../../wire/wire_gen.go")
	require.NoError(t, err)
	assert.True(t, string(want) == string(got), "core/wire/wire_gen.go is stale: run go generate ./core/wire")
}

// TestGenerateIsDeterministic: two runs write the same bytes.
func TestGenerateIsDeterministic(t *testing.T) {
	a, err := generate()
	require.NoError(t, err)
	b, err := generate()
	require.NoError(t, err)
	assert.Equal(t, string(a), string(b))
}
