package train

import (
	"cmp"
	"math"
	"runtime"
	"slices"
	"sync"

	"github.com/vetted/vetted/core/notemodel"
)

// Folds gives each example a fold in [0, k), keeping every source's
// examples in one fold: sources in order of a hash of their name, each to
// the fold with the fewest examples so far (ties to the lowest fold).
func Folds(ex []Example, k int) []int {
	count := map[string]int{}
	var sources []string
	for i := range ex {
		if count[ex[i].Source] == 0 {
			sources = append(sources, ex[i].Source)
		}
		count[ex[i].Source]++
	}
	slices.SortFunc(sources, func(a, b string) int {
		return cmp.Or(cmp.Compare(fnv(a), fnv(b)), cmp.Compare(a, b))
	})
	size := make([]int, k)
	fold := map[string]int{}
	for _, s := range sources {
		best := 0
		for f := 1; f < k; f++ {
			if size[f] < size[best] {
				best = f
			}
		}
		fold[s] = best
		size[best] += count[s]
	}
	out := make([]int, len(ex))
	for i := range ex {
		out[i] = fold[ex[i].Source]
	}
	return out
}

// fnv is FNV-1a of s.
func fnv(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// OutOfFold returns, for each example of ex, its raw scores from weights
// trained on the other folds of ex plus all of extra (notes that are
// always training data, such as the team's own).
//
// The folds are trained side by side (Parallel); each writes only its own
// examples' scores, so the result is the same as one after the other.
func OutOfFold(ex, extra []Example, k int, opt Options) [][notemodel.NumClasses]float64 {
	folds := Folds(ex, k)
	out := make([][notemodel.NumClasses]float64, len(ex))
	Parallel(k, func(f int) {
		var tr []Example
		for i := range ex {
			if folds[i] != f {
				tr = append(tr, ex[i])
			}
		}
		tr = append(tr, extra...)
		w := Fit(tr, opt)
		for i := range ex {
			if folds[i] == f {
				out[i] = w.Scores(&ex[i])
			}
		}
	})
	return out
}

// Parallel calls do(0) to do(n-1), at most GOMAXPROCS at a time, and
// returns when all have returned.
func Parallel(n int, do func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(n, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				do(i)
			}
		}()
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// FitTemp returns the temperature, from 0.25 to 8, that gives scores the
// smallest log loss on their true classes.
func FitTemp(scores [][notemodel.NumClasses]float64, ex []Example) float64 {
	best, bestLoss := 1.0, math.Inf(1)
	for t := 0.25; t <= 8.0001; t *= 1.05 {
		loss := LogLoss(scores, ex, t)
		if loss < bestLoss {
			best, bestLoss = t, loss
		}
	}
	return best
}

// LogLoss is the mean negative log probability of the true classes at
// temperature t.
func LogLoss(scores [][notemodel.NumClasses]float64, ex []Example, t float64) float64 {
	loss := 0.0
	for i, z := range scores {
		for c := range z {
			z[c] /= t
		}
		p := probs(z)
		loss -= math.Log(math.Max(p[ex[i].Class], 1e-12))
	}
	return loss / float64(len(scores))
}

// Train fits weights on ex and extra with opt and calibrates their
// temperature on ex by k-fold cross-validation grouped by source (when
// k > 1), extra being training data in every fold.
func Train(ex, extra []Example, opt Options, k int) *Weights {
	w := Fit(append(slices.Clip(ex), extra...), opt)
	if k > 1 {
		w.Temp = FitTemp(OutOfFold(ex, extra, k, opt), ex)
	}
	return w
}
