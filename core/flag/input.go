package flag

import (
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/text"
)

// Input is what a rule looks at: the card, its text folded once for
// matching, the user's context and what is known from history and from the
// other cards on the page.
type Input struct {
	Card  *card.Card
	Ctx   *Context
	Prior []Prior // earlier decisions on this sender, from the ledger
	Batch *Batch  // the other cards on the same page; may be nil

	// Folded text (see package text), computed once per card.
	Name, Headline, Note string

	// found holds the lexicon phrases found in each field, in text order.
	found [fieldCount][]text.Match
	store [32]text.Match // backing array for found, so most cards do not allocate

	fold []byte                   // scratch for folding the three fields
	locs [fieldCount]text.Locator // folded-to-original spans for evidence

	noteJudged bool             // whether noteResult is this card's
	noteResult notemodel.Result // the note model's result, once asked
	noteTrace  notemodel.Trace  // and what it saw, for its evidence
	noteTagBuf [40]uint32       // storage for the note's model tags

	memo *noteMemo // what is kept of the note, when it was judged before

	titles     Titles // what the reader of Ctx.SetTitles read of the headline
	titlesRead bool

	learnt      learn.Result // what the learnt model says, once asked
	learntAsked bool
	learntKept  bool       // whether learntKey and learntMemo are the card's (a kept judgement)
	learntKey   learntKey  // the card's key in the context's learnt judgements
	learntMemo  learntMemo // and what is kept there
}

// field names a text field of the card.
type field uint8

// The text fields rules match phrases in.
const (
	fieldName field = iota
	fieldHeadline
	fieldNote
	fieldCount
)

// NewInput prepares the input for one card: it folds the name, headline and
// note and finds the lexicon's phrases in them. ctx must not be nil.
func NewInput(ctx *Context, c *card.Card, prior []Prior, b *Batch) *Input {
	in := &Input{}
	in.reset(ctx, c, prior, b)
	return in
}

// reset fills in for a card, reusing its storage.
func (in *Input) reset(ctx *Context, c *card.Card, prior []Prior, b *Batch) {
	in.Card, in.Ctx, in.Prior, in.Batch = c, ctx, prior, b
	in.memo = nil
	if ctx.memos.keeps(c.Note) {
		in.memo = ctx.memos.get(c.Note, ctx.model())
	}
	buf := text.AppendFold(in.fold[:0], c.Name)
	n := len(buf)
	buf = text.AppendFold(buf, c.Headline)
	h := len(buf)
	if in.memo == nil {
		buf = text.AppendFold(buf, c.Note)
	}
	all := string(buf) // one allocation for the folded fields
	in.Name, in.Headline, in.Note = all[:n], all[n:h], all[h:]
	if cap(buf) <= 4096 {
		in.fold = buf
	} else {
		in.fold = nil
	}
	in.noteJudged = false
	in.learntAsked = false
	in.titlesRead = false
	in.locs = [fieldCount]text.Locator{text.NewLocator(c.Name), text.NewLocator(c.Headline), text.NewLocator(c.Note)}
	rest := in.store[:0]
	for f, s := range [fieldCount]string{in.Name, in.Headline, in.Note} {
		if s == "" || f == int(fieldNote) && in.memo != nil {
			in.found[f] = nil
			continue
		}
		start := len(rest)
		if f == int(fieldHeadline) {
			rest = ctx.headlines().Find(s, rest)
		} else {
			rest = lexicon().Find(s, rest)
		}
		in.found[f] = rest[start:len(rest):len(rest)]
	}
	switch {
	case in.memo != nil:
		if in.memo.learn == nil && !ctx.Learnt.Empty() { // learnt since the note was kept
			m := *in.memo
			m.learn = learn.NewNoteParts(m.folded, c.Note)
			in.memo = &m
			ctx.memos.put(c.Note, in.memo)
		}
		in.Note = in.memo.folded
		in.found[fieldNote] = in.memo.found
		in.noteResult, in.noteJudged = in.memo.result, true
	case ctx.memos.keeps(c.Note):
		in.memoize()
	}
}

