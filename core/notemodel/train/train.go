package train

import (
	"cmp"
	"math"
	"slices"

	"github.com/vetted/vetted/core/notemodel"
)

// Tagger folds a note and returns its tags (notemodel.Tags and the rules'
// phrase lists found in it), as the flag rule does at run time.
type Tagger func(note string) (folded string, tags []uint32)

// Example is a note turned into features.
type Example struct {
	Feats  []uint32 // distinct feature hashes, sorted
	Counts []int32  // how often each occurs
	N      int      // features in all, repeats included
	Class  notemodel.Class
	Source string
}

// Featurize turns notes into examples.
func Featurize(notes []Note, tag Tagger) []Example {
	out := make([]Example, len(notes))
	for i := range notes {
		folded, tags := tag(notes[i].Text)
		out[i] = ExampleOf(folded, tags)
		out[i].Class = notes[i].Class()
		out[i].Source = notes[i].Source
	}
	return out
}

// ExampleOf turns one folded note and its tags into an example (without
// class or source).
func ExampleOf(folded string, tags []uint32) Example {
	var all []uint32
	notemodel.Features(folded, tags, func(f notemodel.Feature) {
		h := f.Hash
		if h == 0 {
			h = 1 // as the model stores it
		}
		all = append(all, h)
	})
	slices.Sort(all)
	e := Example{N: len(all)}
	for i := 0; i < len(all); {
		j := i
		for j < len(all) && all[j] == all[i] {
			j++
		}
		e.Feats = append(e.Feats, all[i])
		e.Counts = append(e.Counts, int32(j-i))
		i = j
	}
	return e
}

// Options choose the algorithm and its settings.
type Options struct {
	Algo        string  // "lr" (softmax logistic regression), "nb" (multinomial naive Bayes) or "lr+nb" (their scores added, nb's times Lambda)
	Lambda      float64 // lr+nb: the weight of naive Bayes's scores
	MinDF       int     // keep features found in at least this many training notes
	MaxFeatures int     // then keep the strongest this many (0: all), and for lr learn again on them
	L2          float64 // lr: the L2 penalty per weight
	Iter        int     // lr: full-batch steps
	Alpha       float64 // nb: additive smoothing
	Balance     bool    // weigh classes equally, whatever their share of the notes
	Norm        bool    // nb: divide the sums by the square root of the feature count, as lr does
	ShortBoost  float64 // lr: weigh notes of at most six words this many times more (0 or 1: the same)
	PruneDF     float64 // with MaxFeatures: rank features by their weights' spread times (notes they occur in)^PruneDF (0: the spread alone)
	Levels      int     // the quantized weights run from -Levels to Levels times a scale per class (0: 127, a whole signed byte)
}

// Defaults are the options the committed model is trained with (the
// package doc says how they were chosen).
var Defaults = Options{Algo: "lr+nb", Lambda: 0.25, MinDF: 2, L2: 1e-5, Iter: 300, Alpha: 0.5, Balance: true, Levels: 15, MaxFeatures: 4500, PruneDF: 0.5}

// Weights are a trained model in full precision.
type Weights struct {
	Feats []uint32                        // sorted
	W     [][notemodel.NumClasses]float64 // per feature
	Bias  [notemodel.NumClasses]float64
	Norm  bool
	Temp  float64

	Levels int // quantization (Options.Levels)
}

// Fit trains weights on examples.
func Fit(ex []Example, opt Options) *Weights {
	feats := selectFeatures(ex, opt.MinDF)
	w := fit(ex, feats, opt)
	if opt.MaxFeatures > 0 && len(w.Feats) > opt.MaxFeatures {
		var df map[uint32]int
		if opt.PruneDF != 0 {
			df = docFreq(ex)
		}
		w.prune(opt.MaxFeatures, df, opt.PruneDF)
		if opt.Algo != "nb" {
			// Logistic regression learns again on the kept features alone,
			// so that they take up what the dropped ones carried.
			w = fit(ex, w.Feats, opt)
		}
	}
	return w
}

// fit trains the algorithm of opt on the features feats.
func fit(ex []Example, feats []uint32, opt Options) *Weights {
	var w *Weights
	switch opt.Algo {
	case "nb":
		w = fitNB(ex, feats, opt)
	case "lr+nb":
		// Both are linear in the same features with the same scaling, so
		// their sum is one linear model.
		nb := opt
		nb.Norm = true
		w = fitLR(ex, feats, opt)
		b := fitNB(ex, feats, nb)
		for i := range w.W {
			for c := range w.W[i] {
				w.W[i][c] += opt.Lambda * b.W[i][c]
			}
		}
		for c := range w.Bias {
			w.Bias[c] += opt.Lambda * b.Bias[c]
		}
	default:
		w = fitLR(ex, feats, opt)
	}
	w.Temp = 1
	w.Levels = opt.Levels
	return w
}

