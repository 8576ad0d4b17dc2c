//go:build js && wasm && !pages && !hosted

package main

import (
	"syscall/js"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/verdict"
)

// How long Vetted waits for the page.
const (
	clickWait    = 8 * second // for the page to show the result of a click
	userWait     = 2 * minute // for the user to click a highlighted control
	composerWait = 6 * second // for the site's composer to open
	reportWait   = 3 * second // for the site's report options to appear
	pollEvery    = 100        // ms
	highlightFor = minute
)

// job is one action in progress on one card.
type job struct {
	a       *app
	site    site
	e       *entry
	b       *badge
	plan    action.Plan
	judged  card.Card
	verdict verdict.Verdict
	msgCtrl js.Value // the card's message control, captured before the first click
	last    action.Outcome

	// A bulk run's action (bulk.go): its ledger entry is marked, and a
	// control the user must click stops the run instead of waiting.
	bulk bool
	msg  string // the last outcome's message
}

// act runs an action from a badge's button (on its own goroutine).
func (a *app) act(b *badge, kind action.Kind) {
	if e := a.entryOf(b.root); e != nil {
		a.runAction(e, kind, false)
	}
}

// runAction runs one card's action through its job, with the card marked
// busy meanwhile, and returns the outcome and its message; started is
// false when another action already runs on the card (or no list is
// known). Buttons, shortcuts and bulk runs all come through here.
func (a *app) runAction(e *entry, kind action.Kind, bulk bool) (out action.Outcome, msg string, started bool) {
	a.mu.Lock()
	if e.acting || a.site == nil || e.badge == nil {
		a.mu.Unlock()
		return "", "", false
	}
	e.acting = true
	b := e.badge
	j := &job{a: a, site: a.site, e: e, b: b, judged: e.card, verdict: e.verdict, bulk: bulk}
	tpl := a.settings.Templates
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		e.acting = false
		a.mu.Unlock()
		b.setBusy(false)
	}()
	b.setBusy(true)
	b.setState("", tr("badgeWorking", "$1: working…", actionLabel(kind)), "", "")

	plan, err := action.New(kind, &j.judged, tpl)
	if err != nil {
		j.finish(action.Refused, tr("badgeCannot", "Vetted cannot do this: $1.", err.Error()))
		return action.Refused, j.msg, true
	}
	j.plan = plan
	j.run()
	if j.last == "" {
		return action.Failed, j.msg, true
	}
	return j.last, j.msg, true
}

func (j *job) run() {
	a, p := j.a, j.plan
	cardNode := j.find()
	if cardNode != nil {
		if m := j.site.Control(cardNode, action.ControlMessage); m != nil {
			j.msgCtrl = element(m)
		}
	}
	chk := action.Precheck(j.site, locationHref(), a.doc, cardNode, &j.judged, p)
	switch chk.Outcome {
	case action.Stopped, action.Refused:
		j.finish(chk.Outcome, chk.Reason)
		return
	case action.NeedsUser:
		if j.bulk {
			j.finish(action.NeedsUser, chk.Reason)
			return
		}
		j.handOver(chk.Control, chk.Reason)
		return
	}

	if p.Click != action.NoControl {
		before := action.Snap(j.site, locationHref(), a.doc, cardNode)
		if !click(chk.Control) {
			j.finish(action.Failed, tr("badgeNoClick", "The page's button could not be clicked; nothing was done."))
			return
		}
		out, why := j.await(before, clickWait)
		switch out {
		case action.Done:
		case action.NeedsUser:
			j.finish(action.NeedsUser, why)
			return
		case action.Stopped:
			j.finish(action.Stopped, why)
			return
		default:
			j.finish(action.Failed, tr("badgeNoChange", "The page did not show the change, so Vetted did not record it as done. Check the card."))
			return
		}
		j.record(action.Done)
	}
	j.followUp(chk.Control)
}

// handOver highlights a control the user must click, waits for them to do
// it and then carries on with the rest of the plan.
func (j *job) handOver(ctrl page.Node, reason string) {
	el := element(ctrl)
	highlight(el)
	j.b.setState(string(action.NeedsUser), reason, "", "")
	j.record(action.NeedsUser)
	if j.plan.Click == action.NoControl {
		return // ask: the user opens the composer; the text is shown to copy
	}
	before := action.Snap(j.site, locationHref(), j.a.doc, j.find())
	out, why := j.await(before, userWait)
	unhighlight(el)
	switch out {
	case action.Done:
		j.record(action.Done)
		j.followUp(ctrl)
	case action.Stopped:
		j.finish(action.Stopped, why)
	}
}

