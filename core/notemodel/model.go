package notemodel

import (
	"errors"
	"math"

	"github.com/vetted/vetted/core/text"
)

// Class is what a note is, as the model tells them apart.
type Class uint8

// The classes, in the order of a Result's probabilities.
const (
	Legit         Class = iota // peer, personal or plain notes: no pitch, no scam
	Scam                       // fraud: investment, romance, advance fee, phishing
	Spam                       // mass marketing: followers, backlinks, MLM
	FakeRecruiter              // a fake job offer: pay to work, task scams
	Recruiter                  // genuine recruiting
	Sales                      // prospecting and pitches
	NumClasses    = 6
)

// classNames are the classes' stable names (the training data's labels
// map to them; the CLI's JSON shows them).
var classNames = [NumClasses]string{"legit", "scam", "spam", "fake_recruiter", "recruiter", "sales"}

// String returns the class's stable name, such as "fake_recruiter".
func (c Class) String() string {
	if int(c) < NumClasses {
		return classNames[c]
	}
	return "unknown"
}

// ParseClass returns the class with this stable name.
func ParseClass(s string) (Class, bool) {
	for i, n := range classNames {
		if n == s {
			return Class(i), true
		}
	}
	return 0, false
}

// Bad reports whether the class is a danger to the user: scam, spam or a
// fake recruiter.
func (c Class) Bad() bool { return c == Scam || c == Spam || c == FakeRecruiter }

// Model is a linear classifier over a note's features: each known feature
// adds a weight per class, the sums (scaled by the number of features when
// Norm is set) plus a bias per class go through a softmax divided by the
// calibration temperature.
type Model struct {
	Bias  [NumClasses]float32
	Scale [NumClasses]float32 // a quantized weight times Scale is the weight
	Norm  bool                // divide the sums by the square root of the feature count
	Temp  float32             // calibration temperature (1 = none)

	slots  []entry  // open addressing by hash; key 0 is an empty slot
	filter []uint64 // one bit per low filterBits bits of the known hashes
	mask   uint32
	size   int
}

// entry is one slot of the table: a feature's hash and its quantized
// weights, side by side so that a lookup reads one cache line.
type entry struct {
	_   [0]func() // not comparable: no generated equality function (core.wasm's size)
	key uint32
	w   [NumClasses]int8
}

// filterBits is the size of the presence filter, 2^16 bits (8 KB, which
// stays in the L1 cache): most of a note's features are unknown, and the
// filter turns nine in ten of them away before the table is read.
const filterBits = 16

// Result is the model's judgement of one note.
type Result struct {
	_        [0]func()           // not comparable: no generated equality function (core.wasm's size)
	Probs    [NumClasses]float32 // calibrated probability of each class
	Features int                 // how many features the note gave
	Known    int                 // how many of them the model knows
}

// Best returns the most probable class and its probability.
func (r *Result) Best() (Class, float32) {
	best := Class(0)
	for c := 1; c < NumClasses; c++ {
		if r.Probs[c] > r.Probs[best] {
			best = Class(c)
		}
	}
	return best, r.Probs[best]
}

// Kind returns which of legitimate, recruiter and sales the note most
// likely is, scams aside: what kind of sender it reads like. A fake
// recruiter's probability counts as a recruiter's: the note is a job
// offer either way, and whether it is a scam is BadProb's question (on
// the corpus, cross-validated, this types 3 more of 72 recruiters'
// notes as a recruiter's and 1 of 113 sales notes fewer as sales; EVAL.md).
func (r *Result) Kind() Class {
	best := Legit
	top := r.Probs[Legit]
	if p := r.Probs[Recruiter] + r.Probs[FakeRecruiter]; p > top {
		best, top = Recruiter, p
	}
	if r.Probs[Sales] > top {
		best = Sales
	}
	return best
}

// BadProb is the probability that the note is scam, spam or a fake
// recruiter's.
func (r *Result) BadProb() float32 {
	return r.Probs[Scam] + r.Probs[Spam] + r.Probs[FakeRecruiter]
}

// Len returns how many features the model holds weights for.
func (m *Model) Len() int { return m.size }

// NewModel makes an empty model of the given capacity; Set fills it. The
// table is the smallest power of two at most three quarters full (8,192
// slots, 96 KB, for 5,000 features): twice that measured no faster.
func NewModel(capacity int) *Model {
	n := 16
	for n*3 < capacity*4 { // at most three quarters full
		n *= 2
	}
	return &Model{slots: make([]entry, n), filter: make([]uint64, 1<<filterBits/64), mask: uint32(n - 1), Temp: 1}
}

// slot returns the slot of hash h and whether it holds h.
func (m *Model) slot(h uint32) (int, bool) {
	if h == 0 {
		h = 1
	}
	i := h & m.mask
	for {
		k := m.slots[i].key
		if k == h {
			return int(i), true
		}
		if k == 0 {
			return int(i), false
		}
		i = (i + 1) & m.mask
	}
}

// lookup is slot for a hash the filter may already turn away.
func (m *Model) lookup(h uint32) (int, bool) {
	if h == 0 {
		h = 1
	}
	if m.filter[h>>6&(1<<filterBits/64-1)]&(1<<(h&63)) == 0 {
		return 0, false
	}
	return m.slot(h)
}

// errFull is returned by Set when the model has no room left.
var errFull = errors.New("notemodel: model is full")

