package train

import (
	"math"
	"slices"

	"github.com/vetted/vetted/core/notemodel"
)

// Model quantizes the weights to the run-time model: one scale per class,
// each weight rounded to a signed byte of it (-127 to 127 times the scale,
// the largest weight at 127), or with 4-bit weights (Bits 4) to -7 to 7
// times the scale, the weight at quantile clip4 of the class's absolute
// weights at 7 and the few larger ones cut to it.
func (w *Weights) Model() *notemodel.Model {
	const C = notemodel.NumClasses
	m := notemodel.NewModel(len(w.Feats))
	m.Norm = w.Norm
	m.Temp = float32(w.Temp)
	levels, q := 127.0, 1.0
	if w.Bits == 4 {
		m.Bits, levels, q = 4, 7, clip4
	}
	for c := range m.Scale {
		top := quantileAbs(w.W, c, q)
		m.Bias[c] = float32(w.Bias[c])
		m.Scale[c] = float32(top / levels)
		if top == 0 {
			m.Scale[c] = 1
		}
	}
	for i, f := range w.Feats {
		var v [C]int8
		for c := range v {
			x := math.Round(w.W[i][c] / float64(m.Scale[c]))
			v[c] = int8(math.Max(-levels, math.Min(levels, x)))
		}
		if err := m.Set(f, v); err != nil {
			panic(err) // NewModel made room for every feature
		}
	}
	return m
}

// clip4 is the quantile of a class's absolute weights that 4-bit weights
// put at their top level: with the largest there, most weights would round
// to 0 or 1.
const clip4 = 0.995

// quantileAbs returns the quantile q (0 to 1; 1 is the largest) of the
// absolute weights of class c.
func quantileAbs(W [][notemodel.NumClasses]float64, c int, q float64) float64 {
	if len(W) == 0 {
		return 0
	}
	a := make([]float64, len(W))
	for i := range W {
		a[i] = math.Abs(W[i][c])
	}
	slices.Sort(a)
	return a[int(q*float64(len(a)-1))]
}
