package main

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/notemodel/train"
)

func TestBadAtLegit(t *testing.T) {
	var outs []outcome
	add := func(label string, p ...float32) {
		for _, x := range p {
			outs = append(outs, outcome{Note: train.Note{Label: label}, Bad: x})
		}
	}
	// 100 legitimate notes: two at 0.9, one at 0.5, the rest at 0.1.
	add("peer", 0.9, 0.9, 0.5)
	for range 97 {
		add("personal", 0.1)
	}
	add("scam", 0.95, 0.8, 0.6, 0.4)
	add("sales", 0.99) // neither bad nor legitimate
	// 2 % of 100 is two notes: the threshold is the third highest (0.5),
	// which a bad note must pass.
	at, through, legit := badAtLegit(outs, 0.02)
	assert.Equal(t, 0.75, at)
	assert.Equal(t, 2, through)
	assert.Equal(t, 100, legit)
	at, through, _ = badAtLegit(outs, 0)
	assert.Equal(t, 0.25, at)
	assert.Equal(t, 0, through)
}

func TestKeepShareIsNested(t *testing.T) {
	kept := map[float64]int{}
	for i := range 2000 {
		n := train.Note{Source: fmt.Sprintf("https://example.org/%d", i/2), Text: fmt.Sprint(i)}
		w := train.Note{Source: "written:vetted", Text: fmt.Sprint("note ", i)}
		for _, n := range []train.Note{n, w} {
			prev := false
			for _, s := range dataShares {
				k := keepShare(&n, s)
				assert.True(t, k || !prev, "a note of a smaller share is left out of a larger one")
				prev = k
				if k {
					kept[s]++
				}
			}
		}
	}
	// Pages are kept whole, the team's notes one by one, about the share.
	for _, s := range dataShares {
		assert.InDelta(t, s*4000, kept[s], 400, "share %.2f", s)
	}
	a, b := train.Note{Source: "https://example.org/p", Text: "one"}, train.Note{Source: "https://example.org/p", Text: "two"}
	assert.Equal(t, keepShare(&a, 0.5), keepShare(&b, 0.5))
}
