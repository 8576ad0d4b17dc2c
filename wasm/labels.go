//go:build js && wasm

package main

import (
	"strconv"

	"github.com/vetted/vetted/core/verdict"
)

// chipLabel is the chip's text: "Recruiter — review, then accept".
func chipLabel(v *verdict.Verdict) string { return v.Summary() }

// chipAria is the chip's accessible name (DOM contract).
func chipAria(v *verdict.Verdict) string { return "Vetted: " + v.Summary() + ". Show why." }

// details is the level, score and flag count, for the chip's tooltip and
// the explanation.
func details(v *verdict.Verdict) string {
	s := v.Level.Label() + ", risk " + strconv.Itoa(v.Score) + " of 100"
	if n := len(v.Flags); n == 1 {
		s += ", 1 red flag"
	} else if n > 1 {
		s += ", " + strconv.Itoa(n) + " red flags"
	}
	return s
}
