package learn

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"sync"
	"unicode/utf8"

	"github.com/vetted/vetted/core/order"
	"github.com/vetted/vetted/core/text"
)

// The model's bounds and limits.
const (
	// MaxFeatures is the most features the model keeps. Past it, the
	// least used features go first, the oldest of those first, down to
	// nine tenths of it; a thousand decisions fill it (EVAL.md gives the
	// state's size).
	MaxFeatures = 4000
	// MaxReported is the most reported senders and notes kept, the
	// oldest going first.
	MaxReported = 200
	// MaxLabel is the longest label of a feature or name of a reported
	// sender, in characters.
	MaxLabel = 48
	// MinSupport is how many decisions must share a feature with a card
	// before the model leans on it: one decision is never enough.
	MinSupport = 2
	// maxCount bounds every counter a state may hold.
	maxCount = 1e9
)

// Weights of a decision (see Record).
const (
	weightDecision   = 1.0
	weightBulk       = 0.5 // a bulk run is less deliberate than one click
	weightCorrection = 3.0 // "this badge is wrong" says more than a click
	// weightReport scales a report's or a block's weight in what the user
	// likes: they are about scams, which the rules catch anyway, and a
	// scam that poses as a recruiter must not teach that the user
	// ignores recruiters (the learning curve in EVAL.md: +2 points). They
	// still count as decisions, and remember the sender and the note.
	weightReport = 0.1
)

// Type is a connection type a correction can set (package verdict's
// types of the same names).
type Type uint8

// The types a user can correct a card to. Dangerous types (scammer, fake
// profile, blocked person, competitor) are not among them: a correction
// never makes or clears a danger verdict.
const (
	TypeNone Type = iota
	KnownContact
	IndustryPeer
	Recruiter
	Salesperson
	Stranger
	numTypes
)

// typeNames are the types' names, as package verdict spells them.
var typeNames = [numTypes]string{"", "known_contact", "industry_peer", "recruiter", "salesperson", "stranger"}

// String returns the type's name, "" for TypeNone.
func (t Type) String() string {
	if t < numTypes {
		return typeNames[t]
	}
	return ""
}

// ParseType returns the type with this name.
func ParseType(s string) (Type, bool) {
	for i, n := range typeNames {
		if i > 0 && n == s {
			return Type(i), true
		}
	}
	return TypeNone, false
}

// NotScam is the correction that says a badge's scam warning was wrong.
// It teaches the model that the user accepts such cards (as a correction,
// counting three times); it never clears a scam signal.
const NotScam = "not_scam"

// Actions a decision can carry.
const (
	ActionAccept = "accept"
	ActionIgnore = "ignore"
	ActionReport = "report"
	ActionBlock  = "block"
)

// FromAction returns the decision a logged action carries (the decision
// log's actions, package ledger): accept and accept-thanks accept, ignore
// and decline ignore, ignore-report reports, block blocks; asking for
// context and unknown actions are no decision. bulk marks a bulk run's.
func FromAction(action string, bulk bool) (Decision, bool) {
	a := ""
	switch action {
	case "accept", "accept-thanks":
		a = ActionAccept
	case "ignore", "decline":
		a = ActionIgnore
	case "ignore-report", "report":
		a = ActionReport
	case "block":
		a = ActionBlock
	default:
		return Decision{}, false
	}
	return Decision{Action: a, Bulk: bulk}, true
}

// Decision is what the user did with one card: an action, or a
// correction of its badge.
type Decision struct {
	_       [0]func() // not comparable: no generated equality function (core.wasm's size)
	Action  string    // accept, ignore, report or block; "" for a correction
	Correct string    // a Type's name or NotScam; "" for an action
	Bulk    bool      // taken by a bulk run (counts half)
}

