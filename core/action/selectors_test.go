package action

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/domtree"
)

// TestSelectorsCompile: every selector of this package is one the shell's
// core (core/domtree) matches; there, an unsupported one would match
// nothing.
func TestSelectorsCompile(t *testing.T) {
	sels := append([]string{securityFrames, dialogSelectors, clickables, conversations, headings}, composerSelectors...)
	for _, s := range sels {
		assert.NoError(t, domtree.Compile(s), s)
	}
}
