//go:build js && wasm && legacy && !pages

package main

import (
	"strings"
	"sync"
	"syscall/js"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/bulk"
	"github.com/vetted/vetted/core/ledger"
)

// Bulk triage in the content script (DESIGN §6; the logic is core/bulk).
// The popup asks the tab, through chrome.tabs.sendMessage:
//
//	{type: 'vetted-bulk-plan', kind}          → {plan, running?, run?} or {error}
//	{type: 'vetted-bulk-start', kind, keys}   → {ok: true, run} or {error}
//	{type: 'vetted-bulk-cancel'}              → {ok: true}
//	{type: 'vetted-bulk-status'}              → {run} (null when none ran)
//
// kind is a bulk.Kind; keys are the cards the user confirmed. A run acts
// on one card at a time through the single-action path (act.go: identity
// re-check before the click, success only once the page changed, a ledger
// entry marked bulk), waits a random delay between two cards, re-checks
// the caps before every click and stops at the first outcome other than
// done, or when cancelled. Progress and summary go to the background as
// {type: 'vetted-bulk', bulk: <bulk.Run.Tree>} and show in a small bar of
// Vetted's own at the bottom of the page: "Accepting 3 of 8 — Cancel".

// bulkRunner is the one bulk run of the page.
type bulkRunner struct {
	mu        sync.Mutex
	run       *bulk.Run
	running   bool
	cancelled bool

	bar, text, button js.Value // the progress bar, made once
	onButton          js.Func
}

var runner bulkRunner

// bulkWait is how often a waiting run looks for a cancel (ms).
const bulkWait = 100

// listenBulk answers the popup's bulk messages. Only the extension's own
// pages may ask (a content script cannot reach another tab's).
func (a *app) listenBulk() {
	api := extAPI()
	if api.IsUndefined() {
		return
	}
	rt := api.Get("runtime")
	if rt.Type() != js.TypeObject || rt.Get("onMessage").Type() != js.TypeObject {
		return
	}
	id := rt.Get("id").String()
	base := ""
	if u, ok := call(rt, "getURL", ""); ok && u.Type() == js.TypeString {
		base = u.String()
	}
	rt.Get("onMessage").Call("addListener", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 3 || args[0].Type() != js.TypeObject || args[1].Type() != js.TypeObject {
			return nil
		}
		msg, sender, reply := args[0], args[1], args[2]
		if sender.Get("id").String() != id || base == "" || !strings.HasPrefix(jsString(sender.Get("url")), base) {
			return nil
		}
		kind := bulk.Kind(jsString(msg.Get("kind")))
		switch jsString(msg.Get("type")) {
		case "vetted-bulk-plan":
			go func() { reply.Invoke(js.ValueOf(a.bulkPlan(kind))) }()
			return true
		case "vetted-bulk-start":
			keys := jsStrings(msg.Get("keys"), 1000)
			go func() { reply.Invoke(js.ValueOf(a.bulkStart(kind, keys))) }()
			return true
		case "vetted-bulk-cancel":
			runner.cancel()
			reply.Invoke(js.ValueOf(map[string]any{"ok": true}))
		case "vetted-bulk-status":
			reply.Invoke(js.ValueOf(map[string]any{"run": runner.tree()}))
		}
		return nil
	}))
}

// bulkCards lists the page's cards for core/bulk, in page order, with the
// state of the control the kind's action needs (looked up for the cards
// the kind selects only).
func (a *app) bulkCards(kind bulk.Kind) ([]bulk.Card, string) {
	a.mu.Lock()
	s := a.site
	if s == nil {
		a.mu.Unlock()
		return nil, "no-list"
	}
	cards := make([]bulk.Card, len(a.order))
	els := make([]js.Value, len(a.order))
	for i, e := range a.order {
		cards[i] = bulk.Card{Key: e.key, Name: e.card.Name, Verdict: e.verdict, Busy: e.acting}
		els[i] = e.el
	}
	a.mu.Unlock()
	need := action.ControlAccept
	if kind.Action() == action.Ignore {
		need = action.ControlIgnore
	}
	for i := range cards {
		if !kind.Selects(&cards[i].Verdict) || !connected(els[i]) {
			continue
		}
		if ctrl := s.Control(wrap(els[i]), need); ctrl != nil {
			cards[i].Control = bulk.UserClick
			if s.Clickable(ctrl) {
				cards[i].Control = bulk.Clickable
			}
		}
	}
	return cards, ""
}