// Validate returns an error unless the decision holds exactly one known
// action or correction.
func (d Decision) Validate() error {
	switch {
	case d.Action != "" && d.Correct != "":
		return errors.New("a decision is an action or a correction, not both")
	case d.Action == "" && d.Correct == "":
		return errors.New("no action and no correction")
	case d.Correct != "":
		if _, ok := ParseType(d.Correct); !ok && d.Correct != NotScam {
			return errors.New("correct: unknown type " + quoteName(d.Correct) + " (known_contact, industry_peer, recruiter, salesperson, stranger or not_scam)")
		}
	default:
		switch d.Action {
		case ActionAccept, ActionIgnore, ActionReport, ActionBlock:
		default:
			return errors.New("action: must be accept, ignore, report or block (got " + quoteName(d.Action) + ")")
		}
	}
	return nil
}

// quoteName quotes a short, cleaned copy of s for an error message.
func quoteName(s string) string { return `"` + text.Quote(s, 40) + `"` }

// Feature is one thing the model learnt: a word, word pair or fact and
// the decisions behind it.
type Feature struct {
	Hash      uint32
	Part      Part
	Label     string  // what it is: "quick call", "headline: recruiter", "no mutual connections"
	Accept    float64 // weight of the decisions to accept cards with it
	Ignore    float64 // weight of the decisions to ignore, report or block them
	Accepted  int     // how many decisions accepted (a "not a scam" correction included)
	Ignored   int     // how many ignored, reported or blocked
	Corrected int     // how many of all these were corrections
	Types     [numTypes]int
	Last      int // the decision that last touched it (Model.Seq)
	// src is the stored object when it has members this version does not
	// read (a newer version's): Tree writes them back.
	src map[string]any
}

// Uses is how many decisions the feature took part in.
func (f *Feature) Uses() int {
	n := f.Accepted + f.Ignored
	for _, c := range f.Types {
		n += c
	}
	return n
}

// ID names the feature for Forget: "f" and its hash in hex.
func (f *Feature) ID() string { return "f" + hex(uint64(f.Hash), 6) }

// Retired reports whether f is a fact this version does not read of a
// card (an older or a newer version's): it pulls no card (Item.Retired).
func (f *Feature) Retired() bool {
	_, ok := FactLabel(f.Hash)
	return f.Part == PartFact && !ok
}

// Lean is the way a card leans by what the user decided before.
type Lean uint8

// The leans.
const (
	LeanNone   Lean = iota
	LeanAccept      // the user accepted cards like this
	LeanIgnore      // the user ignored, reported or blocked cards like this
)

// Model is the preference model of one user. It is not safe for
// concurrent use while it changes (Record, Forget, Reset, FromTree);
// judging only reads it.
type Model struct {
	feats map[uint32]*Feature
	// Totals of all decisions, kept when features are forgotten or
	// evicted: the model compares each feature with them.
	accept, ignore               float64
	accepted, ignored, corrected int
	seq                          int // decisions recorded so far
	reported                     []Reported
	// recent are the IDs of the latest decisions recorded with one
	// (RecordID), at most MaxRecent, oldest first: a writer that saved a
	// decision finds out whether another wrote over it (Journal).
	recent []string
	// epoch names this state's line of descent: Renew (Reset all, an
	// import) gives a new one, so that decisions written over by it are
	// not saved again.
	epoch string
	// forgot are the items forgotten lately (ForgetAt), at most
	// MaxForgot, oldest first: a decision taken before one was forgotten
	// and saved after it does not bring it back (Journal).
	forgot []forgotten
	// filter has a bit set for the low filterBits bits of every known
	// feature's hash: most of a card's features are unknown, and the
	// filter turns most of them away before the map is read.
	filter *[1 << filterBits / 64]uint64
	// rfilter has a bit set for the low bits of every reported entry's
	// hash, so that a card from a sender or with a note nobody reported
	// (nearly all) is not compared with every entry. refilterReported
	// rebuilds it after reported changes.
	rfilter [reportedFilterBits / 64]uint64
	// unheld turns the hold on strangers off (Unheld), for measuring
	// what it costs; a state never saves it.
	unheld bool
	// src is the stored object when it has members this version does not
	// read (a newer version's): Tree writes them back.
	src map[string]any
}

