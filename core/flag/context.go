package flag

import (
	"math"
	"sync"

	"github.com/vetted/vetted/core/identity"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/text"
)

// Context is the user's settings prepared once for many cards: lists folded
// for matching and rule toggles resolved. It is read-only after NewContext
// and safe for concurrent use; the settings must not change meanwhile.
type Context struct {
	Settings *settings.Settings

	rules   []*Rule // the enabled rules, in the order of All
	modelOn bool    // whether NoteModel is among them

	competitors     []string // folded competitor names
	competitorNames []string // the same as the user wrote them
	keywords        []string // folded industry keywords
	orgs            []string // folded own companies and schools
	blockedNames    []string // folded blocked names
	blockedURLs     []identity.Ref

	// Model is the note model the note-model rule asks; nil means the
	// committed one (notemodel.Default). Evaluation sets it to a model
	// trained without the notes it judges.
	Model *notemodel.Model

	// Learnt is what Vetted learnt from the user's decisions (package
	// learn); nil means nothing. It must not change while cards are
	// judged.
	Learnt *learn.Model

	// What SetTitles set: the caller's phrase lists for headlines, the
	// reader of a headline, and the lexicon with those lists, compiled
	// on first use.
	titleLists [][]string
	readTitles func(folded string, found []text.Match, first int) Titles
	headOnce   sync.Once
	headDict   *text.Dict

	memos   noteMemos   // what the rules worked out from each note so far
	learnts learntMemos // and what the learnt model said of each card
}

// NewContext prepares settings for evaluating many cards. A rule is on
// unless it is DefaultOff; s.Rules[id] overrides that. nil settings mean
// the defaults.
func NewContext(s *settings.Settings) *Context {
	if s == nil {
		d := settings.Defaults()
		s = &d
	}
	x := &Context{Settings: s}
	for _, r := range All {
		on := !r.DefaultOff
		if v, ok := s.Rules[r.ID]; ok {
			on = v
		}
		if on {
			x.rules = append(x.rules, r)
			x.modelOn = x.modelOn || r == NoteModel
		}
	}
	for _, v := range s.Competitors {
		if f := text.Fold(v); f != "" {
			x.competitors = append(x.competitors, f)
			x.competitorNames = append(x.competitorNames, text.Clean(v))
		}
	}
	for _, v := range s.IndustryKeywords {
		if f := text.Fold(v); f != "" {
			x.keywords = append(x.keywords, f)
		}
	}
	for _, l := range [...][]string{s.OwnCompanies, s.Schools} {
		for _, v := range l {
			if f := text.Fold(v); f != "" {
				x.orgs = append(x.orgs, f)
			}
		}
	}
	for _, v := range s.Blocked {
		if identity.IsURL(v) {
			if k, ok := identity.ParseRef(v); ok {
				x.blockedURLs = append(x.blockedURLs, k)
			}
			continue
		}
		if f := identity.NameKey(text.Fold(v)); f != "" {
			x.blockedNames = append(x.blockedNames, f)
		}
	}
	return x
}

// SetTitles makes the context read each card's headline for the caller
// (package verdict), so that a headline is searched for phrases once:
// lists are the caller's phrase lists, which the context finds in the
// headline in the same pass as its own lexicon, and read says what the
// folded headline holds, given the phrases found in it (of the caller's
// list i when their List is first+i; the others are the rules'). The
// learnt model reads its facts about the sender from it, and the caller
// finds it with the card's folded text (Folded.Titles). Call it before the
// Context is in use.
func (x *Context) SetTitles(lists [][]string, read func(folded string, found []text.Match, first int) Titles) {
	x.titleLists, x.readTitles = lists, read
}

// headlines returns the dictionary a headline is searched with: the
// lexicon and the lists of SetTitles.
func (x *Context) headlines() *text.Dict {
	if x.titleLists == nil {
		return lexicon()
	}
	x.headOnce.Do(func() { x.headDict = lexicon().With(x.titleLists...) })
	return x.headDict
}

// Enabled reports whether the rule with this ID runs in this context.
func (x *Context) Enabled(id string) bool {
	for _, r := range x.rules {
		if r.ID == id {
			return true
		}
	}
	return false
}

// inputs recycles Inputs between calls of Evaluate.
var inputs = sync.Pool{New: func() any { return new(Input) }}

// Evaluate runs every enabled rule on one card with the sender's earlier
// decisions (prior) and the page's batch (b, may be nil). It returns the
// hits (strength above 0), sorted by Points descending, ties by ID; nil
// when nothing fired.
func (x *Context) Evaluate(c *card.Card, prior []Prior, b *Batch) []Hit {
	var buf [16]Hit
	hits, _ := x.EvaluateTo(buf[:0], c, prior, b)
	if len(hits) == 0 {
		return nil
	}
	return append([]Hit(nil), hits...)
}

// Folded is a card's text folded as the rules matched it (text.Fold of
// the name, headline and note), for a caller that goes on reading the
// card, so that it need not fold the text again; what the reader of
// Context.SetTitles read of the headline, when there is one (TitlesRead);
// and what the note model read of the note (Reading).
type Folded struct {
	Name, Headline, Note string
	Titles               Titles
	TitlesRead           bool
	Reading              NoteReading
}

