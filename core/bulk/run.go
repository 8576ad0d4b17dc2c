package bulk

import "github.com/vetted/vetted/core/action"

// State is where a run is.
type State string

// The states of a run.
const (
	Running  State = "running"
	Finished State = "finished" // every target was acted on
	Halted   State = "stopped"  // stopped early: see Run.Stop
)

// Run follows one bulk run from its plan to its summary: the runner asks
// Next for the card to act on, reports each outcome with Record, and stops
// it with Halt (caps, cancel). A run only ever moves forward: once it is
// no longer Running, Next returns nothing.
type Run struct {
	Kind    Kind     `json:"kind"`
	State   State    `json:"state"`
	Targets []Target `json:"targets"` // the plan's targets, in page order
	Done    []Target `json:"done"`    // acted on with the page showing the change
	Skipped []Skip   `json:"skipped"` // skipped at planning or during the run
	// Why the run stopped early, the card it stopped at (if any) and the
	// single-action path's own words.
	Stop     Reason `json:"stop,omitempty"`
	StopName string `json:"stopName,omitempty"`
	Message  string `json:"message,omitempty"`
	// Pos is the index in Targets of the card the run is at. A run is
	// plain data: a stateless host (core/session) sends it to the shell
	// and gets it back with the next request.
	Pos int `json:"pos"`
}

// Valid reports whether a run that came back from the shell is one that
// NewRun could have made: a known kind and state, and its position within
// its targets.
func (r *Run) Valid() bool {
	if r == nil || !r.Kind.Valid() || r.Pos < 0 || r.Pos > len(r.Targets) {
		return false
	}
	switch r.State {
	case Running, Finished, Halted:
		return true
	}
	return false
}

// NewRun starts a run of a plan. A plan without targets is finished at once.
func NewRun(p Plan) *Run {
	r := &Run{Kind: p.Kind, State: Running, Targets: p.Targets, Skipped: append([]Skip(nil), p.Skipped...)}
	if len(r.Targets) == 0 {
		r.State = Finished
	}
	return r
}

// Next returns the next target to act on and its position (1-based), or
// false when the run is over.
func (r *Run) Next() (Target, int, bool) {
	if r.State != Running || r.Pos >= len(r.Targets) {
		return Target{}, 0, false
	}
	return r.Targets[r.Pos], r.Pos + 1, true
}

// Record takes the outcome of the action on the current target: done moves
// on (the run finishes after the last target), anything else stops the run
// there with the outcome's reason and message.
func (r *Run) Record(out action.Outcome, msg string) {
	if r.State != Running || r.Pos >= len(r.Targets) {
		return
	}
	t := r.Targets[r.Pos]
	if out != action.Done {
		r.halt(StopReason(out), t.Name, msg)
		return
	}
	r.Done = append(r.Done, t)
	r.Pos++
	if r.Pos >= len(r.Targets) {
		r.State = Finished
	}
}

// SkipCurrent skips the current target (it left the page before its
// turn) and moves on.
func (r *Run) SkipCurrent(why Reason) {
	if r.State != Running || r.Pos >= len(r.Targets) {
		return
	}
	t := r.Targets[r.Pos]
	r.Skipped = append(r.Skipped, Skip{Key: t.Key, Name: t.Name, Reason: why})
	r.Pos++
	if r.Pos >= len(r.Targets) {
		r.State = Finished
	}
}

// Halt stops the run before the current target (cancelled, a cap reached).
//
// Not inlined: its copies at 3 calls cost core.wasm 0.6 KB.
//
//go:noinline
func (r *Run) Halt(why Reason, msg string) {
	if r.State != Running {
		return
	}
	name := ""
	if r.Pos < len(r.Targets) {
		name = r.Targets[r.Pos].Name
	}
	r.halt(why, name, msg)
}

func (r *Run) halt(why Reason, name, msg string) {
	r.State, r.Stop, r.StopName, r.Message = Halted, why, name, msg
}

// NotReached lists the targets the run did not get to (after a stop),
// excluding the one it stopped at.
func (r *Run) NotReached() []Target {
	if r.State != Halted {
		return nil
	}
	from := r.Pos
	if r.Stop != Cancelled && r.Stop != RunCap && r.Stop != HourCap {
		from++ // the run stopped at this card: it is named in StopName
	}
	if from >= len(r.Targets) {
		return nil
	}
	return r.Targets[from:]
}

// Tree is the run's progress or summary as a generic JSON tree for the
// tab's status and the popup:
//
//	{kind, action, state, total, current, done: [{key, name}],
//	 skipped: [{key, name, reason}], not_reached: [{key, name}],
//	 stop?, stop_name?, message?}
//
// current is the 1-based position of the card being acted on while
// running (0 otherwise).
func (r *Run) Tree() map[string]any {
	current := 0
	if r.State == Running {
		current = r.Pos + 1
	}
	m := obj("kind", string(r.Kind), "action", string(r.Kind.Action()), "state", string(r.State),
		"total", len(r.Targets), "current", current, "done", targetsTree(r.Done),
		"skipped", skipsTree(r.Skipped), "not_reached", targetsTree(r.NotReached()))
	if r.Stop != "" {
		m["stop"], m["stop_name"], m["message"] = string(r.Stop), r.StopName, r.Message
	}
	return m
}

// Tree is the plan as a generic JSON tree:
// {kind, action, targets: [{key, name}], skipped: [{key, name, reason}]}.
func (p Plan) Tree() map[string]any {
	return obj("kind", string(p.Kind), "action", string(p.Kind.Action()),
		"targets", targetsTree(p.Targets), "skipped", skipsTree(p.Skipped))
}

// obj makes a JSON object from key, value pairs (one map-filling loop
// rather than a map literal's code per key: core.wasm's size).
func obj(kv ...any) map[string]any {
	m := make(map[string]any, len(kv)/2+3)
	for i := 0; i+1 < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func targetsTree(ts []Target) []any {
	out := make([]any, len(ts))
	for i, t := range ts {
		out[i] = obj("key", t.Key, "name", t.Name)
	}
	return out
}

func skipsTree(ss []Skip) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = obj("key", s.Key, "name", s.Name, "reason", string(s.Reason))
	}
	return out
}