// entries is a copy of the decision log in memory (with pending entries).
func (s *ledgerStore) entries() []ledger.Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ledger.Entry(nil), s.log.Entries...)
}

func (a *app) bulkPlan(kind bulk.Kind) map[string]any {
	if !kind.Valid() {
		return map[string]any{"error": "unknown-kind"}
	}
	<-a.ready
	cards, why := a.bulkCards(kind)
	if why != "" {
		return map[string]any{"error": why}
	}
	a.mu.Lock()
	pace := a.settings.Pacing
	a.mu.Unlock()
	out := map[string]any{"plan": bulk.New(kind, cards, pace, a.store.entries(), wallNow()).Tree()}
	runner.mu.Lock()
	if runner.running {
		out["running"] = true
	}
	runner.mu.Unlock()
	if t := runner.tree(); t != nil {
		out["run"] = t
	}
	return out
}

func (a *app) bulkStart(kind bulk.Kind, keys []string) map[string]any {
	if !kind.Valid() {
		return map[string]any{"error": "unknown-kind"}
	}
	<-a.ready
	runner.mu.Lock()
	if runner.running {
		runner.mu.Unlock()
		return map[string]any{"error": "running"}
	}
	runner.running, runner.cancelled = true, false
	runner.mu.Unlock()
	cards, why := a.bulkCards(kind)
	if why != "" {
		runner.mu.Lock()
		runner.running = false
		runner.mu.Unlock()
		return map[string]any{"error": why}
	}
	a.mu.Lock()
	pace := a.settings.Pacing
	a.mu.Unlock()
	r := bulk.NewRun(bulk.Start(kind, keys, cards, pace, a.store.entries(), wallNow()))
	runner.mu.Lock()
	runner.run = r
	tree := r.Tree()
	runner.mu.Unlock()
	go a.runBulk(r)
	return map[string]any{"ok": true, "run": tree}
}

// runBulk acts on the run's targets one at a time.
func (a *app) runBulk(r *bulk.Run) {
	defer func() {
		runner.mu.Lock()
		runner.running = false
		runner.mu.Unlock()
		runner.show()
	}()
	url := locationHref()
	for first := true; ; first = false {
		runner.mu.Lock()
		t, _, ok := r.Next()
		runner.mu.Unlock()
		if !ok {
			return
		}
		runner.show()
		a.mu.Lock()
		pace := a.settings.Pacing // settings may change during a run
		a.mu.Unlock()
		if !first && !runner.wait(bulk.Delay(random, pace)) {
			runner.halt(r, bulk.Cancelled)
			return
		}
		if runner.isCancelled() {
			runner.halt(r, bulk.Cancelled)
			return
		}
		a.mu.Lock()
		pace = a.settings.Pacing
		e := a.entries[t.Key]
		a.mu.Unlock()
		if why := bulk.Room(pace, a.store.entries(), wallNow(), len(r.Done)); why != "" {
			runner.halt(r, why)
			return
		}
		if locationHref() != url { // the user or the site left the page
			runner.halt(r, bulk.PageChanged)
			return
		}
		if e == nil || !connected(e.el) {
			runner.mu.Lock()
			r.SkipCurrent(bulk.Gone)
			runner.mu.Unlock()
			continue
		}
		if e.badge == nil { // far down a long list: not drawn yet
			a.draw(e)
		}
		out, msg := a.actBulk(e, r.Kind.Action())
		runner.mu.Lock()
		r.Record(out, msg)
		runner.mu.Unlock()
	}
}

// actBulk runs one card's action for a bulk run through the single-action
// path (act.go) and returns its outcome.
func (a *app) actBulk(e *entry, kind action.Kind) (action.Outcome, string) {
	out, msg, started := a.runAction(e, kind, true)
	if !started {
		return action.Refused, tr("bulkBusyCard", "Another action is running on this card.")
	}
	return out, msg
}

// random is Math.random: the delay between two bulk actions need not be
// cryptographic, only not regular.
func random() float64 { return global.Get("Math").Call("random").Float() }

// wait sleeps ms in short steps and reports false when cancelled meanwhile.
func (r *bulkRunner) wait(ms int) bool {
	end := now() + float64(ms)
	for now() < end {
		if r.isCancelled() {
			return false
		}
		step := end - now()
		if step > bulkWait {
			step = bulkWait
		}
		if step > 0 {
			sleep(step)
		}
	}
	return !r.isCancelled()
}

