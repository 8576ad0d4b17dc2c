package flag

import (
	"sync"

	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/text"
)

// noteMemo is what the rules work out from a card's note alone: the folded
// note, the lexicon's phrases in it, the note model's judgement and the
// hits of the rules that read the note alone (Rule.NoteOnly). A Context
// keeps one per note it judged, so that judging the same note again (the extension judges a page's
// cards again on every change of the page, and campaigns send one note to
// many people) does not fold, search and model it again. A noteMemo does
// not change once it is kept.
type noteMemo struct {
	model  *notemodel.Model // the model that judged the note
	folded string
	found  []text.Match // the lexicon's phrases in folded, in text order
	result notemodel.Result
	hits   []Hit            // of the context's NoteOnly rules (evidence shared: never appended to)
	learn  *learn.NoteParts // what the learnt model reads of the note; nil when nothing was learnt
}

// noteMemos is a Context's notes judged so far, by the note as the card
// shows it. It holds at most maxNoteMemos notes and starts afresh when
// full: a page's cards fit, and a long session does not grow it.
type noteMemos struct {
	mu  sync.Mutex
	m   map[string]*noteMemo
	off bool // judge every note afresh (benchmarks of a first judgement)
}

// maxNoteMemos is how many notes a Context keeps (a few hundred bytes
// each).
const maxNoteMemos = 1024

// maxKeptNote is the longest note a Context keeps, in bytes: the sites'
// notes are at most a few hundred letters, and a hostile page's long notes
// must not make what is kept large (they are judged afresh every time).
const maxKeptNote = 2048

// keeps reports whether a Context keeps what it works out from note.
func (n *noteMemos) keeps(note string) bool {
	return note != "" && len(note) <= maxKeptNote && !n.off
}

// get returns what is kept of the note judged by model m, or nil.
func (n *noteMemos) get(note string, m *notemodel.Model) *noteMemo {
	n.mu.Lock()
	memo := n.m[note]
	n.mu.Unlock()
	if memo == nil || memo.model != m {
		return nil
	}
	return memo
}

// put keeps what was worked out from the note.
func (n *noteMemos) put(note string, memo *noteMemo) {
	n.mu.Lock()
	if n.m == nil || len(n.m) >= maxNoteMemos {
		n.m = make(map[string]*noteMemo, 64)
	}
	n.m[note] = memo
	n.mu.Unlock()
}

// KeepNotes turns keeping what was worked out from each note, and what
// the learnt model said of each card, on (the default) or off; off, every
// card's note is folded, searched and modelled again and the learnt model
// asked again, as on a card's first judgement (for tests). Call it before
// the Context is in use.
func (x *Context) KeepNotes(on bool) {
	x.memos.off = !on
	x.memos.m = nil
	x.learnts.m = nil
}

// memoize keeps what the rules work out from the input's note alone, once
// the note is folded and searched: the note model's result and the hits
// of the note-only rules, which EvaluateTo then takes from in.memo.
func (in *Input) memoize() {
	memo := &noteMemo{model: in.Ctx.model(), folded: in.Note, result: *in.judgeNote()}
	if found := in.found[fieldNote]; len(found) > 0 {
		memo.found = append([]text.Match(nil), found...)
	}
	var buf [8]Hit // the hits, then kept in one allocation of their size
	hits := buf[:0]
	for _, r := range in.Ctx.rules {
		if r.NoteOnly {
			hits = r.appendRun(hits, in)
		}
	}
	if len(hits) > 0 {
		memo.hits = append(make([]Hit, 0, len(hits)), hits...)
		for i := range memo.hits {
			h := &memo.hits[i]
			h.Evidence = h.Evidence[:len(h.Evidence):len(h.Evidence)]
		}
	}
	if !in.Ctx.Learnt.Empty() {
		memo.learn = learn.NewNoteParts(in.Note, in.Card.Note)
	}
	in.memo = memo
	in.Ctx.memos.put(in.Card.Note, memo)
}
