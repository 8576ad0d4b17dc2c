package notemodel

import (
	"errors"
	"math"
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

	keys []uint32 // open addressing by hash; 0 is an empty slot
	vals []int8   // NumClasses quantized weights per slot
	mask uint32
	size int
}

// Result is the model's judgement of one note.
type Result struct {
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

// Kind returns which of legitimate, recruiter and sales the note is most
// likely, and that class's share of the three's probability together: what
// kind of sender it reads like, scams aside.
func (r *Result) Kind() (Class, float32) {
	best := Legit
	for _, c := range [...]Class{Recruiter, Sales} {
		if r.Probs[c] > r.Probs[best] {
			best = c
		}
	}
	sum := r.Probs[Legit] + r.Probs[Recruiter] + r.Probs[Sales]
	if !(sum > 0) {
		return Legit, 0
	}
	return best, r.Probs[best] / sum
}

// BadProb is the probability that the note is scam, spam or a fake
// recruiter's.
func (r *Result) BadProb() float32 {
	return r.Probs[Scam] + r.Probs[Spam] + r.Probs[FakeRecruiter]
}

// Len returns how many features the model holds weights for.
func (m *Model) Len() int { return m.size }

// NewModel makes an empty model of the given capacity; Set fills it.
func NewModel(capacity int) *Model {
	n := 16
	for n < capacity*2 {
		n *= 2
	}
	return &Model{keys: make([]uint32, n), vals: make([]int8, n*NumClasses), mask: uint32(n - 1), Temp: 1}
}

// slot returns the slot of hash h and whether it holds h.
func (m *Model) slot(h uint32) (int, bool) {
	if h == 0 {
		h = 1
	}
	i := h & m.mask
	for {
		k := m.keys[i]
		if k == h {
			return int(i), true
		}
		if k == 0 {
			return int(i), false
		}
		i = (i + 1) & m.mask
	}
}

// errFull is returned by Set when the model has no room left.
var errFull = errors.New("notemodel: model is full")

// Set stores the quantized weights of the feature with hash h.
func (m *Model) Set(h uint32, w [NumClasses]int8) error {
	i, ok := m.slot(h)
	if !ok {
		if (m.size+1)*4 > len(m.keys)*3 {
			return errFull
		}
		if h == 0 {
			h = 1
		}
		m.keys[i] = h
		m.size++
	}
	copy(m.vals[i*NumClasses:], w[:])
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
		w[c] = float32(m.vals[i*NumClasses+c]) * m.Scale[c]
	}
	return w, true
}

// Judge scores a folded note (see text.Fold) with its tags.
func (m *Model) Judge(folded string, tags []uint32) Result {
	var sums [NumClasses]int32 // quantized sums, scaled at the end
	var r Result
	Features(folded, tags, func(f Feature) {
		r.Features++
		i, ok := m.slot(f.Hash)
		if !ok {
			return
		}
		r.Known++
		v := m.vals[i*NumClasses : i*NumClasses+NumClasses]
		for c := range sums {
			sums[c] += int32(v[c])
		}
	})
	var z [NumClasses]float64
	div := 1.0
	if m.Norm && r.Features > 0 {
		div = math.Sqrt(float64(r.Features))
	}
	for c := range z {
		z[c] = float64(m.Bias[c]) + float64(sums[c])*float64(m.Scale[c])/div
	}
	r.Probs = softmax(z, float64(m.Temp))
	return r
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
