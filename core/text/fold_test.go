package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"already folded", "hello world", "hello world"},
		{"case and spaces", "  Hello \t\n  WORLD  ", "hello world"},
		{"cyrillic paypal", "Раypal", "paypal"},
		{"all cyrillic look-alikes", "РАУРАL", "paypal"},
		{"cyrillic whatsapp", "WhatsАpp", "whatsapp"},
		{"cyrillic telegram", "Теlegram", "telegram"},
		{"cyrillic lower set", "а е о р с х у і ј ѕ к м н т в", "a e o p c x y i j s k m h t b"},
		{"real cyrillic stays", "Иван Петров", "иbah пetpob"},
		{"greek look-alikes", "Gοοgle ΑΡΡLΕ", "google apple"},
		{"greek lower set", "ο α ε ι κ ν ρ τ υ χ", "o a e i k v p t u x"},
		{"accents", "Élodie Müller-Løvström", "elodie muller-lovstrom"},
		{"sharp s and ligatures", "Straße Æsir Œuvre ĳs", "strasse aesir oeuvre ijs"},
		{"latin extended-a", "Łukasz Dvořák Ğül", "lukasz dvorak gul"},
		{"vietnamese", "Nguyễn Thị Ánh", "nguyen thi anh"},
		{"combining accents", "Jose\u0301", "jose"},
		{"zero width inside word", "Whats\u200bApp Tele\u200dgram", "whatsapp telegram"},
		{"soft hyphen and bom", "cryp\u00adto\ufeff", "crypto"},
		{"rtl override", "\u202egnp.exe\u202c invoice", "gnp.exe invoice"},
		{"bidi isolates", "\u2066hello\u2069 \u200fworld\u200e", "hello world"},
		{"word joiner", "bit\u2060coin", "bitcoin"},
		{"fullwidth", "ＷｈａｔｓＡｐｐ　１２３", "whatsapp 123"},
		{"math bold", "𝐉𝐨𝐡𝐧 𝐃𝐨𝐞", "john doe"},
		{"math italic and script", "𝑱𝒂𝒏𝒆 𝓢𝓶𝓲𝓽𝓱", "jane smith"},
		{"math double-struck and digits", "𝔸𝕕𝕞𝕚𝕟 𝟙𝟚𝟛 𝟒", "admin 123 4"},
		{"math sans bold", "𝗖𝗘𝗢", "ceo"},
		{"letterlike", "ℍ𝕖𝕝𝕝𝕠 ℎ", "hello h"},
		{"small caps", "ᴊᴏʜɴ ꜱᴍɪᴛʜ", "john smith"},
		{"circled", "ⓒⓡⓨⓟⓣⓞ Ⓐ", "crypto a"},
		{"squared", "🅲🆁🆈🅿🆃🅾", "crypto"},
		{"quotes and dashes", "I\u2019d \u201cnice\u201d \u2014 a\u2013b \u00abx\u00bb", "i'd \"nice\" - a-b \"x\""},
		{"ellipsis", "wait\u2026", "wait..."},
		{"backtick", "`x`", "'x'"},
		{"no-break and thin spaces", "a\u00a0b\u2009c\u3000d", "a b c d"},
		{"controls", "a\x00b\x7fc\u0085d", "a b c d"},
		{"invalid utf-8 dropped", "ab\xffcd\xc3", "abcd"},
		{"emoji kept", "Rocket 🚀 Man", "rocket 🚀 man"},
		{"dotted capital I", "İstanbul", "istanbul"},
		{"kelvin and angstrom", "\u212a\u212b", "ka"},
		{"only invisible", "\u200b\u200c\u202e", ""},
		{"hangul filler name", "\u3164", ""},
		{"variation selector", "❤\ufe0f", "❤"},
		{"superscripts", "x\u00b2 \u2075", "x2 5"},
		{"tag characters", "a\U000E0041b", "ab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Fold(tt.in)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, got, Fold(got), "idempotent")
			assert.True(t, utf8.ValidString(got))
		})
	}
}

func TestFoldLong(t *testing.T) {
	in := strings.Repeat("Contact me on Wh\u0430tsApp \u202e+44 7700 900123\u202c ", 250)
	got := Fold(in)
	assert.Greater(t, len(in), 10000)
	assert.True(t, strings.HasPrefix(got, "contact me on whatsapp +44 7700 900123 contact"))
	assert.False(t, strings.HasSuffix(got, " "))
	assert.Equal(t, got, Fold(got))
}

func TestFoldNoAllocWhenFolded(t *testing.T) {
	s := "already folded text"
	n := testing.AllocsPerRun(100, func() { _ = Fold(s) })
	assert.Zero(t, n)
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "Раypal", "𝐉𝐨𝐡𝐧", "\u202eabc", "a\xffb", "Straße", "ＷｈａｔｓＡｐｐ", "ǅ ﬃ …", " x "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, got, again)
		}
		if strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") || strings.Contains(got, "  ") {
			t.Fatalf("Fold(%q) = %q: spaces not collapsed", s, got)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	s := "Hi Sam, I’d love to connect — I help companies like Northwind grow with 15 minutes of your time. Book a demo: https://bit.ly/x"
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		_ = Fold(s)
	}
}
