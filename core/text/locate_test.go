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

// TestLocateAtMatchesMapping checks the streaming LocateAt against a
// Mapping's Span for every span of a few tricky texts.
func TestLocateAtMatchesMapping(t *testing.T) {
	for _, s := range []string{"", " ", "a ", "  GUARANTEED   Returns ", "Whats\u200bАpp !", "Straße…", "x\u200b \u200b", "end  \u200b", "Hi,  ME-too!!  ok. ", "a\tb  \n c", "  Ünïcode  AND ascii  "} {
		var m Mapping
		m.Reset(s)
		l := NewLocator(s) // one Locator for all spans: forwards and back
		for at := -1; at <= len(m.Folded)+1; at++ {
			for n := 0; at+n <= len(m.Folded)+2; n++ {
				i, j, ok := LocateAt(s, at, n)
				mi, mj, mok := m.Span(at, n)
				assert.Equal(t, [3]any{mi, mj, mok}, [3]any{i, j, ok}, "%q at %d n %d", s, at, n)
				li, lj, lok := l.Span(at, n)
				assert.Equal(t, [3]any{mi, mj, mok}, [3]any{li, lj, lok}, "Locator: %q at %d n %d", s, at, n)
			}
		}
	}
}

func FuzzLocate(f *testing.F) {
	f.Add("Add me on Whats\u200bАpp", 3, 4)
	f.Add("end  \u200b", 2, 2)
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
		i, j, ok := LocateAt(s, at, n)
		if ok && (i < 0 || j > len(s) || i > j) {
			t.Fatalf("bad span %d %d", i, j)
		}
		mi, mj, mok := m.Span(at, n)
		if i != mi || j != mj || ok != mok {
			t.Fatalf("LocateAt(%q, %d, %d) = %d %d %v, Mapping.Span = %d %d %v", s, at, n, i, j, ok, mi, mj, mok)
		}
	})
}
