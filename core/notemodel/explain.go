package notemodel

import "math/bits"

// Span is a stretch of the folded note, [Start, End) in bytes, and how
// much it weighed towards a class.
type Span struct {
	_          [0]func() // not comparable: no generated equality function (core.wasm's size)
	Start, End int
	Weight     float32
}

// maxExplainWords is how many words a Trace keeps: a note longer than
// this is explained by its first words.
const maxExplainWords = 96

// Trace is what JudgeTrace saw of a note that Explain needs: the words'
// spans and the known word and word-pair features. Its zero value is
// ready; it is reused from note to note without allocating.
type Trace struct {
	_            [0]func() // not comparable: no generated equality function (core.wasm's size)
	words, known int
	starts, ends [maxExplainWords]int32
	feats        [2 * maxExplainWords]traced
}

// traced is one known feature: the word it is (or the first of the pair)
// and its slot in the model.
type traced struct {
	_    [0]func() // not comparable: no generated equality function (core.wasm's size)
	word uint16
	pair bool
	slot int32
}

// Explain judges the note and returns up to max stretches of it that
// weighed most towards class c (see ExplainTrace).
func (m *Model) Explain(folded string, tags []uint32, c Class, max int) []Span {
	var tr Trace
	m.JudgeTrace(folded, tags, &tr)
	return m.ExplainTrace(folded, &tr, c, max, nil)
}

// ExplainTrace returns up to max stretches of a note judged with tr that
// weighed most towards class c against the others, strongest first,
// appended to dst: each word gets its own feature's weight and half of
// each word pair it is in; the strongest words are kept (not words too
// short or common to say anything alone) and neighbours among them joined
// across a space or a hyphen, or a short or common word, not across
// punctuation.
func (m *Model) ExplainTrace(folded string, tr *Trace, c Class, max int, dst []Span) []Span {
	n := tr.words
	if n == 0 || max <= 0 {
		return dst
	}
	var weight [maxExplainWords]float32
	for _, f := range tr.feats[:tr.known] {
		toward := m.toward(int(f.slot), c)
		k := int(f.word)
		if f.pair && k+1 < n {
			weight[k] += toward / 2
			weight[k+1] += toward / 2
			continue
		}
		weight[k] += toward
	}
	m.conceptWeights(folded, tr, c, &weight)
	var order [maxExplainWords]int
	picked := 0
	for k := 0; k < n; k++ {
		if weight[k] > 0 && !filler(folded[tr.starts[k]:tr.ends[k]]) {
			order[picked] = k
			picked++
		}
	}
	// By weight, strongest first (an insertion sort, stable: the words
	// are few, and package slices' sorts would add to core.wasm).
	for i := 1; i < picked; i++ {
		for j := i; j > 0 && weight[order[j]] > weight[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	picked = min(picked, 2*max)
	for i := 1; i < picked; i++ { // back in text order
		for j := i; j > 0 && order[j] < order[j-1]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	base := len(dst)
	for i := 0; i < picked; {
		j := i + 1
		for j < picked && j-i < 4 && joined(folded, tr, order[j-1], order[j]) {
			j++
		}
		s := Span{Start: int(tr.starts[order[i]]), End: int(tr.ends[order[j-1]])}
		for _, k := range order[i:j] {
			s.Weight += weight[k]
		}
		dst = append(dst, s)
		i = j
	}
	spans := dst[base:]
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && spans[j].Weight > spans[j-1].Weight; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	if len(spans) > max {
		dst = dst[:base+max]
	}
	return dst
}

// joined reports whether the picked words a and b (a before b) read as
// one phrase: next to each other, or with one short or common word
// between them ("quick 15-minute call", "send the money"), separated by
// spaces or hyphens only.
func joined(folded string, tr *Trace, a, b int) bool {
	if b != a+1 && !(b == a+2 && filler(folded[tr.starts[a+1]:tr.ends[a+1]])) {
		return false
	}
	for _, c := range []byte(folded[tr.ends[a]:tr.starts[b]]) {
		if c != ' ' && c != '-' && !(b == a+2 && isWordByte(c)) {
			return false
		}
	}
	return true
}

// fillers are words too common to explain anything on their own, in
// English and German, by length: a quotation never consists of them alone.
var fillers = [6][]string{
	3: {"and", "any", "are", "but", "can", "for", "had", "has", "her", "his", "how", "its", "may",
		"not", "one", "our", "she", "the", "was", "who", "you", "auf", "aus", "bei", "das", "dem",
		"den", "der", "die", "ein", "fur", "ich", "ihr", "ist", "mit", "nur", "sie", "und", "von",
		"wir", "zum", "zur"},
	4: {"also", "been", "from", "have", "here", "into", "just", "more", "only", "some", "than",
		"that", "them", "then", "they", "this", "very", "were", "what", "when", "will", "with",
		"your", "auch", "dass", "eine", "ihre", "sind"},
	5: {"about", "could", "there", "would", "einen"},
}

// filler reports whether a folded word is too short or too common to
// quote on its own.
func filler(w string) bool {
	if len(w) < 3 {
		return true
	}
	if len(w) >= len(fillers) {
		return false
	}
	return fillerSet[pack(w)]
}

// fillerSet holds the fillers packed into numbers (pack), so that a word
// is looked up once instead of compared with every filler of its length.
var fillerSet = func() map[uint64]bool {
	m := make(map[uint64]bool)
	for _, l := range fillers {
		for _, f := range l {
			m[pack(f)] = true
		}
	}
	return m
}()

// pack makes a number of a word of up to seven bytes, unique per word.
func pack(w string) uint64 {
	h := uint64(len(w))
	for i := 0; i < len(w); i++ {
		h |= uint64(w[i]) << (8 * (i + 1))
	}
	return h
}

// toward is how much the feature in slot k weighs towards class c against
// the mean of all classes.
func (m *Model) toward(k int, c Class) float32 {
	v := &m.slots[k].w
	var sum float32
	for i, q := range v {
		sum += float32(q) * m.Scale[i]
	}
	return float32(v[c])*m.Scale[c] - sum/NumClasses
}

// conceptWeights adds to the words of a note the weight of the concept
// tags they gave ("cx:crypto", "cx:crypto+messenger", concepts.go): a
// concept's weight, and half of each pair's it is in, shared out among
// the words that named it, so that a quotation shows "bitcoin" or
// "WhatsApp" when the model weighed the class rather than the word.
func (m *Model) conceptWeights(folded string, tr *Trace, c Class, weight *[maxExplainWords]float32) {
	x := conceptIndexOf()
	var words [maxExplainWords]conceptSet
	x.find(folded, &words)
	var all conceptSet
	var count [len(concepts)]int
	for _, s := range words[:tr.words] {
		all |= s
		for t := s; t != 0; t &= t - 1 {
			count[bits.TrailingZeros32(uint32(t))]++
		}
	}
	var share [len(concepts)]float32
	for s := all; s != 0; s &= s - 1 {
		a := bits.TrailingZeros32(uint32(s))
		if k, ok := m.lookup(x.tags[a]); ok {
			share[a] += m.toward(k, c)
		}
		for t := s &^ (1 << a); t != 0; t &= t - 1 {
			b := bits.TrailingZeros32(uint32(t))
			if k, ok := m.lookup(x.pairs[a][b]); ok {
				w := m.toward(k, c) / 2
				share[a] += w
				share[b] += w
			}
		}
	}
	for k, s := range words[:tr.words] {
		for t := s; t != 0; t &= t - 1 {
			a := bits.TrailingZeros32(uint32(t))
			weight[k] += share[a] / float32(count[a])
		}
	}
}
