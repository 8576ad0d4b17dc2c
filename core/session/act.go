package session

import (
	"errors"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/render"
)

// How long the shell keeps sending snapshots for one step, in ms.
const (
	ClickWait    = 8000   // for the page to show the result of a click
	UserWait     = 120000 // for the user to click a highlighted control
	ReportWait   = 3000   // for the site's report options to appear
	ComposerWait = 6000   // for the site's message box to open
)

// What the shell does next with an action's step.
const (
	NextClick = "click" // click element Click, then send snapshots (observe) with Job
	NextWait  = "wait"  // send another snapshot (observe) with Job
	NextFill  = "fill"  // type Text into element Fill, then observe with Job and Filled
	NextNone  = ""      // the action is over
)

// Step is the core's answer to act and observe: what the shell shows on the
// badge, what it touches, and what comes next.
type Step struct {
	Next      string        `json:"next"`
	State     string        `json:"state"` // the badge's data-vetted-state: "", done, refused, needs-user, stopped, failed
	Message   render.Text   `json:"message"`
	Click     int           `json:"click"`               // element to click (Next is click), else -1
	Highlight []int         `json:"highlight,omitempty"` // page controls to outline for the user
	Link      string        `json:"link,omitempty"`      // a safe http(s) URL to offer
	LinkText  render.Text   `json:"linkText"`
	Copy      string        `json:"copy,omitempty"` // a message for the user to copy
	Fill      int           `json:"fill,omitempty"` // the message box to type Text into (Next is fill)
	Text      string        `json:"text,omitempty"`
	Job       *Job          `json:"job,omitempty"` // send back with the next observe
	Record    *ledger.Entry `json:"record,omitempty"`
	// Sample is what Vetted learns of the card (learn.Sample), with a
	// Record: keep it with the entry, so that the decision the entry
	// carries teaches the learnt state (learn.FromOutcome).
	Sample *learn.Sample `json:"sample,omitempty"`
	Busy   bool          `json:"busy"` // the card's actions stay disabled
}

// Job is an action in progress, carried by the shell between steps.
type Job struct {
	Plan    action.Plan     `json:"plan"`
	Judged  Judged          `json:"judged"`
	Before  action.Snapshot `json:"before"`
	Phase   string          `json:"phase"` // click, user, report
	Wait    int             `json:"wait"`  // ms this phase may take
	Last    string          `json:"last"`  // the outcome last recorded
	Bulk    bool            `json:"bulk,omitempty"`
	Adapter string          `json:"adapter"` // the site adapter that read the card
	// Sample is what Vetted learns of the card, read when the action
	// started (the card is gone once it is done).
	Sample *learn.Sample `json:"sample,omitempty"`
}

var (
	errNoCard = errors.New("session: act without the judged card")
	errNoJob  = errors.New("session: observe without a job")
)

// The phases of a job.
const (
	phaseClick  = "click"
	phaseUser   = "user"
	phaseReport = "report"
	phaseOpen   = "compose" // the message control was clicked: the box should open
	phaseFill   = "fill"    // the shell types into the box
)

// How the shell's typing into a message box went (Request.Filled).
const (
	FillOK    = "ok"
	FillDraft = "draft" // the box held text already: left alone
)

// page is one snapshot read back: its tree, adapter and the card found in it.
type snap struct {
	_    [0]func() // not comparable: no generated equality function (core.wasm's size)
	tree *domtree.Tree
	root page.Node
	site site
	card page.Node // nil when the invitation is gone
}

func open(req *Request, judged *Judged) (*snap, error) {
	tree, err := domtree.Decode(req.Tree)
	if err != nil {
		return nil, err
	}
	s := &snap{tree: tree, root: tree.Root()}
	a, err := page.Detect(req.URL, s.root)
	if err != nil || a == nil {
		return s, nil
	}
	s.site = site{a}
	var hint page.Node
	if req.Hint > 0 {
		hint = tree.Element(req.Hint)
	}
	s.card = find(s.site, s.root, judged, hint)
	return s, nil
}

// find returns the judged card's element in the page now, or nil. hint,
// when not nil, is where the shell last saw it: read first, so that a long
// page is not read whole for every step of an action.
func find(s site, root page.Node, j *Judged, hint page.Node) page.Node {
	if hint != nil {
		if c, ok := s.Read(hint); ok && Key(&c, map[string]int{}) == j.Key {
			if jc := j.Card(); jc.Key != "" || action.Changed(&jc, &c) == "" {
				for _, n := range s.CardNodes(root) {
					if n == hint {
						return n
					}
				}
			}
		}
	}
	keys := map[string]int{}
	for _, n := range s.CardNodes(root) {
		c, ok := s.Read(n)
		if !ok {
			continue
		}
		if Key(&c, keys) != j.Key {
			continue
		}
		if jc := j.Card(); jc.Key != "" || action.Changed(&jc, &c) == "" {
			return n
		}
	}
	return nil
}

