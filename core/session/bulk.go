package session

import (
	"errors"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/bulk"
	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/render"
)

// Bulk triage through the shell (DESIGN §6; the rules are core/bulk). The
// shell asks:
//
//   - bulk-plan (BulkKind, Busy): what the bulk action would do on the
//     page now, for the user to confirm (bulk.Plan.Tree);
//   - bulk-start (BulkKind, Keys: the cards the user confirmed): the plan
//     made afresh and narrowed to those cards, and the run's first step;
//   - bulk-step (Run: the run as the last step returned it; Outcome and
//     Message: how the card's action ended; Cancel: the user cancelled,
//     before that action started when Outcome is empty): the next step.
//
// A step tells the shell to pause (Delay ms, a random pause between two
// clicks), to act on one card (Kind, Judged, Hint: the single-action path
// of Act and Observe, with Request.Bulk set: identity re-check before the
// click, success only once the page changed, a decision-log entry marked
// bulk, no waiting for the user's own click), or that the run is over.
// Before every card the caps are checked again against the decision log,
// the page's address against the run's, and the card is looked for on the
// page (gone: skipped). The run travels with every step (BulkRun), so a
// hosted core stopped mid-run loses nothing.

// What the shell does next in a bulk run.
const (
	BulkPause = "pause" // wait Delay ms (cancellable), then ask bulk-step
	BulkAct   = "act"   // run the card's action, then ask bulk-step with its outcome
	BulkOver  = ""      // the run is over: show the summary
)

// RandRange bounds Request.Rand: a whole number in [0, RandRange).
const RandRange = 1_000_000

// The phases of a bulk run between two steps.
const (
	bulkFirst  = "first"  // the first card: no pause before it
	bulkPaused = "paused" // the pause before the current card is over
	bulkActing = "acting" // the current card's action is running
	bulkNext   = ""       // after an action: pause before the next card
)

// BulkRun is a bulk run as it travels between the core and the shell.
type BulkRun struct {
	Run bulk.Run `json:"run"`
	URL string   `json:"url"` // the page the run started on
	// Judged holds the targets as judged when the run started, in Targets'
	// order: each card's action re-checks the page against them.
	Judged []Judged `json:"judged"`
	Phase  string   `json:"phase"`
}

// BulkAnswer is the answer to bulk-start and bulk-step.
type BulkAnswer struct {
	Run   *BulkRun `json:"run"` // send back with the next bulk-step
	Next  string   `json:"next"`
	Delay int      `json:"delay,omitempty"` // BulkPause: ms
	// BulkAct: the card's action, the card as judged and where it is in
	// this snapshot.
	Kind   string  `json:"kind,omitempty"`
	Judged *Judged `json:"judged,omitempty"`
	Hint   int     `json:"hint,omitempty"`
	// The page's progress bar, and the run's progress or summary for the
	// popup (bulk.Run.Tree).
	Bar      render.BulkBar `json:"bar"`
	Progress BulkProgress   `json:"progress"`
}

// BulkPlanned is the answer to bulk-plan: what the bulk action would do.
type BulkPlanned struct {
	Kind    string        `json:"kind"`
	Action  string        `json:"action"` // the one-card action it takes on each target
	Targets []bulk.Target `json:"targets"`
	Skipped []bulk.Skip   `json:"skipped"`
}

// BulkProgress is a run's progress or summary for the popup (kept by the
// background per tab): current is the 1-based position of the card being
// acted on while running (0 otherwise); not_reached, after a stop, the
// targets the run did not get to.
type BulkProgress struct {
	Kind       string        `json:"kind"`
	Action     string        `json:"action"`
	State      string        `json:"state"`
	Total      int           `json:"total"`
	Current    int           `json:"current"`
	Done       []bulk.Target `json:"done"`
	Skipped    []bulk.Skip   `json:"skipped"`
	NotReached []bulk.Target `json:"not_reached"`
	Stop       string        `json:"stop,omitempty"`
	StopName   string        `json:"stop_name,omitempty"`
	Message    string        `json:"message,omitempty"`
}

func newBulkProgress(r *bulk.Run) BulkProgress {
	p := BulkProgress{Kind: string(r.Kind), Action: string(r.Kind.Action()), State: string(r.State), Total: len(r.Targets),
		Done: nonNil(r.Done), Skipped: nonNil(r.Skipped), NotReached: nonNil(r.NotReached()),
		Stop: string(r.Stop), StopName: r.StopName, Message: r.Message}
	if r.State == bulk.Running {
		p.Current = r.Pos + 1
	}
	return p
}

// nonNil makes an empty list an empty array in JSON, not null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

var (
	errBulkKind = errors.New("unknown-kind")
	errNoList   = errors.New("no-list")
	errBadRun   = errors.New("session: bulk-step without a valid run")
)

// bulkInput is the bulk action a request names and its page, judged.
func bulkInput(env *Env, req *Request) (bulk.Kind, *judgedPage, error) {
	k := bulk.Kind(req.BulkKind)
	if !k.Valid() {
		return k, nil, errBulkKind
	}
	jp, err := bulkPage(env, req)
	return k, jp, err
}

// BulkPlan is what a bulk action would do on the page.
func BulkPlan(env *Env, req *Request) (*BulkPlanned, error) {
	k, jp, err := bulkInput(env, req)
	if err != nil {
		return nil, err
	}
	p := bulk.New(k, bulkCards(jp, k, req.Busy), env.Pacing, env.entries(), req.Now)
	return &BulkPlanned{Kind: string(k), Action: string(k.Action()), Targets: nonNil(p.Targets), Skipped: nonNil(p.Skipped)}, nil
}

