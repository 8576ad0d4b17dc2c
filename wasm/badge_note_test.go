//go:build js && wasm && legacy && !pages

package main

import (
	"testing"

	"github.com/vetted/vetted/core/verdict"
)

// TestNoteModelFlagLine checks that the note model's flag says on the
// badge what the note reads like and how likely, in the browser's
// language, with its quoted words.
func TestNoteModelFlagLine(t *testing.T) {
	f := verdict.Flag{ID: "note-model", Title: "The note reads like scam, sales or recruiting", Evidence: []string{`"weekly returns"`, `"my manager"`}, Class: "scam", Percent: 92}
	withLang(t, "de")
	if got, want := explainLine(flagTitle(&f), f.Evidence), "Die Nachricht klingt nach Betrug (92 %): “weekly returns”, “my manager”"; got != want {
		t.Errorf("German: %q, want %q", got, want)
	}
	withLang(t, "en")
	if got, want := explainLine(flagTitle(&f), f.Evidence), "The note reads like a scam (92 %): “weekly returns”, “my manager”"; got != want {
		t.Errorf("English: %q, want %q", got, want)
	}
	other := verdict.Flag{ID: "money-talk", Title: "Money or crypto talk"}
	if got := flagTitle(&other); got != "Money or crypto talk" {
		t.Errorf("another rule's title: %q", got)
	}
}