// reportedFilterBits is the size of rfilter: 4,096 bits for at most
// MaxReported entries.
const reportedFilterBits = 1 << 12

// filterBits is the size of the presence filter: 2^16 bits, 8 KB.
const filterBits = 16

// add stores a new feature.
//
// Not inlined: its copies at 5 calls cost core.wasm 1.6 KB.
//
//go:noinline
func (m *Model) add(f *Feature) {
	m.feats[f.Hash] = f
	if m.filter == nil {
		m.filter = new([1 << filterBits / 64]uint64)
	}
	b := f.Hash & (1<<filterBits - 1)
	m.filter[b/64] |= 1 << (b % 64)
}

// refilter rebuilds the filter after features went.
func (m *Model) refilter() {
	m.filter = nil
	for _, f := range m.feats {
		m.add(f)
	}
}

// lookup returns the feature with this hash, or nil.
func (m *Model) lookup(h uint32) *Feature {
	b := h & (1<<filterBits - 1)
	if m.filter == nil || m.filter[b/64]&(1<<(b%64)) == 0 {
		return nil
	}
	return m.feats[h]
}

// New returns an empty model.
func New() *Model { return &Model{feats: map[uint32]*Feature{}} }

// Empty reports whether the model learnt nothing (nil counts as empty).
func (m *Model) Empty() bool { return m == nil || len(m.feats) == 0 && len(m.reported) == 0 }

// HasReported reports whether the model remembers any reported sender or
// note.
func (m *Model) HasReported() bool { return m != nil && len(m.reported) > 0 }

// Seq returns how many decisions the model has recorded.
func (m *Model) Seq() int { return m.seq }

// Len returns how many features the model holds.
func (m *Model) Len() int { return len(m.feats) }

// Totals returns how many decisions accepted, ignored (reports and
// blocks included) and corrected a card.
func (m *Model) Totals() (accepted, ignored, corrected int) {
	return m.accepted, m.ignored, m.corrected
}

// Record learns from one decision on the card of sample s. An invalid
// decision returns an error and changes nothing.
func (m *Model) Record(s *Sample, d Decision) error {
	if err := d.Validate(); err != nil {
		return err
	}
	if m.feats == nil {
		m.feats = map[uint32]*Feature{}
	}
	m.seq++
	w, accept, typ := weightDecision, false, TypeNone
	if d.Bulk {
		w = weightBulk
	}
	if d.Action == ActionReport || d.Action == ActionBlock {
		w *= weightReport
	}
	switch {
	case d.Correct == NotScam:
		w, accept = weightCorrection, true
		m.corrected++
	case d.Correct != "":
		typ, _ = ParseType(d.Correct)
		m.corrected++
	case d.Action == ActionAccept:
		accept = true
	}
	if typ == TypeNone {
		if accept {
			m.accept += w
			m.accepted++
		} else {
			m.ignore += w
			m.ignored++
		}
	}
	seen := make(map[uint32]bool, 128)
	Features(s, func(f Feat) {
		if seen[f.Hash] {
			return
		}
		seen[f.Hash] = true
		x := m.feats[f.Hash]
		if x == nil {
			x = &Feature{Hash: f.Hash, Part: f.Part, Label: s.label(f)}
			m.add(x)
		}
		x.Last = m.seq
		if d.Correct != "" {
			x.Corrected++
		}
		switch {
		case typ != TypeNone:
			x.Types[typ]++
		case accept:
			x.Accept += w
			x.Accepted++
		default:
			x.Ignore += w
			x.Ignored++
		}
	})

	if d.Action == ActionReport || d.Action == ActionBlock {
		m.report(s, d.Action)
	}
	m.evict()
	return nil
}

