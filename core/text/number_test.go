package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDigits(t *testing.T) {
	for in, want := range map[string]int{"0": 0, "7": 7, "42": 42, "1000": 1000, "007": 7} {
		n, ok := Digits(in, 1000)
		assert.True(t, ok, in)
		assert.Equal(t, want, n, in)
	}
	for _, in := range []string{"", "-1", "+1", " 1", "1 ", "1.5", "1,000", "1001", "99999999999999999999999", "١"} {
		_, ok := Digits(in, 1000)
		assert.False(t, ok, in)
	}
}
