package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestLocate(t *testing.T) {
	tests := []struct {
		s, phrase, want string
	}{
		{"Add me on WhatsApp +44", "whatsapp", "WhatsApp"},
		{"Add me on Whats\u200bАpp!", "whatsapp", "Whats\u200bАpp"},
		{"  GUARANTEED   Returns ", "guaranteed returns", "GUARANTEED   Returns"},
		{"Straße", "strasse", "Straße"},
		{"𝐂𝐫𝐲𝐩𝐭𝐨 now", "crypto", "𝐂𝐫𝐲𝐩𝐭𝐨"},
		{"wait…", "wait...", "wait…"},
		{"telegraph", "telegram", ""},
	}
	for _, tt := range tests {
		t.Run(tt.s, func(t *testing.T) {
			i, j, ok := Locate(tt.s, tt.phrase)
			if tt.want == "" {
				assert.False(t, ok)
				return
			}
			assert.True(t, ok)
			assert.Equal(t, tt.want, tt.s[i:j])
		})
	}
}

func FuzzLocate(f *testing.F) {
	f.Add("Add me on Whats\u200bАpp", 3, 4)
	f.Fuzz(func(t *testing.T, s string, at, n int) {
		var m Mapping
		m.Reset("some earlier text to reuse storage")
		m.Reset(s)
		if m.Folded != Fold(s) {
			t.Fatalf("Mapping(%q) = %q, Fold = %q", s, m.Folded, Fold(s))
		}
		if len(m.from) != len(m.Folded) || len(m.to) != len(m.Folded) {
			t.Fatal("offset lengths")
		}
		if got := string(AppendFold([]byte("x"), s)); got != "x"+Fold(s) {
			t.Fatalf("AppendFold(%q) = %q", s, got)
		}
		if i, j, ok := LocateAt(s, at, n); ok && (i < 0 || j > len(s) || i > j) {
			t.Fatalf("bad span %d %d", i, j)
		}
	})
}
