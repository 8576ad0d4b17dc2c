package flag

import (
	"sync"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
)

// learntKey is what the learnt model reads of a card (learn.Features of
// its Sample) and which model, in which state, judged it: the number of
// decisions it recorded, of each kind, and of features it holds change
// with Record and Forget.
type learntKey struct {
	model                      *learn.Model
	seq, size                  int
	accepted, ignored, fixed   int
	note, headline, kind       string
	canned, recruiter, sales   bool
	field, person, shared, ver bool
	specific                   bool
	mutuals                    int
	photo                      card.Photo
}

// keyOf returns the key of sample s judged by m.
func keyOf(m *learn.Model, s *learn.Sample) learntKey {
	a, i, c := m.Totals()
	return learntKey{
		accepted: a, ignored: i, fixed: c,
		model: m, seq: m.Seq(), size: m.Len(),
		note: s.Note, headline: s.Headline, kind: s.Kind,
		canned: s.Canned, specific: s.Specific, recruiter: s.Recruiter, sales: s.Sales,
		field: s.Field, person: s.Person, shared: s.Shared, ver: s.Verified,
		mutuals: s.Mutuals, photo: s.Photo,
	}
}

// learntMemos is a Context's learnt judgements so far (learn.Model.Judge
// is a function of the key alone), so that judging a card again does not
// walk its features and weigh them again. It holds at most maxNoteMemos
// and starts afresh when full or when the context's learnt model is
// replaced (UseLearnt).
type learntMemos struct {
	mu  sync.Mutex
	m   map[learntKey]learntMemo
	seq int // the learnt model's Seq at the last UseLearnt
}

// learntMemo is a kept learnt judgement and, once the Learnt rule made
// it, the rule's strength and evidence for a card with this note and
// headline as shown (the evidence quotes them; the key holds them folded).
// The evidence is shared: never appended to.
type learntMemo struct {
	result         learn.Result
	note, headline string // the card's, as shown, when evidence is set
	strength       float64
	evidence       []string
}

// get returns the kept judgement of k.
func (l *learntMemos) get(k *learntKey) (learntMemo, bool) {
	l.mu.Lock()
	r, ok := l.m[*k]
	l.mu.Unlock()
	return r, ok
}

// put keeps the judgement of k.
func (l *learntMemos) put(k *learntKey, r *learntMemo) {
	l.mu.Lock()
	if l.m == nil || len(l.m) >= maxNoteMemos {
		l.m = make(map[learntKey]learntMemo, 64)
	}
	l.m[*k] = *r
	l.mu.Unlock()
}

// UseLearnt makes the context judge with what Vetted learnt (nil:
// nothing). The model must not change while cards are judged; call
// UseLearnt again after it changed. The judgements kept from another
// model, or from this one before it was Reset, are forgotten; those of
// the same model are kept (their keys hold its state).
func (x *Context) UseLearnt(m *learn.Model) {
	l := &x.learnts
	l.mu.Lock()
	if m != x.Learnt || m != nil && m.Seq() < l.seq {
		l.m = nil
	}
	if m != nil {
		l.seq = m.Seq()
	}
	x.Learnt = m
	l.mu.Unlock()
}
