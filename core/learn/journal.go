package learn

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strconv"
)

// MaxRecent is how many decision IDs a state remembers (RecordID): more
// than a Journal watches, so that a decision it watches is never taken for
// written over only because later ones pushed its ID out.
const MaxRecent = 500

// Journal watch bounds: decisions saved in the last ten minutes, at most
// 200 (a writer that read the state before ours writes within seconds).
const (
	watchAge = 10 * 60 * 1000
	watchMax = 200
)

// RecordID is Record for a decision with an ID (Pending.ID): a decision
// the state already holds (HasDecision) changes nothing and is no error,
// so that saving a decision again never counts it twice.
func (m *Model) RecordID(id string, s *Sample, d Decision) error {
	if id != "" && m.HasDecision(id) {
		return nil
	}
	if err := m.Record(s, d); err != nil {
		return err
	}
	if id != "" {
		m.recent = append(m.recent, id)
		if over := len(m.recent) - MaxRecent; over > 0 {
			m.recent = slices.Delete(m.recent, 0, over)
		}
	}
	return nil
}

// HasDecision reports whether the state holds the decision with this ID
// among its latest MaxRecent.
func (m *Model) HasDecision(id string) bool {
	return m != nil && slices.Contains(m.recent, id)
}

// FromOutcome returns the decision a decision-log entry carries once its
// action has an outcome (package action's): an action teaches only when it
// was carried out ("done"); a block, which Vetted leaves to the user on
// the sender's profile ("needs-user"), teaches once the user chose it.
// bulk marks a bulk run's.
func FromOutcome(action, outcome string, bulk bool) (Decision, bool) {
	d, ok := FromAction(action, bulk)
	if !ok {
		return d, false
	}
	switch {
	case outcome == "done":
		return d, true
	case outcome == "needs-user" && d.Action == ActionBlock:
		return d, true
	}
	return Decision{}, false
}

// Pending is a decision waiting to be saved: the card as the model sees
// it, the decision, when it was taken and an ID, unique across tabs.
type Pending struct {
	ID       string
	At       int64 // ms since the Unix epoch
	Sample   Sample
	Decision Decision
}

// watched is a decision saved lately.
type watched struct {
	p       Pending
	savedAt int64
	epoch   string // the epoch of the state it was saved in
}

// Journal is one writer's side of the stored learnt state
// (chrome.storage.local "learnt"), the logic of every tab's and the
// background's store: decisions are recorded in memory at once (Model
// judges with them) and stay pending until a write confirms them (Merge,
// Saved); after a storage error they stay pending and nothing is dropped.
// Every write starts from the state as stored then (another tab may have
// written), and the decisions saved lately are watched: when a change of
// the stored state lacks one (another writer read the state before our
// write and wrote after it), Changed makes it pending again. A state of
// another epoch (Reset all, an import) is the user's wish: what it lacks
// is not saved again, and a decision taken before its epoch began, still
// pending (a failing write) or added again (the shell asking again), is
// dropped. A Journal is not safe for concurrent use.
type Journal struct {
	base    *Model // the state as last read or written
	view    *Model // base with the pending decisions; nil: not made yet
	pending []Pending
	saved   []watched
	now     int64 // the latest time a write or change was told at (Merge, Saved, Changed)
}

// NewJournal returns a journal over an empty state.
func NewJournal() *Journal { return &Journal{base: New()} }

// Load takes the state as read from storage (nil: nothing stored). A
// state that does not validate is an error and the journal keeps what it
// had; the stored state is not written over (Merge refuses it too).
func (j *Journal) Load(tree any) error {
	m, err := FromTree(tree)
	if err != nil {
		return err
	}
	j.base, j.view = m, nil
	return nil
}

// Model is what judging uses: the stored state with the pending decisions
// recorded. The model returned never changes; a later change makes a new
// one.
func (j *Journal) Model() *Model {
	if j.view == nil {
		if len(j.pending) == 0 {
			j.view = j.base
		} else {
			j.view = j.base.Clone()
			start := j.startOf(j.base)
			for i := range j.pending {
				if p := &j.pending[i]; p.At >= start {
					_ = j.view.recordAt(p.ID, &p.Sample, p.Decision, p.At) // validated by Add
				}
			}
		}
	}
	return j.view
}

