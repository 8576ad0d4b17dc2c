package notemodel

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFiller(t *testing.T) {
	for _, l := range fillers {
		for _, f := range l {
			assert.True(t, filler(f), f)
		}
	}
	for w, want := range map[string]bool{"a": true, "to": true, "thee": false, "crab": false, "crypto": false, "und": true, "und ": false, "": true, "earns": false} {
		assert.Equal(t, want, filler(w), w)
	}
}
