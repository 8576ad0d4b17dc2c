package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestQuote(t *testing.T) {
	tests := []struct {
		name, in string
		max      int
		want     string
	}{
		{"short", "add me on WhatsApp", 40, "add me on WhatsApp"},
		{"collapse", "  add\n\tme  ", 40, "add me"},
		{"cut", "add me on WhatsApp +44 7700", 12, "add me on W…"},
		{"cut before space", "add me on WhatsApp", 10, "add me on…"},
		{"exact fit", "abcdef", 6, "abcdef"},
		{"exact fit trailing space", "abcdef   ", 6, "abcdef"},
		{"one over", "abcdefg", 6, "abcde…"},
		{"max one", "abc", 1, "…"},
		{"no limit", "abc  def", 0, "abc def"},
		{"bidi and zero width removed", "\u202eevil\u202c Wh\u200batsApp", 40, "evil WhatsApp"},
		{"keeps case and accents", "Élodie  Müller", 40, "Élodie Müller"},
		{"runes not bytes", "ééééé", 3, "éé…"},
		{"invalid utf-8", "a\xffb", 10, "ab"},
		{"markup is text", "<script>alert(1)</script>", 10, "<script>a…"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Quote(tt.in, tt.max)
			assert.Equal(t, tt.want, got)
			assert.True(t, utf8.ValidString(got))
			if tt.max > 0 {
				assert.LessOrEqual(t, utf8.RuneCountInString(got), tt.max)
			}
		})
	}
}

func TestQuoteLong(t *testing.T) {
	got := Quote(strings.Repeat("word ", 3000), 60)
	assert.Equal(t, 60, utf8.RuneCountInString(got))
	assert.True(t, strings.HasSuffix(got, "…"))
	assert.Equal(t, "a b", Clean(" a \u200b b "))
}
