package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestHasPhrase(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"add me on telegram", "telegram", true},
		{"telegraph media group", "telegram", false},
		{"sales engineer at acme", "sales", true},
		{"wholesales manager", "sales", false},
		{"salesforce admin", "sales", false},
		{"quick call?", "quick call", true},
		{"a quick caller", "quick call", false},
		{"(whatsapp)", "whatsapp", true},
		{"whatsapp", "whatsapp", true},
		{"earn $$$ from home", "$$$", true},
		{"earn$$$", "$$$", true},
		{"go to bit.ly/abc", "bit.ly/", true},
		{"go to xbit.ly/abc", "bit.ly/", false},
		{"тelegram", "telegram", false},
		{"über telegram", "telegram", true},
		{"übertelegram", "telegram", false},
		{"telegramé", "telegram", false},
		{"", "x", false},
		{"x", "", false},
		{"telegraph telegram", "telegram", true},
		{"crypto", "crypto", true},
		{"cryptography", "crypto", false},
		{"ab", "abc", false},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+tt.phrase, func(t *testing.T) {
			assert.Equal(t, tt.want, HasPhrase(tt.text, tt.phrase))
		})
	}
}

func TestFindPhrase(t *testing.T) {
	list := []string{"telegram", "whatsapp", "signal"}
	p, ok := FindPhrase("ping me on whatsapp or telegram", list)
	assert.True(t, ok)
	assert.Equal(t, "telegram", p)
	_, ok = FindPhrase("signal processing engineer at telegraph", []string{"telegram", "whatsapp"})
	assert.False(t, ok)
	assert.Equal(t, 2, CountPhrases("ping me on whatsapp or telegram", list))
	assert.Equal(t, 11, PhraseAt("ping me on whatsapp", "whatsapp"))
}

func TestHasStem(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"data pipelines at acme", "data pipeline", true},
		{"data engineering manager", "data engineer", true},
		{"data engineer", "data engineer", true},
		{"analytics", "analytic", true},
		{"sqlite fan", "sql", false},
		{"mysql dba", "sql", false},
		{"sql, spark", "sql", true},
		{"dbt & sql", "dbt", true},
		{"", "sql", false},
		{"sql", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.text+"/"+tt.phrase, func(t *testing.T) {
			assert.Equal(t, tt.want, HasStem(tt.text, tt.phrase))
		})
	}
}

func TestNextWord(t *testing.T) {
	var got []string
	s := "  ada, o'connor 🚀 café2x"
	for i, j, ok := NextWord(s, 0); ok; i, j, ok = NextWord(s, j) {
		got = append(got, s[i:j])
	}
	assert.Equal(t, []string{"ada", "o", "connor", "café2x"}, got)
	_, _, ok := NextWord("--- ", 0)
	assert.False(t, ok)
	_, _, ok = NextWord("", 0)
	assert.False(t, ok)
}
