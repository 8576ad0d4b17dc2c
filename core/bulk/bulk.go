package bulk

import (
	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

// Kind is one of the two bulk actions.
type Kind string

// The bulk actions.
const (
	AcceptRecommended Kind = "accept-recommended" // accept every card recommended for accepting
	IgnoreFlagged     Kind = "ignore-flagged"     // ignore every flagged card
)

// Valid reports whether k is a known bulk action.
func (k Kind) Valid() bool { return k == AcceptRecommended || k == IgnoreFlagged }

// Action is the one-card action the bulk action takes on each target.
func (k Kind) Action() action.Kind {
	if k == IgnoreFlagged {
		return action.Ignore
	}
	return action.Accept
}

// trustedSignal is the verdict signal of a person on the trusted list.
const trustedSignal = "trusted-person"

// Selects reports whether the bulk action is meant for a card with this
// verdict (see the package documentation for the rules).
//
// Not inlined: its copies at 2 calls cost core.wasm 2.7 KB.
//
//go:noinline
func (k Kind) Selects(v *verdict.Verdict) bool {
	switch k {
	case AcceptRecommended:
		return v.Recommendation == verdict.Accept
	case IgnoreFlagged:
		if v.Type == verdict.KnownContact || trusted(v) {
			return false
		}
		switch {
		case v.Level == verdict.LevelDanger,
			v.Recommendation == verdict.Decline,
			v.Recommendation == verdict.DeclineBlock:
			return true
		case v.Recommendation == verdict.IgnoreOrVet:
			return len(v.Flags) > 0
		}
	}
	return false
}

// trusted is not inlined: its copies at 3 calls cost core.wasm 2.3 KB.
//
//go:noinline
func trusted(v *verdict.Verdict) bool {
	for _, s := range v.Signals {
		if s.ID == trustedSignal {
			return true
		}
	}
	return false
}

// Control is the state of the page control a bulk action needs on a card.
type Control int

// The control states.
const (
	NoControl Control = iota // the card has no such control
	Clickable                // a script's click works
	UserClick                // only the user's own click works (LinkedIn's "follows you" Accept link)
)

// Card is one invitation on the page as the runner sees it, in page order.
type Card struct {
	Key     string // the card's key (also the ledger entry's key)
	Name    string
	Verdict verdict.Verdict
	Control Control // the control for the bulk action's one-card action
	Busy    bool    // a one-card action is running on it
}

// Reason says why a card is skipped or a run stopped; the UI turns it into
// words.
type Reason string

// Why a card is skipped.
const (
	NoControlOnCard Reason = "no-control"    // the card has no control for the action
	NeedsUserClick  Reason = "user-click"    // the site takes only the user's own click
	AlreadyDone     Reason = "already-done"  // the ledger shows this invitation accepted or ignored
	InProgress      Reason = "in-progress"   // a one-card action is running on it
	RunCap          Reason = "run-cap"       // over the per-run cap (pacing.max_per_run)
	HourCap         Reason = "hour-cap"      // over the hourly cap (pacing.max_per_hour)
	NotConfirmed    Reason = "not-confirmed" // it appeared after the user confirmed the list
	Gone            Reason = "gone"          // it is no longer on the page
)

// Why a run stopped before its end (besides RunCap and HourCap).
const (
	Cancelled     Reason = "cancelled"      // the user cancelled
	SecurityCheck Reason = "security-check" // the site showed a security check
	NeedsYou      Reason = "needs-you"      // the site opened a dialog or wants the user's own click
	PageChanged   Reason = "page-changed"   // the card or the page changed unexpectedly
	NoChange      Reason = "no-change"      // the page did not show the result of a click
)

// StopReason maps the outcome of a one-card action (other than done) to
// why the run stops.
func StopReason(out action.Outcome) Reason {
	switch out {
	case action.Stopped:
		return SecurityCheck
	case action.NeedsUser:
		return NeedsYou
	case action.Refused:
		return PageChanged
	}
	return NoChange
}

// Target is a card a bulk action will act on.
type Target struct {
	_    [0]func() // not comparable: no generated equality function (core.wasm's size)
	Key  string    `json:"key"`
	Name string    `json:"name"`
}

// Skip is a card a bulk action is meant for but will not act on.
type Skip struct {
	_      [0]func() // not comparable: no generated equality function (core.wasm's size)
	Key    string    `json:"key"`
	Name   string    `json:"name"`
	Reason Reason    `json:"reason"`
}

// Plan is what a bulk action will do on the page.
type Plan struct {
	Kind    Kind
	Targets []Target // in page order
	Skipped []Skip   // in page order
}

// HourMS is an hour in milliseconds.
const HourMS = 60 * 60 * 1000

// UsedLastHour counts the bulk actions of the last hour before now (Unix
// milliseconds) in the ledger: every entry marked Bulk, whatever its
// outcome. Entries dated in the future count too (a clock set back must
// not lift the cap).
func UsedLastHour(entries []ledger.Entry, now int64) int {
	n := 0
	for i := range entries {
		if e := &entries[i]; e.Bulk && e.At > now-HourMS {
			n++
		}
	}
	return n
}

// done reports whether the ledger shows the invitation with this key
// accepted or ignored (outcome done).
func done(entries []ledger.Entry, key string) bool {
	if key == "" {
		return false
	}
	for i := range entries {
		e := &entries[i]
		if e.Key != key || e.Outcome != "" && e.Outcome != ledger.Done {
			continue
		}
		if d := ledger.Decision(e.Action); d == string(action.Accept) || d == string(action.Ignore) {
			return true
		}
	}
	return false
}

// New plans a bulk action: the cards it is meant for (Kind.Selects), in
// page order, either as targets or skipped with a reason. Cards without a
// usable control, already decided in the ledger or busy are skipped; of
// the rest, those beyond the per-run cap or beyond what the hourly cap
// leaves (given the ledger's bulk entries of the last hour) are skipped
// too. now is in Unix milliseconds.
func New(k Kind, cards []Card, p settings.Pacing, entries []ledger.Entry, now int64) Plan {
	plan := Plan{Kind: k}
	if !k.Valid() {
		return plan
	}
	left := p.MaxPerHour - UsedLastHour(entries, now)
	for i := range cards {
		c := &cards[i]
		if !k.Selects(&c.Verdict) {
			continue
		}
		why := Reason("")
		switch {
		case c.Control == NoControl:
			why = NoControlOnCard
		case c.Control == UserClick:
			why = NeedsUserClick
		case done(entries, c.Key):
			why = AlreadyDone
		case c.Busy:
			why = InProgress
		case len(plan.Targets) >= p.MaxPerRun:
			why = RunCap
		case len(plan.Targets) >= left:
			why = HourCap
		}
		if why != "" {
			plan.Skipped = append(plan.Skipped, Skip{Key: c.Key, Name: c.Name, Reason: why})
			continue
		}
		plan.Targets = append(plan.Targets, Target{Key: c.Key, Name: c.Name})
	}
	return plan
}

// Start plans the bulk action afresh when the user presses Start and keeps
// only the targets the user confirmed (keys, from the plan they saw).
// Confirmed cards that are no longer targets are skipped with the fresh
// reason (Gone when they left the page); new targets the user did not see
// are skipped as NotConfirmed. Nothing the user did not confirm is ever a
// target.
func Start(k Kind, confirmed []string, cards []Card, p settings.Pacing, entries []ledger.Entry, now int64) Plan {
	fresh := New(k, cards, p, entries, now)
	want := make(map[string]bool, len(confirmed))
	for _, key := range confirmed {
		want[key] = true
	}
	out := Plan{Kind: k}
	seen := map[string]bool{}
	for _, t := range fresh.Targets {
		seen[t.Key] = true
		if want[t.Key] {
			out.Targets = append(out.Targets, t)
		} else {
			out.Skipped = append(out.Skipped, Skip{Key: t.Key, Name: t.Name, Reason: NotConfirmed})
		}
	}
	for _, s := range fresh.Skipped {
		seen[s.Key] = true
		if want[s.Key] {
			out.Skipped = append(out.Skipped, s)
		}
	}
	for _, key := range confirmed {
		if !seen[key] {
			seen[key] = true
			out.Skipped = append(out.Skipped, Skip{Key: key, Name: nameOf(cards, key), Reason: Gone})
		}
	}
	return out
}

func nameOf(cards []Card, key string) string {
	for i := range cards {
		if cards[i].Key == key {
			return cards[i].Name
		}
	}
	return ""
}

// Room re-checks the caps right before a click: RunCap when this run
// already took max_per_run actions, HourCap when the ledger's bulk entries
// of the last hour reach max_per_hour, else "".
func Room(p settings.Pacing, entries []ledger.Entry, now int64, doneThisRun int) Reason {
	if doneThisRun >= p.MaxPerRun {
		return RunCap
	}
	if UsedLastHour(entries, now) >= p.MaxPerHour {
		return HourCap
	}
	return ""
}

// Delay is the pause before the next click in milliseconds, drawn
// uniformly from [min_delay_ms, max_delay_ms] with rnd (which returns a
// number in [0, 1), as Math.random does). Out-of-range draws are clamped,
// and bounds in the wrong order are swapped.
func Delay(rnd func() float64, p settings.Pacing) int {
	lo, hi := p.MinDelayMS, p.MaxDelayMS
	if hi < lo {
		lo, hi = hi, lo
	}
	if lo < 0 {
		lo = 0
	}
	if hi < lo {
		hi = lo
	}
	r := 0.0
	if rnd != nil {
		r = rnd()
	}
	if !(r >= 0) { // also NaN
		r = 0
	}
	d := lo + int(r*float64(hi-lo+1))
	if d > hi {
		d = hi
	}
	return d
}