// evict keeps the model within MaxFeatures: past it, the least used
// features go, the oldest of them first, down to nine tenths of the bound.
func (m *Model) evict() {
	if len(m.feats) <= MaxFeatures {
		return
	}
	all := m.sorted()
	order.Sort(all, func(a, b *Feature) int {
		if d := a.Uses() - b.Uses(); d != 0 {
			return d
		}
		if d := a.Last - b.Last; d != 0 {
			return d
		}
		return cmpHash(a, b)
	})
	for _, f := range all[:len(all)-MaxFeatures*9/10] {
		delete(m.feats, f.Hash)
	}
	m.refilter()
}

// cmpHash orders features by hash.
func cmpHash(a, b *Feature) int {
	switch {
	case a.Hash < b.Hash:
		return -1
	case a.Hash > b.Hash:
		return 1
	}
	return 0
}

// sorted returns the features ordered by hash.
func (m *Model) sorted() []*Feature {
	all := make([]*Feature, 0, len(m.feats))
	for _, f := range m.feats {
		all = append(all, f)
	}
	order.Sort(all, cmpHash)
	return all
}

// Features returns a copy of what the model learnt, the most used first
// (ties: the latest first), for the list the user reviews.
func (m *Model) Features() []Feature {
	if m == nil {
		return nil
	}
	all := m.sorted()
	order.Stable(all, func(a, b *Feature) int {
		if d := b.Uses() - a.Uses(); d != 0 {
			return d
		}
		return b.Last - a.Last
	})
	out := make([]Feature, len(all))
	for i, f := range all {
		out[i] = *f
	}
	return out
}

// Forget removes the feature or reported entry with this ID (Feature.ID,
// Reported.ID) completely: the model no longer judges by it and its state
// no longer holds it. It reports whether there was one.
func (m *Model) Forget(id string) bool {
	if m == nil {
		return false
	}
	h, feat, rep := m.item(id)
	switch {
	case feat:
		delete(m.feats, h)
		m.refilter()
	case rep >= 0:
		m.reported = slices.Delete(m.reported, rep, rep+1)
		m.refilterReported()
	default:
		return false
	}
	return true
}

// item finds what has this ID (Feature.ID, Reported.ID): a feature (its
// hash, feat set) or a reported entry (its index, rep; -1 for none).
func (m *Model) item(id string) (h uint32, feat bool, rep int) {
	for h, f := range m.feats {
		if f.ID() == id {
			return h, true, -1
		}
	}
	for i := range m.reported {
		if m.reported[i].ID() == id {
			return 0, false, i
		}
	}
	return 0, false, -1
}

// MaxForgot is how many forgotten items a state remembers (ForgetAt).
const MaxForgot = 100

// forgotten is an item forgotten (Feature.ID, Reported.ID) at a time (ms
// since the Unix epoch).
type forgotten struct {
	id  string
	at  int64
	src map[string]any // the stored object, when it has members this version does not read
}

// ForgetAt is Forget at the time at (ms since the Unix epoch), which the
// state remembers (the latest MaxForgot): a decision taken before it and
// recorded after it (a write that failed and is retried, another tab's
// saved again) does not bring the item back (Journal).
func (m *Model) ForgetAt(id string, at int64) bool {
	if !m.Forget(id) {
		return false
	}
	m.forgot = slices.DeleteFunc(m.forgot, func(f forgotten) bool { return f.id == id })
	m.forgot = append(m.forgot, forgotten{id: id, at: at})
	if over := len(m.forgot) - MaxForgot; over > 0 {
		m.forgot = slices.Delete(m.forgot, 0, over)
	}
	return true
}

// holds reports whether the model has the feature or reported entry with
// this ID.
func (m *Model) holds(id string) bool {
	_, feat, rep := m.item(id)
	return feat || rep >= 0
}

