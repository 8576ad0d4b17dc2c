//go:build js && wasm && legacy && !pages

package main

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/render"
	"github.com/vetted/vetted/core/verdict"
)

// label looks a key up in a table; without one, the fallback is shown.
func label(key, fallback string) string {
	if key == "" {
		return fallback
	}
	return tr(key, fallback)
}

// The labels' message keys and English fallbacks are core/render's, the
// same as the shell's.
func typeLabel(t verdict.Type) string          { return labelOf(render.TypeLabel(t)) }
func recLabel(r verdict.Recommendation) string { return labelOf(render.RecLabel(r)) }
func levelLabel(l verdict.Level) string        { return labelOf(render.LevelLabel(l)) }
func actionLabel(k action.Kind) string         { return labelOf(render.ActionLabel(k)) }

// labelOf looks up a label's message, with its fallback.
func labelOf(t render.Text) string { return label(t.Key, t.Fallback) }

// chipLabel is the chip's text: "Recruiter — review, then accept".
func chipLabel(v *verdict.Verdict) string {
	return tr("badgeChip", "$1 — $2", typeLabel(v.Type), lowerFirst(recLabel(v.Recommendation)))
}

// lowerFirst lower-cases the first letter (the recommendation inside the
// chip's sentence).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// chipAria is the chip's accessible name (DOM contract).
func chipAria(v *verdict.Verdict) string {
	return tr("badgeChipAria", "Vetted: $1. Show why.", chipLabel(v))
}

// details is the level, score and flag count, for the chip's tooltip.
func details(v *verdict.Verdict) string {
	lv, score := levelLabel(v.Level), strconv.Itoa(v.Score)
	switch n := len(v.Flags); n {
	case 0:
		return tr("badgeDetails", "$1, risk $2 of 100", lv, score)
	case 1:
		return tr("badgeDetailsOneFlag", "$1, risk $2 of 100, 1 red flag", lv, score)
	default:
		return tr("badgeDetailsFlags", "$1, risk $2 of 100, $3 red flags", lv, score, strconv.Itoa(n))
	}
}
