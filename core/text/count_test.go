package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCount(t *testing.T) {
	tests := []struct {
		in   string
		want Counts
	}{
		{"", Counts{}},
		{"John Smith", Counts{Runes: 10, Letters: 9, Upper: 2, Lower: 7, Words: 2, MaxRepeat: 1}},
		{"JOHN SMITH", Counts{Runes: 10, Letters: 9, Upper: 9, Words: 2, MaxRepeat: 1}},
		{"Joooohn99", Counts{Runes: 9, Letters: 7, Upper: 1, Lower: 6, Digits: 2, Words: 1, MaxRepeat: 4}},
		{"Anna 🚀🔥", Counts{Runes: 7, Letters: 4, Upper: 1, Lower: 3, Emoji: 2, Words: 1, MaxRepeat: 2}},
		{"Élodie\u200b", Counts{Runes: 6, Letters: 6, Upper: 1, Lower: 5, Words: 1, MaxRepeat: 1}},
		{"AaA", Counts{Runes: 3, Letters: 3, Upper: 2, Lower: 1, Words: 1, MaxRepeat: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, Count(tt.in))
		})
	}
}

func TestIsEmoji(t *testing.T) {
	for _, r := range "🚀🔥❤☀✅🇩" {
		assert.True(t, IsEmoji(r), string(r))
	}
	for _, r := range "aé1Ж€🅰" {
		assert.False(t, IsEmoji(r), string(r))
	}
}

func TestCountASCIIMatchesGeneral(t *testing.T) {
	for _, s := range []string{"", "John Smith", "JOHN", "Joooohn99", "a-b c_d", "x\x00y", "AaA bb  ccc", "mark.lee1987"} {
		// force the general path by adding a non-ASCII rune that counts as nothing extra
		general := Count(s + "\u200b")
		assert.Equal(t, general, countASCII(s), s)
	}
}