func (s *snap) id(n page.Node) int {
	if n == nil {
		return -1
	}
	return s.tree.ID(n)
}

// Act starts an action on a judged card: the first step of its plan.
func Act(env *Env, req *Request) (*Step, error) {
	if req.Judged == nil {
		return nil, errNoCard
	}
	j := &Job{Judged: *req.Judged, Bulk: req.Bulk}
	st, err := j.act(env, req)
	return j.withSample(st), err
}

// withSample gives a step that records an entry the card's sample.
func (j *Job) withSample(st *Step) *Step {
	if st != nil && st.Record != nil && j.Sample != nil {
		st.Sample = j.Sample
	}
	return st
}

func (j *Job) act(env *Env, req *Request) (*Step, error) {
	kind := action.Kind(req.Kind)
	judged := j.Judged.Card()
	plan, err := action.New(kind, &judged, env.Templates)
	if err != nil {
		j.Plan = action.Plan{Kind: kind, Name: j.Judged.Name}
		return j.finish(req, action.Refused, render.Msg("badgeCannot", "Vetted cannot do this: $1.", render.Lit(err.Error()))), nil
	}
	j.Plan = plan
	s, err := open(req, &j.Judged)
	if err != nil {
		return nil, err
	}
	if s.site.Adapter == nil {
		return j.finish(req, action.Refused, render.Lit("The invitation is no longer on the page.")), nil
	}
	j.Adapter = s.site.ID
	if s.card != nil && env.Judge != nil {
		if c, ok := s.site.Read(s.card); ok {
			smp := env.Judge.Sample(&c)
			j.Sample = &smp
		}
	}
	chk := action.Precheck(s.site, req.URL, s.root, s.card, &judged, plan)
	switch chk.Outcome {
	case action.Stopped, action.Refused:
		return j.finish(req, chk.Outcome, render.Lit(chk.Reason)), nil
	case action.NeedsUser:
		if j.Bulk {
			return j.finish(req, action.NeedsUser, render.Lit(chk.Reason)), nil
		}
		st := &Step{State: string(action.NeedsUser), Message: render.Lit(chk.Reason), Click: -1,
			Highlight: []int{s.id(chk.Control)}, Record: j.record(req, action.NeedsUser)}
		if plan.Click == action.NoControl {
			return st, nil // ask: the user opens the composer
		}
		j.Phase, j.Wait, j.Before = phaseUser, UserWait, action.Snap(s.site, req.URL, s.root, s.card)
		st.Next, st.Job, st.Busy = NextWait, j, true
		return st, nil
	}
	if plan.Click != action.NoControl {
		j.Phase, j.Wait, j.Before = phaseClick, ClickWait, action.Snap(s.site, req.URL, s.root, s.card)
		return &Step{Next: NextClick, Click: s.id(chk.Control), Job: j, Busy: true,
			Message: render.Msg("badgeWorking", "$1: working…", render.ActionLabel(kind))}, nil
	}
	return j.followUp(req, s, chk.Control), nil
}

// Observe judges a snapshot taken while a job waits: the next step.
func Observe(env *Env, req *Request) (*Step, error) {
	j := req.Job
	if j == nil {
		return nil, errNoJob
	}
	st, err := j.observe(req)
	return j.withSample(st), err
}

func (j *Job) observe(req *Request) (*Step, error) {
	s, err := open(req, &j.Judged)
	if err != nil {
		return nil, err
	}
	if s.site.Adapter == nil {
		// Another page: the invitation is gone from view; nothing decisive.
		if a := page.ByID(j.Adapter); a != nil {
			s.site = site{a}
		}
	}
	timedOut := req.Elapsed >= j.Wait
	switch j.Phase {
	case phaseReport:
		return j.report(req, s, timedOut), nil
	case phaseOpen:
		return j.composer(req, s, timedOut), nil
	case phaseFill:
		return j.filled(req), nil
	}
	var after action.Snapshot
	if s.site.Adapter != nil {
		after = action.Snap(s.site, req.URL, s.root, s.card)
	}
	out, why := action.Settle(j.Plan, j.Before, after)
	switch out {
	case action.Done:
		rec := j.record(req, action.Done)
		st := j.followUp(req, s, nil)
		if st.Record == nil {
			st.Record = rec
		}
		return st, nil
	case action.Stopped, action.NeedsUser:
		return j.finish(req, out, render.Lit(why)), nil
	}
	if !timedOut {
		return &Step{Next: NextWait, Click: -1, Job: j, Busy: true, State: j.waitingState()}, nil
	}
	if j.Phase == phaseUser {
		// The user did not click: leave the badge as it is.
		return &Step{State: string(action.NeedsUser), Click: -1}, nil
	}
	return j.finish(req, action.Failed, render.Msg("badgeNoChange",
		"The page did not show the change, so Vetted did not record it as done. Check the card.")), nil
}

