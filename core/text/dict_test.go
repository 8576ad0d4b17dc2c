package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDictFind(t *testing.T) {
	money := []string{"crypto", "guaranteed returns", "$$$", "% monthly"}
	chat := []string{"whatsapp", "telegram", "t.me/"}
	d := NewDict(money, chat)
	tests := []struct {
		text string
		want []Match
	}{
		{"", nil},
		{"cryptography at telegraph", nil},
		{"crypto on telegram", []Match{{0, 0, 0, 6}, {1, 1, 10, 18}}},
		{"earn$$$ 20% monthly via t.me/x", []Match{{0, 2, 4, 7}, {0, 3, 10, 19}, {1, 2, 24, 29}}},
		{"xt.me/x", nil},
		{"guaranteed returns!", []Match{{0, 1, 0, 18}}},
		{"guaranteed returnsx", nil},
		{"écrypto", nil},
		{"é crypto", []Match{{0, 0, 3, 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, tt.want, d.Find(tt.text, nil))
			// Find agrees with HasPhrase.
			for li, l := range [][]string{money, chat} {
				for pi, p := range l {
					found := false
					for _, m := range tt.want {
						found = found || m.List == li && m.Index == pi
					}
					assert.Equal(t, HasPhrase(tt.text, p), found, p)
				}
			}
		})
	}
	assert.Equal(t, "telegram", d.Phrase(1, 1))
	assert.Equal(t, 2, d.Lists())
}

func FuzzDict(f *testing.F) {
	lists := [][]string{{"crypto", "gift card", "$$$", "bit.ly/", "ab c"}, {"ab", "b a", "é", "cry"}}
	d := NewDict(lists...)
	f.Add("crypto gift card bit.ly/x ab b a")
	f.Fuzz(func(t *testing.T, s string) {
		s = Fold(s)
		got := map[[2]int]bool{}
		found := d.Find(s, nil)
		for _, m := range found {
			got[[2]int{m.List, m.Index}] = true
		}
		for k := 1; k < len(found); k++ {
			a, b := found[k-1], found[k]
			if a.At > b.At || a.At == b.At && (a.List > b.List || a.List == b.List && a.Index >= b.Index) {
				t.Fatalf("%q: matches out of order: %v", s, found)
			}
		}
		for li, l := range lists {
			for pi, p := range l {
				want := len(p) >= 2 && HasPhrase(s, p)
				if got[[2]int{li, pi}] != want {
					t.Fatalf("%q: phrase %q: Find %v, HasPhrase %v", s, p, got[[2]int{li, pi}], want)
				}
			}
		}
	})
}