// followUp does what comes after the click: the composer, the report
// options or the block flow.
func (j *job) followUp(clicked page.Node) {
	p := j.plan
	switch {
	case p.Compose:
		ctrl := clicked
		if p.Click != action.NoControl { // accept-thanks: the message control, found again
			ctrl = nil
			if n := j.find(); n != nil {
				ctrl = j.site.Control(n, action.ControlMessage)
			}
			if ctrl == nil && connected(j.msgCtrl) {
				ctrl = wrap(j.msgCtrl)
			}
		}
		j.compose(ctrl)
	case p.Report:
		j.report()
	case p.Profile != "":
		j.b.setState(string(action.NeedsUser), tr("badgeBlockSelf", "Vetted does not block for you. Open $1’s profile, then use its More menu: Report or block.",
			displayName(p.Name)), p.Profile, tr("badgeOpenProfile", "Open profile"))
		j.record(action.NeedsUser)
	default:
		j.finish(action.Done, doneWords(p.Kind, p.Name))
	}
}

// compose opens the site's composer for the person and fills in the
// message; the user reviews it and presses Send.
func (j *job) compose(ctrl page.Node) {
	p := j.plan
	copyIt := func(state action.Outcome, why string) {
		j.b.setCopyText(string(state), tr("badgeCopyMessage", "$1 Copy the message:", why), p.Text)
		j.record(state)
		j.notify(state, why)
	}
	prefix := ""
	if p.Click != action.NoControl {
		prefix = doneWords(action.Accept, p.Name) + " "
	}
	if ctrl == nil {
		copyIt(action.NeedsUser, prefix+tr("badgeNoMessageButton", "Vetted found no message button for $1.", displayName(p.Name)))
		return
	}
	if named := j.site.ControlNames(ctrl); named != "" && !action.NamesPerson(named, p.Name) {
		copyIt(action.Refused, prefix+tr("badgeWrongPerson", "The message button names $1, not $2; Vetted did not open it.", named, displayName(p.Name)))
		return
	}
	if !j.site.Clickable(ctrl) || !click(ctrl) {
		highlight(element(ctrl))
		copyIt(action.NeedsUser, prefix+tr("badgeClickMessage", "Click the highlighted message button yourself."))
		return
	}
	deadline := now() + composerWait
	for now() < deadline {
		sleep(pollEvery)
		if why := action.Security(locationHref(), j.a.doc); why != "" {
			j.finish(action.Stopped, why)
			return
		}
		box := action.FindComposer(j.a.doc, p.Name)
		if box == nil {
			continue
		}
		el := element(box)
		if hasDraft(el) {
			copyIt(action.NeedsUser, prefix+tr("badgeDraft", "The message box already holds a draft; Vetted left it alone."))
			return
		}
		if !fill(el, p.Text) {
			copyIt(action.NeedsUser, prefix+tr("badgeNoType", "Vetted could not type into the message box."))
			return
		}
		j.finish(action.Done, prefix+tr("badgeMessageReady", "Message ready for $1: check it and press Send.", displayName(p.Name)))
		return
	}
	copyIt(action.NeedsUser, prefix+tr("badgeNoComposer", "The message box did not open."))
}

// report shows the user the site's own report options after an ignore.
func (j *job) report() {
	p := j.plan
	deadline := now() + reportWait
	for {
		n := j.find()
		var opts []page.Node
		if n != nil {
			if r := j.site.Control(n, action.ControlReport); r != nil {
				opts = append(opts, r)
			}
		}
		opts = append(opts, action.FindReport(j.a.doc, n)...)
		if len(opts) > 0 {
			for i, o := range opts {
				el := element(o)
				highlight(el)
				if i > 0 {
					continue
				}
				go func() { sleep(highlightFor); unhighlight(el) }()
			}
			j.b.setState(string(action.NeedsUser), tr("badgeReportChoose", "Ignored. Now choose the site’s own report option (highlighted), such as “I don’t know this person”."), "", "")
			j.notify(action.NeedsUser, tr("badgeReportNotify", "Ignored $1; choose the highlighted report option.", displayName(p.Name)))
			return
		}
		if now() > deadline {
			break
		}
		sleep(pollEvery)
	}
	if u := page.OwnProfile(p.Site, p.ProfileURL); u != "" {
		j.b.setState(string(action.Done), tr("badgeReportProfile", "Ignored. To report $1, open their profile and use its More menu: Report or block.", displayName(p.Name)),
			u, tr("badgeOpenProfile", "Open profile"))
	} else {
		j.b.setState(string(action.Done), tr("badgeReportNone", "Ignored. The site showed no report option here."), "", "")
	}
	j.notify(action.Done, tr("badgeIgnored", "Ignored $1.", displayName(p.Name)))
}

// find returns the card's element now: the same element while it is in
// the page, else the card with the same key found again (nil when gone).
func (j *job) find() page.Node {
	if connected(j.e.el) {
		return wrap(j.e.el)
	}
	for _, n := range j.site.CardNodes(j.a.doc) {
		c, ok := j.site.Read(n)
		if !ok {
			continue
		}
		if j.judged.Key != "" && c.Key == j.judged.Key ||
			j.judged.Key == "" && action.Changed(&j.judged, &c) == "" {
			return n
		}
	}
	return nil
}

