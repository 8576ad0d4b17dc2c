package notemodel

import "github.com/vetted/vetted/core/text"

// Span is a stretch of the folded note, [Start, End) in bytes, and how
// much it weighed towards a class.
type Span struct {
	Start, End int
	Weight     float32
}

// maxExplainWords is how many words Explain looks at: a note longer than
// this is explained by its first words.
const maxExplainWords = 128

// Explain returns up to max stretches of the folded note that weighed most
// towards class c against the others, strongest first: each word gets the
// weight of its own feature and half of each word pair it is in (or, when
// no word weighs towards c, the letter n-grams that start in it); the
// strongest words are kept and neighbours among them joined (across a
// space, not across punctuation).
func (m *Model) Explain(folded string, tags []uint32, c Class, max int) []Span {
	var starts, ends [maxExplainWords]int
	var weight [maxExplainWords]float32
	n := 0
	for i, j, ok := text.NextWord(folded, 0); ok && n < maxExplainWords; i, j, ok = text.NextWord(folded, j) {
		starts[n], ends[n] = i, j
		n++
	}
	if n == 0 || max <= 0 {
		return nil
	}
	wordAt := func(pos int) int { // the last word starting at or before pos
		k := n - 1
		for k >= 0 && starts[k] > pos {
			k--
		}
		return k
	}
	toward := func(h uint32) (float32, bool) {
		w, ok := m.Weights(h)
		if !ok {
			return 0, false
		}
		var sum float32
		for _, v := range w {
			sum += v
		}
		return w[c] - sum/NumClasses, true
	}
	chars := false // whether letter n-grams count too
	add := func(f Feature) {
		if f.Kind == KindTag || f.Start >= ends[n-1] || f.Kind == KindChars && !chars {
			return
		}
		v, ok := toward(f.Hash)
		if !ok {
			return
		}
		k := wordAt(f.Start)
		if k < 0 {
			return
		}
		if f.Kind == KindPair && k+1 < n {
			weight[k] += v / 2
			weight[k+1] += v / 2
			return
		}
		weight[k] += v
	}
	// Words and word pairs first: they read best. Only when none of them
	// weighs towards c do the letter n-grams (a disguised word) count.
	Features(folded, tags, add)
	order := make([]int, 0, n)
	pick := func() {
		for k := 0; k < n; k++ {
			if weight[k] > 0 && !filler(folded[starts[k]:ends[k]]) {
				order = append(order, k)
			}
		}
	}
	pick()
	if len(order) == 0 {
		chars = true
		weight = [maxExplainWords]float32{}
		Features(folded, tags, add)
		pick()
	}
	// The strongest words, at most 2*max of them.
	// By weight, strongest first (an insertion sort, stable: the words
	// are few, and package slices' sorts would add to core.wasm).
	for i := 1; i < len(order); i++ {
		for j := i; j > 0 && weight[order[j]] > weight[order[j-1]]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	if len(order) > 2*max {
		order = order[:2*max]
	}
	for i := 1; i < len(order); i++ { // back in text order
		for j := i; j > 0 && order[j] < order[j-1]; j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	var spans []Span
	for i := 0; i < len(order); {
		j := i + 1
		for j < len(order) && order[j] == order[j-1]+1 && j-i < 4 && folded[ends[order[j-1]]:starts[order[j]]] == " " {
			j++
		}
		s := Span{Start: starts[order[i]], End: ends[order[j-1]]}
		for _, k := range order[i:j] {
			s.Weight += weight[k]
		}
		spans = append(spans, s)
		i = j
	}
	for i := 1; i < len(spans); i++ {
		for j := i; j > 0 && spans[j].Weight > spans[j-1].Weight; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	if len(spans) > max {
		spans = spans[:max]
	}
	return spans
}

// fillers are words too common to explain anything on their own, in
// English and German: a quotation never consists of them alone.
var fillers = []string{
	"about", "also", "and", "any", "are", "been", "but", "can", "could", "for", "from", "had",
	"has", "have", "her", "here", "his", "how", "into", "its", "just", "may", "more", "not", "one",
	"only", "our", "she", "some", "than", "that", "the", "them", "then", "there", "they", "this",
	"very", "was", "were", "what", "when", "who", "will", "with", "would", "you", "your", "auch",
	"auf", "aus", "bei", "das", "dass", "dem", "den", "der", "die", "ein", "eine", "einen", "fur",
	"ich", "ihr", "ihre", "ist", "mit", "nur", "sie", "sind", "und", "von", "wir", "zum", "zur",
}

// filler reports whether a folded word is too short or too common to
// quote on its own.
func filler(w string) bool {
	if len(w) < 3 {
		return true
	}
	for _, f := range fillers {
		if f == w {
			return true
		}
	}
	return false
}