// recordAt is RecordID for a decision taken at the time at: what was
// forgotten after at (ForgetAt) and is not held now stays forgotten.
func (m *Model) recordAt(id string, s *Sample, d Decision, at int64) error {
	var gone []string
	for _, f := range m.forgot {
		if f.at > at && !m.holds(f.id) {
			gone = append(gone, f.id)
		}
	}
	if err := m.RecordID(id, s, d); err != nil {
		return err
	}
	for _, g := range gone {
		m.Forget(g)
	}
	return nil
}

// Reset forgets everything.
func (m *Model) Reset() { *m = *New() }

// Renew forgets everything and starts a new epoch, named after now (ms
// since the Unix epoch) and a random number: a writer that saved a
// decision before does not save it again (Journal.Changed), since the
// user reset what Vetted learnt or imported another state.
func (m *Model) Renew(now int64) {
	m.Reset()
	m.NewEpoch(now)
}

// NewEpoch gives the state a new epoch (see Renew) and keeps what it
// learnt: an imported state replaces the stored one.
func (m *Model) NewEpoch(now int64) {
	m.epoch = "e" + hex(uint64(now), 11) + hex(rand.Uint64(), 8)
}

// Epoch returns the state's epoch ("" before any Renew).
func (m *Model) Epoch() string { return m.epoch }

// EpochStart returns when the state's epoch began (ms since the Unix
// epoch, as Renew or NewEpoch named it), or 0 (no epoch, or not one they
// named).
func (m *Model) EpochStart() int64 {
	if len(m.epoch) != 20 {
		return 0
	}
	v, ok := parseHex(m.epoch[:12], 'e', 11) // the time NewEpoch wrote, then 8 random digits
	if !ok {
		return 0
	}
	return int64(v)
}

// Clone returns a deep copy of the model.
func (m *Model) Clone() *Model {
	c := *m
	c.feats = make(map[uint32]*Feature, len(m.feats))
	all := make([]Feature, 0, len(m.feats))
	for h, f := range m.feats {
		all = append(all, *f)
		c.feats[h] = &all[len(all)-1]
	}
	if m.filter != nil {
		fl := *m.filter
		c.filter = &fl
	}
	c.reported = slices.Clone(m.reported)
	c.recent = slices.Clone(m.recent)
	c.forgot = slices.Clone(m.forgot)
	return &c
}

// Unheld returns a copy of the model that does not hold back an
// accepting lean on a stranger's card (Result.Held): the learning curve
// (make eval) measures with it what the hold costs and what it keeps
// out. The product never judges with one, and Tree does not save it.
func (m *Model) Unheld() *Model {
	c := m.Clone()
	c.unheld = true
	return c
}

// Result is how a card leans by the model.
type Result struct {
	_           [0]func() // not comparable: no generated equality function (core.wasm's size)
	Lean        Lean
	Score       float64 // above 0 leans to ignoring, below to accepting
	Strength    float64 // 0 to 1: how far past the limit
	Count       int     // decisions behind the lean: the most that shared one quoted feature
	Corrections int     // of which corrections
	// Held is set when the card would lean to accepting but its sender is
	// a stranger (Sample.Stranger): Lean is then LeanNone, and Count,
	// Evidence and Overall say what the accepting lean would rest on.
	Held bool
	// Overall is set when the lean comes from what the user decides
	// overall (Count of OutOf decisions), not from features of the card.
	Overall bool
	OutOf   int
	// Evidence is the card's features that weighed most for the lean,
	// strongest first: up to MaxEvidence.
	Evidence  [MaxEvidence]Feat
	NEvidence int
	Type      Type // the type the user's corrections give cards like this; TypeNone
	TypeCount int  // corrections behind Type
	// TypeEvidence is the card's words that were corrected to Type.
	TypeEvidence  [MaxEvidence]Feat
	NTypeEvidence int
}

// MaxEvidence is the most features a Result quotes.
const MaxEvidence = 3

