package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/verdict"
)

// missKind sorts one disagreement after 50 decisions: what the user does,
// the note's label, the recommendation with what was learnt and without,
// the way the card leans by it, and the scam evidence on the card.
func missKind(do, label string, with, without verdict.Verdict, r learn.Result) string {
	lean := [...]string{"no lean", "lean accept", "lean ignore"}[r.Lean]
	if r.Overall {
		lean += " (overall)"
	}
	ev := "no scam points"
	for _, f := range with.Flags {
		if f.ID == "note-model" && f.Points > 0 {
			ev = fmt.Sprintf("note model %s %d %%", f.Class, f.Percent/10*10)
			if f.Percent >= 70 {
				ev = "note model scam (danger band)"
			}
		}
	}
	var ids []string
	for _, f := range with.Flags {
		if f.Points > 0 && f.ID != "note-model" {
			ids = append(ids, f.ID)
		}
	}
	return fmt.Sprintf("%-6s %-14s with %-14s without %-14s %-22s %-28s %s", do, label, with.Recommendation, without.Recommendation, lean, ev, strings.Join(ids, ","))
}

// writeMisses writes one user's disagreements, most frequent first.
func writeMisses(b *strings.Builder, user string, why map[string]int) {
	keys := make([]string, 0, len(why))
	total := 0
	for k, n := range why {
		keys = append(keys, k)
		total += n
	}
	slices.SortFunc(keys, func(a, b string) int {
		if why[a] != why[b] {
			return why[b] - why[a]
		}
		return strings.Compare(a, b)
	})
	fmt.Fprintf(b, "%s: %d disagreements after 50 decisions (over %d orders)\n", user, total, orders)
	for _, k := range keys {
		fmt.Fprintf(b, "  %4d  %s\n", why[k], k)
	}
}