func (j *Job) waitingState() string {
	if j.Phase == phaseUser {
		return string(action.NeedsUser)
	}
	return ""
}

// followUp is what comes after the click (or instead of one): the
// composer, the report options, the block flow, or done.
func (j *Job) followUp(req *Request, s *snap, clicked page.Node) *Step {
	p := j.Plan
	name := render.DisplayName(p.Name)
	switch {
	case p.Compose:
		return j.compose(req, s, clicked)
	case p.Report:
		j.Phase, j.Wait = phaseReport, ReportWait
		return j.report(req, s, false)
	case p.Profile != "":
		return &Step{State: string(action.NeedsUser), Click: -1,
			Message: render.Msg("badgeBlockSelf", "Vetted does not block for you. Open $1’s profile, then use its More menu: Report or block.", name),
			Link:    p.Profile, LinkText: render.Msg("badgeOpenProfile", "Open profile"),
			Record: j.record(req, action.NeedsUser)}
	}
	return j.finish(req, action.Done, doneWords(p.Kind, p.Name))
}

// compose opens the site's message box for the person (DESIGN §6: ask for
// context, accept + thank you): it clicks the card's message control, once
// its label names this person and it takes a script's click; the box is
// then found (composer) and filled (filled). ctrl is the control the
// precheck passed (ask), else the card's message control is looked up
// again (after an accept). Whatever stops the flow, the text is offered to
// copy.
func (j *Job) compose(req *Request, s *snap, ctrl page.Node) *Step {
	p := j.Plan
	if p.Click != action.NoControl || ctrl == nil {
		ctrl = nil
		if s.card != nil && s.site.Adapter != nil {
			ctrl = s.site.Control(s.card, action.ControlMessage)
		}
	}
	if ctrl == nil {
		return j.offerCopy(req, action.NeedsUser, render.Msg("badgeNoMessageButton", "Vetted found no message button for $1.", render.DisplayName(p.Name)))
	}
	if named := s.site.ControlNames(ctrl); named != "" && !action.NamesPerson(named, p.Name) {
		return j.offerCopy(req, action.Refused, render.Msg("badgeWrongPerson", "The message button names $1, not $2; Vetted did not open it.",
			render.Lit(named), render.DisplayName(p.Name)))
	}
	if !s.site.Clickable(ctrl) {
		st := j.offerCopy(req, action.NeedsUser, render.Msg("badgeClickMessage", "Click the highlighted message button yourself."))
		st.Highlight = []int{s.id(ctrl)}
		return st
	}
	j.Phase, j.Wait = phaseOpen, ComposerWait
	return &Step{Next: NextClick, Click: s.id(ctrl), Job: j, Busy: true,
		Message: render.Msg("badgeWorking", "$1: working…", render.ActionLabel(p.Kind))}
}

// composer waits for the message box that names the person, then has the
// shell type the message into it, unless it already holds a draft.
func (j *Job) composer(req *Request, s *snap, timedOut bool) *Step {
	if s.root != nil {
		if why := action.Security(req.URL, s.root); why != "" {
			return j.finish(req, action.Stopped, render.Lit(why))
		}
	}
	var box page.Node
	if s.root != nil {
		box = action.FindComposer(s.root, j.Plan.Name)
	}
	switch {
	case box != nil && action.Draft(box):
		return j.offerCopy(req, action.NeedsUser, render.Msg("badgeDraft", "The message box already holds a draft; Vetted left it alone."))
	case box != nil:
		j.Phase = phaseFill
		return &Step{Next: NextFill, Fill: s.id(box), Text: j.Plan.Text, Click: -1, Job: j, Busy: true}
	case timedOut:
		return j.offerCopy(req, action.NeedsUser, render.Msg("badgeNoComposer", "The message box did not open."))
	}
	return &Step{Next: NextWait, Click: -1, Job: j, Busy: true}
}

