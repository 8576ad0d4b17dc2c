package train

import (
	"math"

	"github.com/vetted/vetted/core/notemodel"
)

// Model quantizes the weights to the run-time model: one scale per class,
// each weight rounded to a whole number of it from -Levels to Levels (at
// most 127: a signed byte). Fewer levels make weights.go compress better
// in core.wasm.
func (w *Weights) Model() *notemodel.Model {
	const C = notemodel.NumClasses
	m := notemodel.NewModel(len(w.Feats))
	m.Norm = w.Norm
	m.Temp = float32(w.Temp)
	levels := float64(w.Levels)
	if w.Levels <= 0 || w.Levels > 127 {
		levels = 127
	}
	var top [C]float64
	for _, v := range w.W {
		for c := range v {
			top[c] = math.Max(top[c], math.Abs(v[c]))
		}
	}
	for c := range m.Scale {
		m.Bias[c] = float32(w.Bias[c])
		m.Scale[c] = float32(top[c] / levels)
		if top[c] == 0 {
			m.Scale[c] = 1
		}
	}
	for i, f := range w.Feats {
		var q [C]int8
		for c := range q {
			q[c] = int8(math.Round(w.W[i][c] / float64(m.Scale[c])))
		}
		if err := m.Set(f, q); err != nil {
			panic(err) // NewModel made room for every feature
		}
	}
	return m
}
