package flag

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGerman(t *testing.T) {
	for _, lang := range []string{"de", "DE", "de-DE", "de-AT", "de_CH", "De-li"} {
		assert.True(t, German(lang), lang)
	}
	for _, lang := range []string{"", "d", "en", "en-US", "en_GB", "fr", "nl-BE", "dea", "del", "e-de", "pt-BR"} {
		assert.False(t, German(lang), lang)
	}
}

func TestTitleAndDocIn(t *testing.T) {
	r := NoMutuals
	for _, lang := range []string{"de", "de-DE", "de_AT"} {
		assert.Equal(t, "Keine gemeinsamen Kontakte", r.TitleIn(lang), lang)
		assert.Equal(t, noMutualsDoc.DE, r.DocIn(lang), lang)
	}
	for _, lang := range []string{"", "en", "en-GB", "fr", "ja"} {
		assert.Equal(t, "No mutual connections", r.TitleIn(lang), lang)
		assert.Equal(t, noMutualsDoc.EN, r.DocIn(lang), lang)
	}
	// A rule without German shows English everywhere; one docs does not
	// list has no doc.
	en := &Rule{ID: "x", Title: "Title"}
	assert.Equal(t, "Title", en.TitleIn("de"))
	assert.Equal(t, "", en.DocIn("de"))
	assert.Equal(t, "", en.DocIn("en"))
}