// The judging constants: priorStrength is how many decisions a feature's
// odds are smoothed with (see weigh), pseudo how many decisions each side
// of the user's overall odds is smoothed with; leanAt is the score from
// which a card leans and fullAt the score of full strength; quoteAt is
// the least a feature must weigh to be quoted; maxKnown bounds the
// features of one card that are looked at. The learning curve in EVAL.md
// chose them (its simulated users, not single notes).
const (
	priorStrength = 2.0
	pseudo        = 2.0
	leanAt        = 0.6
	fullAt        = 2.5
	quoteAt       = 0.4
	// quoteStep is how close two features' weights are for the evidence
	// to quote the longer first.
	quoteStep = 0.5
	maxKnown  = 96
	// minOverall is how many decisions one way a lean from the user's
	// decisions overall needs.
	minOverall = 10
)

// scratch recycles Judge's list of known features, which would otherwise
// be allocated per card (the callbacks of Features make it escape).
var scratch = sync.Pool{New: func() any { return new([maxKnown]known) }}

// known is a feature of the card that the model holds, with its weight.
type known struct {
	_ [0]func() // not comparable: no generated equality function (core.wasm's size)
	f *Feature
	x Feat
	c float64
}

// Judge returns how the card of sample s leans by what the user decided
// before. A nil or empty model leans nowhere.
func (m *Model) Judge(s *Sample) Result {
	var r Result
	if m == nil || len(m.feats) == 0 {
		return r
	}
	buf := scratch.Get().(*[maxKnown]known)
	defer scratch.Put(buf)
	ks := buf[:0]
	Features(s, func(f Feat) {
		if len(ks) == maxKnown {
			return
		}
		// A word the note repeats counts each time, as in the note
		// model; evidence quotes it once.
		if x := m.lookup(f.Hash); x != nil {
			ks = append(ks, known{f: x, x: f})
		}
	})
	if len(ks) == 0 {
		return r
	}
	m.judgeType(ks, &r)
	if m.accept+m.ignore == 0 {
		return r
	}
	// Bernoulli naive Bayes: how much likelier each feature is among the
	// cards ignored than among those accepted. Each side's rate is
	// smoothed towards the feature's rate over all decisions, as if each
	// side had a few more decisions like the rest: a feature seen on one
	// side only because the other has no decisions yet says nothing.
	all := m.accept + m.ignore
	var sum [3]float64
	var cnt [3]int
	for i := range ks {
		f := ks[i].f
		if f.Accept+f.Ignore == 0 {
			continue
		}
		ks[i].c = m.weigh(f, all)
		p := partIndex(ks[i].x.Part)
		sum[p] += ks[i].c
		cnt[p]++
	}
	// Each part (the note, the headline, the facts) has its say, divided
	// by the square root of its features: a long note does not drown the
	// headline.
	for p := range sum {
		if cnt[p] > 0 {
			r.Score += partWeight[p] * sum[p] / math.Sqrt(float64(cnt[p]))
		}
	}
	if cnt == [3]int{} {
		return r
	}
	// How often the user ignores at all: a user who ignores most
	// invitations leans to ignoring a card that is like nothing decided
	// yet.
	prior := math.Log((m.ignore + pseudo) / (m.accept + pseudo))
	r.Score += prior
	sign := 1.0
	lean := LeanIgnore
	if r.Score < 0 {
		sign, lean = -1, LeanAccept
	}
	if sign*r.Score < leanAt {
		return r
	}
	// Evidence: the features that weighed most that way, longer spans
	// first among equals.
	side := func(f *Feature) int {
		if lean == LeanAccept {
			return f.Accepted
		}
		return f.Ignored
	}
	quotable := func(k *known) bool { return sign*k.c >= quoteAt && side(k.f) > 0 && quotedAlone(k) }
	// Only quotable features can be picked: sort those alone (the same
	// order as sorting all, since the sort is stable).
	cand := ks[:0]
	for i := range ks {
		if quotable(&ks[i]) {
			cand = append(cand, ks[i])
		}
	}
	// Features whose weights differ by less than quoteStep weigh about the
	// same to the user (one decision more or less, at first): the longer
	// quote says more ("quick call" before "have").
	order.Stable(cand, func(a, b known) int {
		if ba, bb := math.Floor(sign*a.c/quoteStep), math.Floor(sign*b.c/quoteStep); ba != bb {
			if ba > bb {
				return -1
			}
			return 1
		}
		if d := (b.x.End - b.x.Start) - (a.x.End - a.x.Start); d != 0 {
			return d
		}
		switch {
		case sign*a.c > sign*b.c:
			return -1
		case sign*a.c < sign*b.c:
			return 1
		}
		return 0
	})
	// How many decisions the lean rests on: the most that shared one
	// feature pulling that way, whether or not it is quoted (it is, first,
	// when it can be: see below). Counting only the quoted features made
	// the lean depend on how the evidence is ordered.
	count, corr, top := 0, 0, -1
	for i := range cand {
		if c := side(cand[i].f); c > count {
			count, corr, top = c, cand[i].f.Corrected, i
		}
	}
	var ev [MaxEvidence]Feat
	var picked [MaxEvidence]*Feature
	ne := pick(cand, &ev, &picked, quotable)
	// The feature with the most decisions is quoted too, so that the
	// evidence shows what the count says ("you ignored 6 invitations like
	// this: …" quotes one of them): last, in place of the weakest.
	if top >= 0 && !slices.Contains(picked[:ne], cand[top].f) {
		t := cand[top]
		copy(cand[1:top+1], cand[:top])
		cand[0] = t
		ne = pick(cand, &ev, &picked, quotable)
		first, firstF := ev[0], picked[0]
		copy(ev[:ne-1], ev[1:ne])
		copy(picked[:ne-1], picked[1:ne])
		ev[ne-1], picked[ne-1] = first, firstF
	}
	if count < MinSupport {
		// No feature two decisions shared: the card leans only when
		// what the user decides overall is enough on its own, and it
		// says so (Overall).
		side, all := m.ignored, m.accepted+m.ignored
		if lean == LeanAccept {
			side = m.accepted
		}
		if sign*prior < leanAt || side < minOverall {
			return r
		}
		r.Lean, r.Count, r.Overall, r.OutOf = lean, side, true, all
		r.Strength = 0.1
		r.hold(s, m)
		return r
	}
	r.Lean, r.Count, r.Corrections = lean, count, min(corr, count)
	r.Strength = math.Min(1, (sign*r.Score-leanAt)/(fullAt-leanAt)*0.9+0.1)
	r.Evidence, r.NEvidence = ev, ne
	r.hold(s, m)
	return r
}

