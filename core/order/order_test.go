package order

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

type pair struct{ k, seq int }

func TestSortAndStableAgreeWithSlices(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 2, 7, 12, 13, 50, 1000} {
		words := make([]string, n)
		pairs := make([]pair, n)
		for i := range words {
			words[i] = string(rune('a' + r.IntN(26)))
			pairs[i] = pair{r.IntN(5), i}
		}
		gotWords, wantWords := slices.Clone(words), slices.Clone(words)
		Sort(gotWords, strings.Compare)
		slices.Sort(wantWords)
		assert.Equal(t, wantWords, gotWords, n)

		byKey := func(a, b pair) int { return a.k - b.k }
		gotPairs, wantPairs := slices.Clone(pairs), slices.Clone(pairs)
		Stable(gotPairs, byKey)
		slices.SortStableFunc(wantPairs, byKey)
		assert.Equal(t, wantPairs, gotPairs, "equal keys keep their order (%d)", n)

		gotPairs = slices.Clone(pairs)
		Sort(gotPairs, byKey)
		assert.True(t, slices.IsSortedFunc(gotPairs, byKey), n)
		assert.ElementsMatch(t, pairs, gotPairs)
	}
}
