package notemodel_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/text"
)

// feats returns the features of a note of the given kind, folded first.
func feats(note string, kind notemodel.Kind) map[uint32]bool {
	out := map[uint32]bool{}
	notemodel.Features(text.Fold(note), nil, func(f notemodel.Feature) {
		if f.Kind == kind {
			out[f.Hash] = true
		}
	})
	return out
}

func TestCharGramsSurviveTricks(t *testing.T) {
	want := feats("crypto", notemodel.KindChars)
	require.Len(t, want, 3, "crypto has three 4-letter grams")
	for _, tc := range []struct{ name, note string }{
		{"capitals", "CRYPTO"},
		{"spaced out", "c r y p t o"},
		{"dotted", "cry.pto"},
		{"zero-width space", "cry\u200bpto"},
		{"soft hyphen and joiner", "cr\u00adyp\u200dto"},
		{"cyrillic look-alikes", "\u0441ry\u0440t\u043e"},
		{"fullwidth", "ｃｒｙｐｔｏ"},
		{"accents", "crÿptö"},
		{"digits for letters", "crypt0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := feats(tc.note, notemodel.KindChars)
			for h := range want {
				assert.True(t, got[h], "a gram of crypto is missing from %q", tc.note)
			}
		})
	}
}

func TestDigitsStayDigitsInNumbers(t *testing.T) {
	// "2024" is a number, not "2o2a": its grams differ from the letters'.
	assert.NotEqual(t, feats("2024", notemodel.KindChars), feats("zoza", notemodel.KindChars))
	assert.Equal(t, feats("b1tc0in", notemodel.KindChars), feats("bitcoin", notemodel.KindChars))
}

func TestWordsAndPairs(t *testing.T) {
	var got []notemodel.Feature
	folded := text.Fold("Quick call, next week?")
	notemodel.Features(folded, []uint32{notemodel.TagHash("url")}, func(f notemodel.Feature) {
		if f.Kind != notemodel.KindChars {
			got = append(got, f)
		}
	})
	require.Len(t, got, 4+3+1, "four words, three pairs, one tag")
	assert.Equal(t, notemodel.WordHash("quick"), got[0].Hash)
	assert.Equal(t, "quick", folded[got[0].Start:got[0].End])
	assert.Equal(t, notemodel.KindPair, got[2].Kind)
	assert.Equal(t, "quick call", folded[got[2].Start:got[2].End])
	assert.Equal(t, notemodel.Feature{Hash: notemodel.TagHash("url"), Kind: notemodel.KindTag}, got[len(got)-1])
}

func TestFeaturesAreBounded(t *testing.T) {
	n := 0
	notemodel.Features(text.Fold(strings.Repeat("abcdefgh ", 20000)), nil, func(notemodel.Feature) { n++ })
	assert.Less(t, n, 3000, "a 180,000-letter note costs no more than a long real one")
	assert.NotPanics(t, func() {
		notemodel.Features(string([]byte{0xff, 0xfe, 'a', 0xc3}), nil, func(notemodel.Feature) {})
		notemodel.Features("", nil, func(notemodel.Feature) {})
	})
}

func TestTags(t *testing.T) {
	tags := func(note string) map[uint32]bool {
		out := map[uint32]bool{}
		for _, h := range notemodel.Tags(text.Fold(note), nil) {
			out[h] = true
		}
		return out
	}
	for _, tc := range []struct {
		note string
		tag  string
		has  bool
	}{
		{"see bit.ly/abc", "url", true},
		{"write to jo.smith@gmail.com", "email", true},
		{"call +44 7700 900123", "phone", true},
		{"ping @crypto_jane", "handle", true},
		{"earn $500 a day", "amount", true},
		{"earn €500 a day", "amount", true},
		{"30% weekly", "percent", true},
		{"Hi", "len:1", true},
		{"", "len:0", true},
		{"Node.js and Go", "url", false},
		{"room 101", "amount", false},
		{"mail me at jo@", "handle", false},
		{"Bitcoin on Telegram", "cx:crypto+messenger", true},
	} {
		assert.Equal(t, tc.has, tags(tc.note)[notemodel.TagHash(tc.tag)], "%q %s", tc.note, tc.tag)
	}
}