// docFreq counts the examples each feature occurs in.
func docFreq(ex []Example) map[uint32]int {
	df := map[uint32]int{}
	for i := range ex {
		for _, f := range ex[i].Feats {
			df[f]++
		}
	}
	return df
}

// selectFeatures returns the sorted features found in at least minDF
// examples.
func selectFeatures(ex []Example, minDF int) []uint32 {
	df := docFreq(ex)
	var out []uint32
	for f, n := range df {
		if n >= minDF {
			out = append(out, f)
		}
	}
	slices.Sort(out)
	return out
}

// index maps each example's features to positions in feats (-1: not
// kept).
func index(ex []Example, feats []uint32) [][]int32 {
	pos := make(map[uint32]int32, len(feats))
	for i, f := range feats {
		pos[f] = int32(i)
	}
	out := make([][]int32, len(ex))
	for i := range ex {
		idx := make([]int32, len(ex[i].Feats))
		for k, f := range ex[i].Feats {
			p, ok := pos[f]
			if !ok {
				p = -1
			}
			idx[k] = p
		}
		out[i] = idx
	}
	return out
}

// classWeights returns each example's weight: 1, or with balance the
// inverse of its class's share so that every class weighs the same.
func classWeights(ex []Example, balance bool) []float64 {
	var n [notemodel.NumClasses]int
	for i := range ex {
		n[ex[i].Class]++
	}
	present := 0
	for _, v := range n {
		if v > 0 {
			present++
		}
	}
	out := make([]float64, len(ex))
	for i := range ex {
		out[i] = 1
		if balance {
			out[i] = float64(len(ex)) / float64(present*n[ex[i].Class])
		}
	}
	return out
}

// fitLR trains softmax logistic regression with an L2 penalty by Adam on
// the full batch: deterministic, as every sum runs in the same order.
func fitLR(ex []Example, feats []uint32, opt Options) *Weights {
	const C = notemodel.NumClasses
	idx := index(ex, feats)
	sw := classWeights(ex, opt.Balance)
	if opt.ShortBoost > 0 {
		short := notemodel.TagHash("len:1")
		for i := range ex {
			if _, ok := slices.BinarySearch(ex[i].Feats, short); ok {
				sw[i] *= opt.ShortBoost
			}
		}
	}
	total := 0.0
	for _, v := range sw {
		total += v
	}
	F := len(feats)
	W := make([][C]float64, F)
	var b [C]float64
	gW := make([][C]float64, F)
	mW := make([][C]float64, F)
	vW := make([][C]float64, F)
	var gb, mb, vb [C]float64
	const lr, beta1, beta2, eps = 0.05, 0.9, 0.999, 1e-8
	iter := opt.Iter
	if iter <= 0 {
		iter = 300
	}
	for t := 1; t <= iter; t++ {
		for f := range gW {
			gW[f] = [C]float64{}
		}
		gb = [C]float64{}
		for i := range ex {
			e := &ex[i]
			scale := 1 / math.Sqrt(float64(max(e.N, 1)))
			z := b
			for k, p := range idx[i] {
				if p < 0 {
					continue
				}
				x := float64(e.Counts[k]) * scale
				for c := 0; c < C; c++ {
					z[c] += W[p][c] * x
				}
			}
			pr := probs(z)
			pr[e.Class] -= 1
			wt := sw[i] / total
			for c := 0; c < C; c++ {
				pr[c] *= wt
				gb[c] += pr[c]
			}
			for k, p := range idx[i] {
				if p < 0 {
					continue
				}
				x := float64(e.Counts[k]) * scale
				for c := 0; c < C; c++ {
					gW[p][c] += pr[c] * x
				}
			}
		}
		c1 := 1 - math.Pow(beta1, float64(t))
		c2 := 1 - math.Pow(beta2, float64(t))
		for f := 0; f < F; f++ {
			for c := 0; c < C; c++ {
				g := gW[f][c] + opt.L2*W[f][c]
				mW[f][c] = beta1*mW[f][c] + (1-beta1)*g
				vW[f][c] = beta2*vW[f][c] + (1-beta2)*g*g
				W[f][c] -= lr * (mW[f][c] / c1) / (math.Sqrt(vW[f][c]/c2) + eps)
			}
		}
		for c := 0; c < C; c++ {
			mb[c] = beta1*mb[c] + (1-beta1)*gb[c]
			vb[c] = beta2*vb[c] + (1-beta2)*gb[c]*gb[c]
			b[c] -= lr * (mb[c] / c1) / (math.Sqrt(vb[c]/c2) + eps)
		}
	}
	return &Weights{Feats: feats, W: W, Bias: b, Norm: true}
}