// Add records a decision on the card of sample s, taken at now: pending
// until saved. id names it (EntryID: the decision-log entry's); "" gives
// a random one. A decision with an ID already pending or saved changes
// nothing (a retry). An invalid decision is an error and changes nothing.
func (j *Journal) Add(id string, s Sample, d Decision, now int64) (Pending, error) {
	if err := d.Validate(); err != nil {
		return Pending{}, err
	}
	if id == "" {
		id = "d" + hex(rand.Uint64(), 12)
	}
	p := Pending{ID: id, At: now, Sample: s, Decision: d}
	if now < j.startOf(j.base) || j.base.HasDecision(id) || slices.ContainsFunc(j.pending, func(q Pending) bool { return q.ID == id }) {
		return p, nil
	}
	j.pending = append(j.pending, p)
	j.view = nil // the view handed out does not change: Model makes a new one
	return p, nil
}

// EntryID is the ID of the decision a decision-log entry carries: its
// card's key, action and time, hashed.
func EntryID(key, action string, at int64) string {
	return "d" + hex(hash64(key+"\x00"+action+"\x00"+hex(uint64(at), 16)), 16)
}

// Pending returns how many decisions wait to be saved.
func (j *Journal) Pending() int { return len(j.pending) }

// Merge returns the state to write (its Tree) at now: stored (the state as
// stored now; nil: nothing stored) with every pending decision recorded,
// and how many pending decisions it holds (for Saved). Pending decisions
// taken before the stored state's epoch began are dropped: the user reset
// or replaced what was learnt after them. A stored state that does not
// validate is an error: write nothing, the decisions stay pending.
func (j *Journal) Merge(stored any, now int64) (*Model, int, error) {
	m, err := FromTree(stored)
	if err != nil {
		return nil, 0, errors.New("what Vetted learnt is stored damaged (" + err.Error() + "); reset it on the decision log page")
	}
	j.now = max(j.now, now)
	start := j.startOf(m)
	if n := len(j.pending); n > 0 {
		j.pending = slices.DeleteFunc(j.pending, func(p Pending) bool { return p.At < start })
		if len(j.pending) < n {
			j.view = nil
		}
	}
	for i := range j.pending {
		p := &j.pending[i]
		if err := m.recordAt(p.ID, &p.Sample, p.Decision, p.At); err != nil {
			return nil, 0, err
		}
	}
	return m, len(j.pending), nil
}

// Saved confirms that the first n pending decisions were written, in the
// state m (as Merge returned it; it must not change after), at now: they
// are watched from now on.
func (j *Journal) Saved(m *Model, n int, now int64) {
	j.now = max(j.now, now)
	n = min(n, len(j.pending))
	for _, p := range j.pending[:n] {
		j.saved = append(j.saved, watched{p, now, m.epoch})
	}
	j.pending = slices.Delete(j.pending, 0, n)
	j.prune(now)
	j.base, j.view = m, nil
}

// prune drops watched decisions older than watchAge, keeping at most
// watchMax.
func (j *Journal) prune(now int64) {
	i := 0
	for i < len(j.saved) && now-j.saved[i].savedAt > watchAge {
		i++
	}
	i = max(i, len(j.saved)-watchMax)
	j.saved = slices.Delete(j.saved, 0, i)
}

// Changed takes the stored state after any write (tree; removed: the key
// was removed, which the user did). Decisions saved lately that it lacks,
// in the same epoch, are pending again: lost says how many, and the
// caller writes again. A state that does not validate is an error and
// changes nothing.
func (j *Journal) Changed(tree any, removed bool, now int64) (lost int, err error) {
	j.now = max(j.now, now)
	if removed {
		j.saved = nil
		j.base, j.view = New(), nil
		return 0, nil
	}
	m, err := FromTree(tree)
	if err != nil {
		return 0, err
	}
	j.prune(now)
	keep := j.saved[:0]
	for _, w := range j.saved {
		switch {
		case m.epoch != w.epoch:
			// Reset or imported: the user's wish; stop watching.
		case m.HasDecision(w.p.ID):
			keep = append(keep, w)
		default:
			j.pending = append(j.pending, w.p)
			lost++
		}
	}
	j.saved = keep
	j.base, j.view = m, nil
	return lost, nil
}

// startOf is when the epoch of state m began (Model.EpochStart): a
// decision taken before it is not saved into it. An epoch that begins
// after the latest time the journal was told was named by a clock ahead
// of this one (since put right): 0, nothing is dropped for it.
func (j *Journal) startOf(m *Model) int64 {
	if s := m.EpochStart(); s <= j.now {
		return s
	}
	return 0
}

// Describe says how many decisions wait, for an error message: "3
// decisions".
func Describe(n int) string {
	if n == 1 {
		return "1 decision"
	}
	return strconv.Itoa(n) + " decisions"
}