// filled ends the message flow once the shell typed (or did not).
func (j *Job) filled(req *Request) *Step {
	switch req.Filled {
	case FillOK:
		return j.finish(req, action.Done, j.afterAccept(render.Msg("badgeMessageReady", "Message ready for $1: check it and press Send.", render.DisplayName(j.Plan.Name))))
	case FillDraft:
		return j.offerCopy(req, action.NeedsUser, render.Msg("badgeDraft", "The message box already holds a draft; Vetted left it alone."))
	}
	return j.offerCopy(req, action.NeedsUser, render.Msg("badgeNoType", "Vetted could not type into the message box."))
}

// offerCopy ends the message flow with the text for the user to copy.
func (j *Job) offerCopy(req *Request, out action.Outcome, why render.Text) *Step {
	return &Step{State: string(out), Click: -1, Copy: j.Plan.Text,
		Message: render.Msg("badgeCopyMessage", "$1 Copy the message:", j.afterAccept(why)),
		Record:  j.record(req, out)}
}

// afterAccept prefixes "Accepted Ana." when the plan accepted first.
func (j *Job) afterAccept(t render.Text) render.Text {
	if j.Plan.Click == action.NoControl {
		return t
	}
	return render.Msg("", "$1 $2", doneWords(action.Accept, j.Plan.Name), t)
}

// report shows the site's own report options after an ignore, once they
// appear; when none does in time, the profile to report from.
func (j *Job) report(req *Request, s *snap, timedOut bool) *Step {
	var opts []page.Node
	if s.card != nil && s.site.Adapter != nil {
		if r := s.site.Control(s.card, action.ControlReport); r != nil {
			opts = append(opts, r)
		}
	}
	if s.root != nil {
		opts = append(opts, action.FindReport(s.root, s.card)...)
	}
	if len(opts) > 0 {
		st := &Step{State: string(action.NeedsUser), Click: -1,
			Message: render.Msg("badgeReportChoose", "Ignored. Now choose the site’s own report option (highlighted), such as “I don’t know this person”.")}
		for _, o := range opts {
			st.Highlight = append(st.Highlight, s.id(o))
		}
		return st
	}
	if !timedOut {
		return &Step{Next: NextWait, Click: -1, Job: j, Busy: true}
	}
	if u := page.OwnProfile(j.Plan.Site, j.Plan.ProfileURL); u != "" {
		return &Step{State: string(action.Done), Click: -1,
			Message: render.Msg("badgeReportProfile", "Ignored. To report $1, open their profile and use its More menu: Report or block.", render.DisplayName(j.Plan.Name)),
			Link:    u, LinkText: render.Msg("badgeOpenProfile", "Open profile")}
	}
	return &Step{State: string(action.Done), Click: -1, Message: render.Msg("badgeReportNone", "Ignored. The site showed no report option here.")}
}

// finish ends the action with an outcome.
//
// Not inlined: its copies at 9 calls cost core.wasm 2.3 KB.
//
//go:noinline
func (j *Job) finish(req *Request, out action.Outcome, msg render.Text) *Step {
	return &Step{State: string(out), Message: msg, Click: -1, Record: j.record(req, out)}
}

// record is the decision-log entry for an outcome: one per outcome change,
// and none after the decision was carried out. Not inlined: its six
// callers' copies cost core.wasm 6 KB.
//
//go:noinline
func (j *Job) record(req *Request, out action.Outcome) *ledger.Entry {
	if j.Last == string(action.Done) || j.Last == string(out) {
		return nil
	}
	j.Last = string(out)
	jd := &j.Judged
	return &ledger.Entry{
		Name: jd.Name, ProfileURL: jd.ProfileURL, Key: jd.Key, Site: jd.Site,
		Action: string(j.Plan.Kind), Outcome: string(out), At: req.Now,
		Type: jd.Type, Recommendation: jd.Recommendation, Level: jd.Level,
		Score: jd.Score, Flags: append([]string{}, jd.Flags...), Bulk: j.Bulk,
		Headline: jd.Headline, Reason: jd.Reason,
		ReasonParts: jd.ReasonParts,
	}
}

func doneWords(k action.Kind, name string) render.Text {
	switch k {
	case action.Accept, action.AcceptThanks:
		return render.Msg("badgeAccepted", "Accepted $1.", render.DisplayName(name))
	case action.Ignore, action.IgnoreReport:
		return render.Msg("badgeIgnored", "Ignored $1.", render.DisplayName(name))
	}
	return render.Msg("badgeDone", "Done.")
}
