package text

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMixedScript(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Paypal", false},
		{"Раypal", true},
		{"Иван Петров", false},
		{"John Иванов", false},
		{"Gοοgle", true},
		{"Αθήνα", false},
		{"Wh\u200bаtsApp", true},
		{"Müller", false},
		{"ab-вг", false},
		{"", false},
		{"北京 Beijing", false},
		{"Beijing北京", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, MixedScript(tt.in))
		})
	}
}

func TestFancyAndConfusable(t *testing.T) {
	assert.True(t, Fancy("𝐉𝐨𝐡𝐧"))
	assert.True(t, Fancy("ＪＯＨＮ"))
	assert.True(t, Fancy("ᴊᴏʜɴ"))
	assert.False(t, Fancy("John Müller 🚀"))
	assert.True(t, HasConfusable("РАУРАL"))
	assert.True(t, HasConfusable("Gοοgle"))
	assert.True(t, HasConfusable("𝐉𝐨𝐡𝐧"))
	assert.False(t, HasConfusable("Łukasz Nguyễn"))
	assert.False(t, HasConfusable("Джил"))
}

func TestScriptOf(t *testing.T) {
	assert.Equal(t, Latin, ScriptOf('a'))
	assert.Equal(t, Latin, ScriptOf('é'))
	assert.Equal(t, Cyrillic, ScriptOf('ж'))
	assert.Equal(t, Greek, ScriptOf('λ'))
	assert.Equal(t, OtherScript, ScriptOf('北'))
	assert.Equal(t, NoScript, ScriptOf('1'))
}

// TestIsASCII checks IsASCII on every length up to
// 20 with one byte past ASCII at each place.
func TestIsASCII(t *testing.T) {
	for n := 0; n <= 20; n++ {
		plain := strings.Repeat("a", n)
		assert.True(t, IsASCII(plain), n)
		for i := 0; i < n; i++ {
			b := []byte(plain)
			b[i] = 0x80
			assert.False(t, IsASCII(string(b)), "%d at %d", n, i)
			b[i] = 0x7f
			assert.True(t, IsASCII(string(b)), "%d at %d", n, i)
		}
	}
}