// NoteReading is what the note model reads in a card's note apart from
// scams: the kind of sender (notemodel.Result.Kind: Legit, Recruiter or
// Sales) and how probable that kind is, in percent (a fake recruiter's
// probability counting as a recruiter's, as Kind counts it). Percent is 0
// when the model did not read the note: no note, or the note-model rule
// is off. Unlike the note-model hit, which fires only on a note that
// reads like a scam, a recruiter's or a salesperson's, it is there for a
// personal note too, so that the verdict knows how sure the model is.
type NoteReading struct {
	Kind    notemodel.Class
	Percent uint8
}

// readingOf is the note reading of a model result.
func readingOf(r *notemodel.Result) NoteReading {
	k := r.Kind()
	p := r.Probs[k]
	if k == notemodel.Recruiter {
		p += r.Probs[notemodel.FakeRecruiter]
	}
	return NoteReading{Kind: k, Percent: uint8(min(max(math.Round(float64(p)*100), 0), 100))}
}

// Titles is what the reader of Context.SetTitles reads in a folded
// headline.
type Titles struct {
	_                [0]func() // not comparable: no generated equality function (core.wasm's size)
	Recruiter, Sales string    // the recruiter's and the salesperson's title it holds; "" when none
	Field            bool      // it names the user's field
	// Found is the reader's own record of what it found (package
	// verdict: the first phrase of each of its headline's lists, -1 when
	// none), for its later use.
	Found [4]int
}

// EvaluateTo is Evaluate appending the sorted hits to dst (which may be a
// caller's stack buffer: nothing keeps it) and also returning the card's
// folded text.
func (x *Context) EvaluateTo(dst []Hit, c *card.Card, prior []Prior, b *Batch) ([]Hit, Folded) {
	in := inputs.Get().(*Input)
	in.reset(x, c, prior, b)
	start := len(dst)
	for _, r := range x.rules {
		if r.NoteOnly && in.memo != nil {
			continue // below
		}
		dst = r.appendRun(dst, in)
	}
	if in.memo != nil {
		dst = append(dst, in.memo.hits...)
	}
	folded := Folded{Name: in.Name, Headline: in.Headline, Note: in.Note}
	folded.Titles, folded.TitlesRead = in.headlineTitles()
	if x.modelOn && in.Note != "" {
		folded.Reading = readingOf(in.judgeNote())
	}
	in.release()
	inputs.Put(in)
	SortHits(dst[start:])
	return dst, folded
}

// run applies the rule to the input and makes a Hit when it fires.
func (r *Rule) run(in *Input) (Hit, bool) {
	var buf [1]Hit
	if h := r.appendRun(buf[:0], in); len(h) > 0 {
		return h[0], true
	}
	return Hit{}, false
}

// appendRun applies the rule to the input and appends its Hit to dst when
// it fires. The Hit is made in place: most rules do not fire, and a Hit
// is large to return and copy.
func (r *Rule) appendRun(dst []Hit, in *Input) []Hit {
	s, ev := r.Check(in)
	if !(s > 0) {
		return dst
	}
	dst = append(dst, Hit{})
	h := &dst[len(dst)-1]
	r.fill(h, s, ev)
	if r.Classify != nil {
		var p int
		h.Class, p, h.Kind = r.Classify(in)
		h.Percent = uint8(min(max(p, 0), 100))
	}
	if r.Leans != nil {
		h.Lean, h.Retype, h.Held = r.Leans(in)
	}
	return dst
}

// fill makes h the Hit of a fired rule: the strength clamped to 1 and the
// evidence never empty.
func (r *Rule) fill(h *Hit, s float64, ev []string) {
	if s > 1 {
		s = 1
	}
	if len(ev) == 0 {
		ev = []string{r.Title}
	}
	h.ID, h.Title, h.Group, h.Weight, h.Strength, h.Evidence = r.ID, r.Title, r.Group, r.Weight, s, ev
}

// SortHits sorts hits by Points descending, ties by ID ascending.
func SortHits(h []Hit) {
	i := 1
	for i < len(h) && !before(&h[i], &h[i-1]) {
		i++
	}
	if i >= len(h) {
		return // in order already
	}
	if len(h) > maxSorted {
		for ; i < len(h); i++ {
			for j := i; j > 0 && before(&h[j], &h[j-1]); j-- {
				h[j], h[j-1] = h[j-1], h[j]
			}
		}
		return
	}
	// Sort the indices (an insertion sort: a handful of hits), then move
	// each hit once, cycle by cycle of the permutation: a Hit is large to
	// swap.
	var order [maxSorted]uint8
	for k := range h {
		order[k] = uint8(k)
	}
	for ; i < len(h); i++ {
		for j := i; j > 0 && before(&h[order[j]], &h[order[j-1]]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	var moved uint32 // bit k: h[k] holds its hit
	for k := range h {
		if moved&(1<<k) != 0 || int(order[k]) == k {
			continue
		}
		first := h[k]
		for j := k; ; {
			moved |= 1 << j
			from := int(order[j])
			if from == k {
				h[j] = first
				break
			}
			h[j] = h[from]
			j = from
		}
	}
}

// maxSorted is the most hits SortHits sorts by index on the stack (at
// most 32: a bit each).
const maxSorted = 16

// before reports whether a sorts before b.
func before(a, b *Hit) bool {
	if pa, pb := a.Points(), b.Points(); pa != pb {
		return pa > pb
	}
	return a.ID < b.ID
}