// fitNB trains multinomial naive Bayes: each weight is the log of the
// feature's smoothed share among its class's features, centred over the
// classes; the bias is the log prior (equal priors with balance).
func fitNB(ex []Example, feats []uint32, opt Options) *Weights {
	const C = notemodel.NumClasses
	idx := index(ex, feats)
	cnt := make([][C]float64, len(feats))
	var tot [C]float64
	var docs [C]float64
	for i := range ex {
		e := &ex[i]
		docs[e.Class]++
		for k, p := range idx[i] {
			if p < 0 {
				continue
			}
			cnt[p][e.Class] += float64(e.Counts[k])
			tot[e.Class] += float64(e.Counts[k])
		}
	}
	alpha := opt.Alpha
	if alpha <= 0 {
		alpha = 1
	}
	V := float64(len(feats))
	W := make([][C]float64, len(feats))
	for f := range W {
		mean := 0.0
		for c := 0; c < C; c++ {
			W[f][c] = math.Log((cnt[f][c] + alpha) / (tot[c] + alpha*V))
			mean += W[f][c]
		}
		for c := 0; c < C; c++ {
			W[f][c] -= mean / C
		}
	}
	var b [C]float64
	n := float64(len(ex))
	for c := 0; c < C; c++ {
		if opt.Balance || docs[c] == 0 {
			b[c] = 0
		} else {
			b[c] = math.Log(docs[c] / n)
		}
	}
	return &Weights{Feats: feats, W: W, Bias: b, Norm: opt.Norm}
}

// prune keeps the n features whose weights spread the most between
// classes, times df[feature]^alpha when df is given (ties by hash).
func (w *Weights) prune(n int, df map[uint32]int, alpha float64) {
	type fw struct {
		f    uint32
		w    [notemodel.NumClasses]float64
		span float64
	}
	all := make([]fw, len(w.Feats))
	for i, f := range w.Feats {
		lo, hi := w.W[i][0], w.W[i][0]
		for _, v := range w.W[i] {
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		all[i] = fw{f, w.W[i], hi - lo}
		if df != nil {
			all[i].span *= math.Pow(float64(max(df[f], 1)), alpha)
		}
	}
	slices.SortStableFunc(all, func(a, b fw) int {
		switch {
		case a.span > b.span:
			return -1
		case a.span < b.span:
			return 1
		}
		return cmp.Compare(a.f, b.f)
	})
	all = all[:n]
	slices.SortFunc(all, func(a, b fw) int { return cmp.Compare(a.f, b.f) })
	w.Feats = w.Feats[:0]
	w.W = w.W[:0]
	for _, a := range all {
		w.Feats = append(w.Feats, a.f)
		w.W = append(w.W, a.w)
	}
}

// Scores returns the example's raw class scores (before the temperature).
func (w *Weights) Scores(e *Example) [notemodel.NumClasses]float64 {
	z := w.Bias
	scale := 1.0
	if w.Norm {
		scale = 1 / math.Sqrt(float64(max(e.N, 1)))
	}
	for k, f := range e.Feats {
		i, ok := slices.BinarySearch(w.Feats, f)
		if !ok {
			continue
		}
		x := float64(e.Counts[k]) * scale
		for c := range z {
			z[c] += w.W[i][c] * x
		}
	}
	return z
}

// Probs returns the example's calibrated probabilities.
func (w *Weights) Probs(e *Example) [notemodel.NumClasses]float64 {
	z := w.Scores(e)
	t := w.Temp
	if !(t > 0) {
		t = 1
	}
	for c := range z {
		z[c] /= t
	}
	return probs(z)
}

// probs is the softmax of z.
func probs(z [notemodel.NumClasses]float64) [notemodel.NumClasses]float64 {
	top := z[0]
	for _, v := range z[1:] {
		top = math.Max(top, v)
	}
	sum := 0.0
	for c := range z {
		z[c] = math.Exp(z[c] - top)
		sum += z[c]
	}
	for c := range z {
		z[c] /= sum
	}
	return z
}