func (r *bulkRunner) cancel() {
	r.mu.Lock()
	if r.running {
		r.cancelled = true
	}
	r.mu.Unlock()
}

func (r *bulkRunner) isCancelled() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.cancelled
}

func (r *bulkRunner) halt(run *bulk.Run, why bulk.Reason) {
	r.mu.Lock()
	run.Halt(why, "")
	r.mu.Unlock()
}

// tree is the current (or last) run's progress, or nil.
func (r *bulkRunner) tree() map[string]any {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.run == nil {
		return nil
	}
	return r.run.Tree()
}

// show updates the page's bar and tells the background.
func (r *bulkRunner) show() {
	r.mu.Lock()
	run, running := r.run, r.running
	if run == nil {
		r.mu.Unlock()
		return
	}
	tree := run.Tree()
	r.mu.Unlock()

	var line, button string
	if running && run.State == bulk.Running {
		cur, _ := tree["current"].(int)
		if run.Kind.Action() == action.Ignore {
			line = tr("bulkBarIgnoring", "Ignoring $1 of $2", itoa(cur), itoa(len(run.Targets)))
		} else {
			line = tr("bulkBarAccepting", "Accepting $1 of $2", itoa(cur), itoa(len(run.Targets)))
		}
		button = tr("bulkCancel", "Cancel")
	} else {
		line = tr("bulkBarSummary", "Vetted: $1 done, $2 skipped.", itoa(len(run.Done)), itoa(len(run.Skipped)))
		if run.Stop != "" {
			line += " " + tr("bulkBarStopped", "Stopped: $1", reasonText(run.Stop))
		}
		button = tr("bulkClose", "Close")
	}
	r.draw(line, button)

	msg := jsObject.New()
	msg.Set("type", "vetted-bulk")
	msg.Set("url", locationHref())
	msg.Set("bulk", js.ValueOf(tree))
	sendMessage(msg)
}

// draw puts the bar on the page (once) and sets its text: text only,
// through textContent. The bar is Vetted's own element, fixed at the
// bottom of the window; its button cancels a run or closes the summary.
func (r *bulkRunner) draw(line, button string) {
	if !connected(r.bar) {
		if r.bar.IsUndefined() {
			r.bar = create("div", "data-vetted-bulkbar", "", "role", "region", "aria-label", "Vetted")
			r.text = create("span", "data-vetted-bulk-text", "", "aria-live", "polite")
			r.button = create("button", "type", "button", "data-vetted-bulk-button", "")
			r.onButton = js.FuncOf(func(this js.Value, args []js.Value) any {
				if len(args) > 0 {
					args[0].Call("stopPropagation")
				}
				r.mu.Lock()
				running := r.running
				r.mu.Unlock()
				if running {
					r.cancel()
				} else {
					r.bar.Call("remove")
				}
				return nil
			})
			r.button.Call("addEventListener", "click", r.onButton)
			r.bar.Call("append", r.text, r.button)
			st := r.bar.Get("style")
			for _, p := range [][2]string{
				{"position", "fixed"}, {"left", "50%"}, {"bottom", "16px"}, {"transform", "translateX(-50%)"},
				{"z-index", "2147483646"}, {"display", "flex"}, {"gap", "12px"}, {"align-items", "center"},
				{"padding", "8px 14px"}, {"border-radius", "8px"}, {"background", "#1f2328"}, {"color", "#fff"},
				{"font", "14px/1.4 system-ui, sans-serif"}, {"box-shadow", "0 2px 10px rgba(0,0,0,.3)"},
			} {
				st.Call("setProperty", p[0], p[1], "important")
			}
		}
		body := document.Get("body")
		if !isElement(body) {
			return
		}
		body.Call("append", r.bar)
	}
	r.text.Set("textContent", line)
	r.button.Set("textContent", button)
}

// reasonText is why a run stopped, in words (bulkStop_<reason>).
func reasonText(why bulk.Reason) string {
	key := "bulkStop_" + strings.ReplaceAll(string(why), "-", "_")
	return tr(key, string(why))
}

func jsString(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// jsStrings reads an array of strings (at most limit; other items skipped).
func jsStrings(v js.Value, limit int) []string {
	if v.Type() != js.TypeObject || !global.Get("Array").Call("isArray", v).Bool() {
		return nil
	}
	n := v.Length()
	if n > limit {
		n = limit
	}
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if s := v.Index(i); s.Type() == js.TypeString {
			out = append(out, s.String())
		}
	}
	return out
}