// headlineTitles returns what the reader of the context's SetTitles reads
// of the headline, asked once; false when there is no reader or no
// headline.
func (in *Input) headlineTitles() (Titles, bool) {
	if in.Ctx.readTitles == nil || in.Headline == "" {
		return Titles{}, false
	}
	if !in.titlesRead {
		in.titles, in.titlesRead = in.Ctx.readTitles(in.Headline, in.found[fieldHeadline], int(listCount)), true
	}
	return in.titles, true
}

// folded returns the folded text of a field.
func (in *Input) folded(f field) string {
	switch f {
	case fieldName:
		return in.Name
	case fieldHeadline:
		return in.Headline
	}
	return in.Note
}

// original returns the text of a field as the card shows it.
func (in *Input) original(f field) string {
	switch f {
	case fieldName:
		return in.Card.Name
	case fieldHeadline:
		return in.Card.Headline
	}
	return in.Card.Note
}

// has reports whether a phrase of list l occurs in field f.
func (in *Input) has(f field, l list) bool {
	for _, m := range in.found[f] {
		if m.List == int(l) {
			return true
		}
	}
	return false
}

// count returns how many different phrases of list l occur in field f.
func (in *Input) count(f field, l list) int {
	var seen [4]int
	n := 0
	for _, m := range in.found[f] {
		if m.List != int(l) {
			continue
		}
		dup := false
		for _, s := range seen[:min(n, len(seen))] {
			dup = dup || s == m.Index
		}
		if !dup {
			if n < len(seen) {
				seen[n] = m.Index
			}
			n++
		}
	}
	return n
}

// first returns the first phrase of list l in field f, in text order.
func (in *Input) first(f field, l list) (text.Match, bool) {
	for _, m := range in.found[f] {
		if m.List == int(l) {
			return m, true
		}
	}
	return text.Match{}, false
}

// quotes appends evidence for up to max different phrases of list l found
// in field f: the words as the card shows them, in quotes.
func (in *Input) quotes(ev []string, f field, l list, max int) []string {
	n, end := 0, 0
	var seen [8]int
	for _, m := range in.found[f] {
		if m.List != int(l) || n >= max || m.At < end {
			continue
		}
		dup := false
		for _, s := range seen[:min(n, len(seen))] {
			dup = dup || s == m.Index
		}
		if dup {
			continue
		}
		if n < len(seen) {
			seen[n] = m.Index
		}
		n++
		end = m.End
		ev = append(ev, in.quoteAt(f, m.At, end-m.At))
	}
	return ev
}

// quoteAt returns the original words of field f that fold to the folded
// bytes [at, at+n), in quotes.
func (in *Input) quoteAt(f field, at, n int) string {
	orig := in.original(f)
	if i, j, ok := in.locs[f].Span(at, n); ok {
		return quote(orig[i:j])
	}
	return quote(in.folded(f)[at : at+n])
}

// writeQuote writes to b what quoteAt returns.
func (in *Input) writeQuote(b *strings.Builder, f field, at, n int) {
	var s string
	if i, j, ok := in.locs[f].Span(at, n); ok {
		s = in.original(f)[i:j]
	} else {
		s = in.folded(f)[at : at+n]
	}
	b.WriteByte('"')
	b.WriteString(text.Quote(s, evidenceRunes))
	b.WriteByte('"')
}

// quote returns s as evidence: cleaned, cut to evidenceRunes and in
// double quotes.
//
// Not inlined: its copies at 13 calls cost core.wasm 1.9 KB.
//
//go:noinline
func quote(s string) string {
	return `"` + text.Quote(s, evidenceRunes) + `"`
}

// evidenceRunes is the longest quotation in a piece of evidence.
const evidenceRunes = 60

// release drops the Input's references to the card and the caller's data
// before it goes back to the pool, keeping only scratch storage.
func (in *Input) release() {
	in.Card, in.Ctx, in.Prior, in.Batch = nil, nil, nil, nil
	in.Name, in.Headline, in.Note = "", "", ""
	in.found = [fieldCount][]text.Match{}
	in.locs = [fieldCount]text.Locator{}
	in.memo = nil
	in.titles = Titles{}
	in.learntMemo = learntMemo{}
}