// Stranger reports whether the card of sample s is from a person with no
// tie to the user that Vetted can see: no mutual connection (a known
// count of 0) and no company or school in common. An unknown count of
// mutuals (-1: the site does not show it) is not taken for none, and a
// page, event or group is no stranger.
func (s *Sample) Stranger() bool { return s.Person && s.Mutuals == 0 && !s.Shared }

// hold holds back an accepting lean on a stranger's card (Held): the
// user's accepts of similar invitations never recommend accepting a
// stranger on their own, since scams copy the notes people accept, and a
// scam the rules and the note model missed would otherwise be waved
// through (the learning curve in EVAL.md counts them for its three users
// with this limit and without it, Unheld). The lean, its count and its
// evidence stay in the result, for the evidence to say why.
func (r *Result) hold(s *Sample, m *Model) {
	if r.Lean == LeanAccept && s.Stranger() && !m.unheld {
		r.Lean, r.Held = LeanNone, true
	}
}

// judgeType finds the type the user's corrections give cards like this:
// the type that at least two of the card's words or word pairs were
// corrected to at least MinSupport times each, and more of them than to
// any other type.
func (m *Model) judgeType(ks []known, r *Result) {
	var votes, most [numTypes]int
	for i := range ks {
		f := ks[i].f
		if f.Part == PartFact || f.Uses() == f.Accepted+f.Ignored || seenBefore(ks, i) {
			continue
		}
		for t := Type(1); t < numTypes; t++ {
			if c := f.Types[t]; c >= MinSupport {
				votes[t]++
				most[t] = max(most[t], c)
			}
		}
	}
	best, tie := TypeNone, false
	for t := Type(1); t < numTypes; t++ {
		switch {
		case votes[t] > votes[best]:
			best, tie = t, false
		case best != TypeNone && votes[t] == votes[best]:
			tie = true
		}
	}
	if best == TypeNone || tie || votes[best] < 2 {
		return
	}
	r.Type, r.TypeCount = best, most[best]
	order.Stable(ks, func(a, b known) int { return (b.x.End - b.x.Start) - (a.x.End - a.x.Start) })
	var picked [MaxEvidence]*Feature
	r.NTypeEvidence = pick(ks, &r.TypeEvidence, &picked, func(k *known) bool {
		return k.f.Part != PartFact && k.f.Types[best] >= MinSupport
	})
}