// BulkStart plans the bulk action afresh, keeps the cards the user
// confirmed and starts the run: its first step.
func BulkStart(env *Env, req *Request) (*BulkAnswer, error) {
	k, jp, err := bulkInput(env, req)
	if err != nil {
		return nil, err
	}
	plan := bulk.Start(k, req.Keys, bulkCards(jp, k, req.Busy), env.Pacing, env.entries(), req.Now)
	r := &BulkRun{Run: *bulk.NewRun(plan), URL: req.URL, Phase: bulkFirst}
	for _, t := range r.Run.Targets {
		for i := range jp.cards {
			if jc := &jp.cards[i]; jc.key == t.Key {
				r.Judged = append(r.Judged, newJudged(jc.key, &jc.card, &jc.verdict))
				break
			}
		}
	}
	return r.step(env, req, jp), nil
}

// BulkStep takes how the current card's action ended (or the user's
// cancel) and answers the run's next step.
func BulkStep(env *Env, req *Request) (*BulkAnswer, error) {
	r := req.Run
	if r == nil || !r.Run.Valid() || len(r.Judged) != len(r.Run.Targets) {
		return nil, errBadRun
	}
	for i := range r.Run.Targets {
		if r.Judged[i].Key != r.Run.Targets[i].Key {
			return nil, errBadRun
		}
	}
	if r.Phase == bulkActing && !(req.Cancel && req.Outcome == "") {
		out := action.Outcome(req.Outcome)
		if out == "" || out == action.Pending || out == action.Go {
			out = action.Failed
		}
		r.Run.Record(out, req.Message)
		r.Phase = bulkNext
	}
	if req.Cancel {
		r.Run.Halt(bulk.Cancelled, "")
	}
	var jp *judgedPage
	if r.Run.State == bulk.Running && r.Phase != bulkNext {
		var err error
		if jp, err = bulkPage(env, req); err != nil && err != errNoList {
			return nil, err
		}
	}
	return r.step(env, req, jp), nil
}

// step moves the run on to its next card: the pause before it, the card
// itself, or the end.
func (r *BulkRun) step(env *Env, req *Request, jp *judgedPage) *BulkAnswer {
	for r.Run.State == bulk.Running {
		t, pos, _ := r.Run.Next()
		if r.Phase == bulkNext {
			r.Phase = bulkPaused
			return r.answer(&BulkAnswer{Next: BulkPause, Delay: bulk.Delay(func() float64 { return float64(req.Rand) / RandRange }, env.Pacing)})
		}
		if why := bulk.Room(env.Pacing, env.entries(), req.Now, len(r.Run.Done)); why != "" {
			r.Run.Halt(why, "")
			break
		}
		if req.URL != r.URL || jp == nil || jp.site.Adapter == nil {
			r.Run.Halt(bulk.PageChanged, "")
			break
		}
		var node page.Node
		for i := range jp.cards {
			if jp.cards[i].key == t.Key {
				node = jp.cards[i].node
				break
			}
		}
		if node == nil {
			r.Run.SkipCurrent(bulk.Gone)
			continue
		}
		r.Phase = bulkActing
		return r.answer(&BulkAnswer{Next: BulkAct, Kind: string(r.Run.Kind.Action()), Judged: &r.Judged[pos-1], Hint: jp.tree.ID(node)})
	}
	r.Phase = bulkNext
	return r.answer(&BulkAnswer{Next: BulkOver})
}

func (r *BulkRun) answer(st *BulkAnswer) *BulkAnswer {
	st.Run = r
	st.Bar = render.NewBulkBar(&r.Run)
	st.Progress = newBulkProgress(&r.Run)
	return st
}

// bulkPage reads and judges the request's snapshot; errNoList when no
// adapter reads the page.
func bulkPage(env *Env, req *Request) (*judgedPage, error) {
	tree, err := domtree.Decode(req.Tree)
	if err != nil {
		return nil, err
	}
	jp := judgePage(env, req.URL, tree)
	if jp.site.Adapter == nil {
		return jp, errNoList
	}
	return jp, nil
}

// bulkCards lists the page's cards for core/bulk, in page order, with the
// state of the control the kind's action needs (looked up for the cards
// the kind selects only). busy: the keys of cards with an action running.
func bulkCards(jp *judgedPage, k bulk.Kind, busy []string) []bulk.Card {
	need := action.ControlAccept
	if k.Action() == action.Ignore {
		need = action.ControlIgnore
	}
	isBusy := make(map[string]bool, len(busy))
	for _, b := range busy {
		isBusy[b] = true
	}
	out := make([]bulk.Card, len(jp.cards))
	for i := range jp.cards {
		jc := &jp.cards[i]
		out[i] = bulk.Card{Key: jc.key, Name: jc.card.Name, Verdict: jc.verdict, Busy: isBusy[jc.key]}
		if !k.Selects(&jc.verdict) {
			continue
		}
		if ctrl := jp.site.Control(jc.node, need); ctrl != nil {
			out[i].Control = bulk.UserClick
			if jp.site.Clickable(ctrl) {
				out[i].Control = bulk.Clickable
			}
		}
	}
	return out
}