// await polls the page until the click shows a result or time runs out.
func (j *job) await(before action.Snapshot, timeout float64) (action.Outcome, string) {
	deadline := now() + timeout
	for now() < deadline {
		sleep(pollEvery)
		after := action.Snap(j.site, locationHref(), j.a.doc, j.find())
		if out, why := action.Settle(j.plan, before, after); out != action.Pending {
			return out, why
		}
	}
	return action.Failed, ""
}

// finish shows the outcome and records it.
func (j *job) finish(out action.Outcome, msg string) {
	j.msg = msg
	j.b.setState(string(out), msg, "", "")
	j.record(out)
	j.notify(out, msg)
}

// record writes a ledger entry for the action's outcome: one per outcome
// change, and nothing after the decision was carried out (a follow-up such
// as the composer does not make a second entry).
func (j *job) record(out action.Outcome) {
	if j.last == action.Done || j.last == out {
		return
	}
	j.last = out
	c, v := &j.judged, &j.verdict
	flags := make([]string, len(v.Flags))
	for i, f := range v.Flags {
		flags[i] = f.ID
	}
	e := ledger.Entry{
		Name: c.Name, ProfileURL: c.ProfileURL, Key: j.e.key, Site: c.Site,
		Action: string(j.plan.Kind), Outcome: string(out), At: wallNow(),
		Type: string(v.Type), Recommendation: string(v.Recommendation), Level: string(v.Level),
		Score: v.Score, Flags: flags, Bulk: j.bulk,
		Headline: c.Headline, Reason: v.Reason,
	}
	j.a.store.add(e)
	// What Vetted learns from the decision (a decision carried out only).
	j.a.mu.Lock()
	s := j.a.judge.Sample(c)
	j.a.mu.Unlock()
	j.a.learnt.decided(&e, &s)
}

// notify tells the background (and so the popup) what happened.
func (j *job) notify(out action.Outcome, msg string) {
	m := jsObject.New()
	m.Set("type", "vetted-action")
	m.Set("action", string(j.plan.Kind))
	m.Set("outcome", string(out))
	m.Set("name", j.judged.Name)
	m.Set("key", j.e.key)
	m.Set("message", msg)
	m.Set("url", locationHref())
	sendMessage(m)
}

func doneWords(k action.Kind, name string) string {
	switch k {
	case action.Accept, action.AcceptThanks:
		return tr("badgeAccepted", "Accepted $1.", displayName(name))
	case action.Ignore, action.IgnoreReport:
		return tr("badgeIgnored", "Ignored $1.", displayName(name))
	}
	return tr("badgeDone", "Done.")
}

// click clicks a page control (a script's click: element.click()).
func click(n page.Node) bool {
	el := element(n)
	if !connected(el) {
		return false
	}
	_, ok := call(el, "click")
	return ok
}

// highlight outlines a page control the user should click, scrolls it
// into view and focuses it. Vetted never clicks it.
func highlight(el js.Value) {
	if !connected(el) {
		return
	}
	el.Get("classList").Call("add", "vetted-highlight")
	opts := jsObject.New()
	opts.Set("block", "center")
	opts.Set("inline", "nearest")
	call(el, "scrollIntoView", opts)
	fo := jsObject.New()
	fo.Set("preventScroll", true)
	call(el, "focus", fo)
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		unhighlight(el)
		f.Release()
		return nil
	})
	once := jsObject.New()
	once.Set("once", true)
	el.Call("addEventListener", "click", f, once)
}

func unhighlight(el js.Value) {
	if el.Type() == js.TypeObject {
		el.Get("classList").Call("remove", "vetted-highlight")
	}
}

// hasDraft reports whether a composer already holds the user's text.
func hasDraft(el js.Value) bool {
	if tag := el.Get("localName").String(); tag == "textarea" || tag == "input" {
		return el.Get("value").String() != ""
	}
	return action.Draft(wrap(el))
}

// fill types text into a composer as text: the value of a textarea, or
// the editor's own insertText command on a contenteditable box (so the
// site's editor sees an ordinary edit), with a plain text node as the
// fallback. Never HTML.
func fill(el js.Value, text string) bool {
	call(el, "focus")
	if tag := el.Get("localName").String(); tag == "textarea" || tag == "input" {
		el.Set("value", text)
		dispatchInput(el, text)
		return true
	}
	sel := global.Call("getSelection")
	rng := document.Call("createRange")
	rng.Call("selectNodeContents", el)
	rng.Call("collapse", false)
	sel.Call("removeAllRanges")
	sel.Call("addRange", rng)
	if ok, fine := call(document, "execCommand", "insertText", false, text); fine && ok.Truthy() && el.Get("textContent").String() != "" {
		return true
	}
	clear(el)
	p := create("p")
	p.Call("appendChild", document.Call("createTextNode", text))
	el.Call("appendChild", p)
	dispatchInput(el, text)
	return el.Get("textContent").String() != ""
}

func dispatchInput(el js.Value, text string) {
	init := jsObject.New()
	init.Set("bubbles", true)
	init.Set("inputType", "insertText")
	init.Set("data", text)
	el.Call("dispatchEvent", global.Get("InputEvent").New("input", init))
}