// seenBefore reports whether the feature of ks[i] came earlier in ks (a
// repeated word).
func seenBefore(ks []known, i int) bool {
	for _, k := range ks[:i] {
		if k.f == ks[i].f {
			return true
		}
	}
	return false
}

// minQuoted is the shortest single word quoted as evidence: "I" and "m"
// weigh in the score but say nothing to the user.
const minQuoted = 3

// quotedAlone reports whether pick would quote k on its own: a fact, or
// words not too short to quote.
func quotedAlone(k *known) bool {
	return k.x.Part == PartFact || k.x.End-k.x.Start >= minQuoted
}

// pick fills ev (and picked, with what the model holds of them) with the
// features of ks, in order, that ok accepts, that are not too short to
// quote and that do not overlap one already picked, and returns how many.
func pick(ks []known, ev *[MaxEvidence]Feat, picked *[MaxEvidence]*Feature, ok func(*known) bool) int {
	n := 0
	for i := range ks {
		if n == MaxEvidence {
			break
		}
		k := &ks[i]
		if !ok(k) {
			continue
		}
		x := k.x
		if !quotedAlone(k) {
			continue
		}
		overlaps := false
		for _, p := range ev[:n] {
			overlaps = overlaps || p.Hash == x.Hash || p.Part == x.Part && x.Part != PartFact && x.Start < p.End && p.Start < x.End
		}
		if !overlaps {
			ev[n], picked[n] = x, k.f
			n++
		}
	}
	return n
}

// partWeight is the say of each part (note, headline, facts): the
// headline, a few words that name what the sender does, counts twice and
// the facts (what the note reads like, mutuals, titles…), which few
// features carry, two and a half times (chosen by the learning curve in
// EVAL.md).
var partWeight = [3]float64{1, 2, 2.5}

// partIndex numbers the parts 0 to 2.
func partIndex(p Part) int {
	switch p {
	case PartNote:
		return 0
	case PartHeadline:
		return 1
	}
	return 2
}

// cut cleans a label and cuts it to MaxLabel characters.
func cut(s string) string {
	s = text.Clean(s)
	if utf8.RuneCountInString(s) <= MaxLabel {
		return s
	}
	n := 0
	for i := range s {
		if n == MaxLabel {
			return s[:i]
		}
		n++
	}
	return s
}

// hex writes the low digits*4 bits of v as lower-case hex.
func hex(v uint64, digits int) string {
	const xd = "0123456789abcdef"
	b := make([]byte, digits)
	for i := digits - 1; i >= 0; i-- {
		b[i] = xd[v&15]
		v >>= 4
	}
	return string(b)
}