// Set stores the quantized weights of the feature with hash h.
func (m *Model) Set(h uint32, w [NumClasses]int8) error {
	i, ok := m.slot(h)
	if !ok {
		if (m.size+1)*4 > len(m.slots)*3 {
			return errFull
		}
		if h == 0 {
			h = 1
		}
		m.slots[i].key = h
		m.filter[h>>6&(1<<filterBits/64-1)] |= 1 << (h & 63)
		m.size++
	}
	m.slots[i].w = w
	return nil
}

// Weights returns the weights of the feature with hash h, and whether the
// model knows it.
func (m *Model) Weights(h uint32) ([NumClasses]float32, bool) {
	var w [NumClasses]float32
	i, ok := m.slot(h)
	if !ok {
		return w, false
	}
	for c := range w {
		w[c] = float32(m.slots[i].w[c]) * m.Scale[c]
	}
	return w, true
}

// Judge scores a folded note (see text.Fold) with its tags.
func (m *Model) Judge(folded string, tags []uint32) Result {
	return m.JudgeTrace(folded, tags, nil)
}

// JudgeTrace is Judge that also records in tr (when not nil) the note's
// words and its known word and word-pair features, for ExplainTrace. It
// walks the note as Features does, with the loops written out: through
// Features and a callback a note took 1.64–1.74 µs instead of 1.15–1.20
// (go test -run '^$' -bench Judge ./core/notemodel/). TestJudgeSeesFeatures
// keeps the two walks the same.
func (m *Model) JudgeTrace(folded string, tags []uint32, tr *Trace) Result {
	var acc accumulator
	acc.m, acc.tr = m, tr
	if tr != nil {
		tr.words, tr.known = 0, 0
	}
	// Words and word pairs.
	var prev uint64
	prevStart, nw := 0, 0
	for i, j, ok := text.NextWord(folded, 0); ok && nw < maxWords; i, j, ok = text.NextWord(folded, j) {
		h := fnv64(folded[i:j])
		if tr != nil && tr.words < len(tr.starts) {
			tr.starts[tr.words], tr.ends[tr.words] = int32(i), int32(j)
			tr.words++
		}
		if k, ok := acc.add(mix(h, seedWord)); ok {
			acc.trace(k, i, false)
		}
		if nw > 0 {
			if k, ok := acc.add(mix(prev*mixMul^h, seedPair)); ok {
				acc.trace(k, prevStart, true)
			}
		}
		prev, prevStart = h, i
		nw++
	}
	// Character n-grams, as in Features.
	var packed uint64
	n := 0
	for i := 0; i < len(folded) && n < maxRunes; {
		r, size, ok := letterAt(folded, i)
		if !ok {
			i += size
			continue
		}
		packed = packed<<16 | uint64(r&0xffff)
		n++
		if n >= CharN {
			acc.add(mix(packed, seedChars))
		}
		i += size
	}
	for _, t := range tags {
		acc.add(t)
	}
	r := Result{Features: acc.n, Known: acc.known}
	var z [NumClasses]float64
	div := 1.0
	if m.Norm && acc.n > 0 {
		div = math.Sqrt(float64(acc.n))
	}
	for c := range z {
		z[c] = float64(m.Bias[c]) + float64(acc.sums[c])*float64(m.Scale[c])/div
	}
	r.Probs = softmax(z, float64(m.Temp))
	return r
}

// accumulator adds up a note's known features for JudgeTrace.
type accumulator struct {
	m        *Model
	tr       *Trace
	sums     [NumClasses]int32 // quantized sums, scaled at the end
	n, known int
}

// The sums in add are written out for six classes; this stops the build
// if NumClasses changes.
var _ = [1]struct{}{}[NumClasses-6]

// add counts a feature and adds its weights when the model knows it,
// returning its slot.
func (a *accumulator) add(h uint32) (int, bool) {
	a.n++
	k, ok := a.m.lookup(h)
	if !ok {
		return 0, false
	}
	a.known++
	w := &a.m.slots[k].w
	a.sums[0] += int32(w[0])
	a.sums[1] += int32(w[1])
	a.sums[2] += int32(w[2])
	a.sums[3] += int32(w[3])
	a.sums[4] += int32(w[4])
	a.sums[5] += int32(w[5])
	return k, true
}

// trace records a known word (pair false) or word pair starting at the
// byte start, whose slot is k.
func (a *accumulator) trace(k, start int, pair bool) {
	tr := a.tr
	if tr == nil || tr.known >= len(tr.feats) || tr.words == 0 {
		return
	}
	w := tr.words - 1 // the word just read, or the second of a pair
	if pair {
		w--
	}
	if w >= 0 && start == int(tr.starts[w]) {
		tr.feats[tr.known] = traced{word: uint16(w), pair: pair, slot: int32(k)}
		tr.known++
	}
}

// softmax returns the probabilities of the scores z at temperature t.
func softmax(z [NumClasses]float64, t float64) [NumClasses]float32 {
	if !(t > 0) {
		t = 1
	}
	top := z[0]
	for _, v := range z[1:] {
		top = math.Max(top, v)
	}
	var e [NumClasses]float64
	sum := 0.0
	for c, v := range z {
		e[c] = math.Exp((v - top) / t)
		sum += e[c]
	}
	var p [NumClasses]float32
	for c := range p {
		p[c] = float32(e[c] / sum)
	}
	return p
}
