//go:build js && wasm && legacy && !pages

package main

import (
	"strconv"
	"strings"
	"syscall/js"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/verdict"
)

// The badge's DOM contract (the end-to-end tests assert on it): inside the
// card element, as its last child, exactly one
//
//	<div class="vetted-badge" data-vetted-badge data-vetted-key=KEY
//	     data-type=TYPE data-level="safe|review|danger" data-recommendation=REC
//	     [data-vetted-state="done|refused|needs-user|stopped|failed"]>
//	  <button class="vetted-chip" type="button" aria-expanded="false"
//	          aria-controls=ID aria-label="Vetted: SUMMARY. Show why.">TYPE — rec</button>
//	  <div id=ID data-vetted-explain role="region" aria-label=… hidden>
//	    score; <li data-flag=RULE>Title: “evidence”, “evidence”</li>…
//	    (the rule's title in the browser's language);
//	    <li data-signal=ID>…</li>…
//	  </div>
//	  <div data-vetted-actions role="toolbar" aria-label="Vetted actions for NAME">
//	    <button data-vetted-action="accept|ignore|ask|accept-thanks|ignore-report|block">…
//	  </div>
//	  <div data-vetted-status role="status" aria-live="polite"></div>
//	</div>
//
// Only the actions the site allows on the card are shown; the ones the
// recommendation calls for carry data-recommended.

// badgeView is everything a badge shows for one card.
type badgeView struct {
	Key         string
	Name        string
	Verdict     verdict.Verdict
	Actions     []action.Kind // the actions the site allows on this card
	Recommended []action.Kind // the ones matching the recommendation
	Problems    []string      // fields the adapter could not read
}

// signature changes whenever anything the badge shows changes.
func (v *badgeView) signature() string {
	vd := &v.Verdict
	b := make([]byte, 0, 256)
	b = sigAdd(b, v.Key, v.Name, string(vd.Type), string(vd.Recommendation), string(vd.Level), itoa(vd.Score))
	for _, f := range vd.Flags {
		b = sigAdd(b, "F", f.ID, f.Title, itoa(f.Points))
		b = sigAdd(b, f.Evidence...)
	}
	for _, s := range vd.Signals {
		b = sigAdd(b, "S", s.ID, s.Title, itoa(s.Points))
		b = sigAdd(b, s.Evidence...)
	}
	b = append(b, 'A')
	for _, k := range v.Actions {
		b = sigAdd(b, string(k))
	}
	b = append(b, 'R')
	for _, k := range v.Recommended {
		b = sigAdd(b, string(k))
	}
	b = append(b, 'P')
	b = sigAdd(b, v.Problems...)
	return string(b)
}

// sigAdd appends strings, each ended by a zero byte.
//
//go:noinline
func sigAdd(b []byte, ss ...string) []byte {
	for _, s := range ss {
		b = append(b, s...)
		b = append(b, 0)
	}
	return b
}

// badge is one rendered badge: the element inside the card and its parts.
type badge struct {
	root, chip, chipText, panel, bar, status js.Value
	key                                      string
	sig                                      string
	busy                                     bool
}

var badgeSeq int

// newBadge builds an empty badge for a card key; draw fills it.
func newBadge(key string) *badge {
	badgeSeq++
	id := "vetted-explain-" + strconv.Itoa(badgeSeq)
	b := &badge{key: key}
	b.root = templates().badge.Call("cloneNode", true)
	b.chip = b.root.Get("firstElementChild")
	b.chipText = b.chip.Get("lastElementChild")
	b.panel = b.chip.Get("nextElementSibling")
	b.bar = b.panel.Get("nextElementSibling")
	b.status = b.bar.Get("nextElementSibling")
	setAttr(b.root, "data-vetted-key", key)
	setAttr(b.chip, "aria-controls", id)
	setAttr(b.panel, "id", id)
	return b
}

// template holds the static parts of a badge, built once: a badge is a
// clone of them, one call instead of about forty.
type template struct {
	badge  js.Value // root, chip (dot, text), explanation, action bar, status
	action js.Value // one action button
}

var tmpl *template

func templates() *template {
	if tmpl != nil {
		return tmpl
	}
	root := create("div", "class", "vetted-badge", "data-vetted-badge", "")
	chip := create("button", "class", "vetted-chip", "type", "button", "aria-expanded", "false")
	chip.Call("appendChild", create("span", "class", "vetted-dot", "aria-hidden", "true"))
	chip.Call("appendChild", create("span", "class", "vetted-chip-text"))
	for _, e := range []js.Value{
		chip,
		create("div", "class", "vetted-explain", "data-vetted-explain", "", "role", "region", "hidden", ""),
		create("div", "class", "vetted-actions", "data-vetted-actions", "", "role", "toolbar"),
		create("div", "class", "vetted-status", "data-vetted-status", "", "role", "status", "aria-live", "polite"),
	} {
		root.Call("appendChild", e)
	}
	tmpl = &template{
		badge:  root,
		action: create("button", "type", "button", "class", "vetted-action", "tabindex", "-1"),
	}
	return tmpl
}

// draw shows a view; it touches the DOM only when the view changed.
func (b *badge) draw(v *badgeView) {
	sig := v.signature()
	if sig == b.sig {
		return
	}
	b.sig = sig
	vd := &v.Verdict
	if b.key != v.Key {
		b.key = v.Key
		setAttr(b.root, "data-vetted-key", v.Key)
	}
	setAttr(b.root, "data-type", string(vd.Type))
	setAttr(b.root, "data-level", string(vd.Level))
	setAttr(b.root, "data-recommendation", string(vd.Recommendation))
	label := chipLabel(vd)
	b.chipText.Set("textContent", label)
	setAttr(b.chip, "aria-label", chipAria(vd))
	setAttr(b.chip, "title", tr("badgeChipTitle", "Vetted: $1", details(vd)))

	// The explanation.
	clear(b.panel)
	setAttr(b.panel, "aria-label", tr("badgeWhy", "Why Vetted says $1", label))
	b.panel.Call("appendChild", createText("div", tr("badgeScore", "Risk score: $1 of 100 ($2)", strconv.Itoa(vd.Score), levelLabel(vd.Level)),
		"class", "vetted-score", "data-vetted-score", strconv.Itoa(vd.Score)))
	flags := create("ul", "class", "vetted-flags", "aria-label", tr("badgeFlags", "Red flags"))
	if len(vd.Flags) == 0 {
		flags.Call("appendChild", createText("li", tr("badgeNoFlags", "No red flags found."), "class", "vetted-none"))
	}
	for _, f := range vd.Flags {
		flags.Call("appendChild", createText("li", explainLine(flagTitle(&f), f.Evidence),
			"data-flag", f.ID, "data-points", strconv.Itoa(f.Points)))
	}
	b.panel.Call("appendChild", flags)
	if len(vd.Signals) > 0 {
		b.panel.Call("appendChild", createText("div", tr("badgeSignalsHead", "Lowering the risk:"), "class", "vetted-subhead"))
		sig := create("ul", "class", "vetted-signals", "aria-label", tr("badgeSignals", "Lowering the risk"))
		for _, s := range vd.Signals {
			sig.Call("appendChild", createText("li", explainLine(s.Title, s.Evidence),
				"data-signal", s.ID, "data-points", strconv.Itoa(s.Points)))
		}
		b.panel.Call("appendChild", sig)
	}
	if len(v.Problems) > 0 {
		b.panel.Call("appendChild", createText("div", tr("badgeProblems", "Vetted could not read everything on this card: $1.",
			strings.Join(v.Problems, "; ")), "class", "vetted-problems", "data-vetted-problems", ""))
	}

	// The action bar: a toolbar with one tab stop (roving tabindex).
	clear(b.bar)
	setAttr(b.bar, "aria-label", tr("badgeActions", "Vetted actions for $1", displayName(v.Name)))
	for i, k := range v.Actions {
		btn := templates().action.Call("cloneNode", false)
		setAttr(btn, "data-vetted-action", string(k))
		btn.Set("textContent", actionLabel(k))
		if i == 0 {
			setAttr(btn, "tabindex", "0")
		}
		for _, r := range v.Recommended {
			if r == k {
				setAttr(btn, "data-recommended", "")
				setAttr(btn, "aria-description", tr("badgeRecommended", "recommended"))
			}
		}
		if b.busy {
			setAttr(btn, "disabled", "")
		}
		b.bar.Call("appendChild", btn)
	}
	if len(v.Actions) == 0 {
		setAttr(b.bar, "hidden", "")
	} else {
		removeAttr(b.bar, "hidden")
	}
}

// retire hides the action bar of a badge whose card is no longer an open
// invitation (its outcome stays in view).
func (b *badge) retire() {
	setAttr(b.bar, "hidden", "")
	b.sig = ""
}

// flagTitle is a red flag's title in the browser's language (uiLang);
// verdict.Flag.TitleIn decides it.
func flagTitle(f *verdict.Flag) string { return f.TitleIn(uiLang()) }

// explainLine is `Title: evidence, evidence` (or the bare title), quoted
// evidence in typographic quotes.
func explainLine(title string, evidence []string) string {
	if len(evidence) == 0 {
		return title
	}
	var b strings.Builder
	b.WriteString(title)
	b.WriteString(": ")
	for i, e := range evidence {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(curlQuotes(e))
	}
	return b.String()
}

// curlQuotes shows evidence the core quoted ("text", straight quotes) in
// typographic quotes; descriptive evidence ("no mutual connections") is
// shown as it is.
func curlQuotes(e string) string {
	if len(e) >= 2 && e[0] == '"' && e[len(e)-1] == '"' {
		return "“" + e[1:len(e)-1] + "”"
	}
	return e
}

func displayName(n string) string {
	if n = strings.Join(strings.Fields(n), " "); n != "" {
		return n
	}
	return tr("badgeThisInvitation", "this invitation")
}

// toggle shows or hides the explanation.
func (b *badge) toggle() {
	open := b.chip.Call("getAttribute", "aria-expanded").String() != "true"
	b.setExpanded(open)
}

func (b *badge) setExpanded(open bool) {
	if open {
		setAttr(b.chip, "aria-expanded", "true")
		removeAttr(b.panel, "hidden")
	} else {
		setAttr(b.chip, "aria-expanded", "false")
		setAttr(b.panel, "hidden", "")
	}
}

// setBusy disables the action buttons while an action runs.
func (b *badge) setBusy(busy bool) {
	b.busy = busy
	btns := b.bar.Get("children")
	for i := 0; i < btns.Length(); i++ {
		if busy {
			setAttr(btns.Index(i), "disabled", "")
		} else {
			removeAttr(btns.Index(i), "disabled")
		}
	}
	if busy {
		setAttr(b.root, "aria-busy", "true")
	} else {
		removeAttr(b.root, "aria-busy")
	}
}

// setState records an action's outcome on the badge and says it in the
// status line. state is "" to clear, or done, refused, needs-user,
// stopped, failed, working. link, when not empty, is a safe http(s) URL
// shown as a link after the message (it opens in a new tab).
func (b *badge) setState(state, msg, link, linkText string) {
	if state == "" {
		removeAttr(b.root, "data-vetted-state")
	} else {
		setAttr(b.root, "data-vetted-state", state)
	}
	clear(b.status)
	if msg != "" {
		b.status.Call("appendChild", document.Call("createTextNode", msg))
	}
	if u := action.SafeURL(link); u != "" {
		if msg != "" {
			b.status.Call("appendChild", document.Call("createTextNode", " "))
		}
		b.status.Call("appendChild", createText("a", linkText, "class", "vetted-link", "href", u,
			"target", "_blank", "rel", "noopener noreferrer"))
	}
}

// setCopyText shows a message the user can copy (no clipboard permission).
func (b *badge) setCopyText(state, msg, text string) {
	b.setState(state, msg, "", "")
	b.status.Call("appendChild", createText("textarea", text, "class", "vetted-copy", "readonly", "",
		"rows", "3", "aria-label", tr("badgeCopyLabel", "Message to copy")))
}

// moveFocus implements arrow-key navigation inside the toolbar.
func (b *badge) moveFocus(from js.Value, key string) bool {
	btns := b.bar.Get("children")
	n := btns.Length()
	if n == 0 {
		return false
	}
	cur := -1
	for i := 0; i < n; i++ {
		if btns.Index(i).Equal(from) {
			cur = i
		}
	}
	if cur < 0 {
		return false
	}
	next := cur
	switch key {
	case "ArrowRight", "ArrowDown":
		next = (cur + 1) % n
	case "ArrowLeft", "ArrowUp":
		next = (cur + n - 1) % n
	case "Home":
		next = 0
	case "End":
		next = n - 1
	default:
		return false
	}
	setAttr(btns.Index(cur), "tabindex", "-1")
	setAttr(btns.Index(next), "tabindex", "0")
	btns.Index(next).Call("focus")
	return true
}

// badgeEvents are the two listeners shared by every badge: one click and
// one keydown handler, attached to each badge's root. Events inside a
// badge never reach the page's own handlers (stopPropagation), so the site
// does not react to clicks and keys meant for Vetted.
type badgeEvents struct {
	click, key js.Func
	lookup     func(root js.Value) *badge       // the badge a root element belongs to
	onAction   func(b *badge, kind action.Kind) // runs an action (called on its own goroutine)
}

func newBadgeEvents(lookup func(root js.Value) *badge, onAction func(*badge, action.Kind)) *badgeEvents {
	ev := &badgeEvents{lookup: lookup, onAction: onAction}
	ev.click = js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		e.Call("stopPropagation")
		b := ev.lookup(e.Get("currentTarget"))
		if b == nil {
			return nil
		}
		t := e.Get("target")
		if !isElement(t) {
			return nil
		}
		hit, ok := call(t, "closest", ".vetted-chip, [data-vetted-action]")
		if !ok || hit.IsNull() {
			return nil
		}
		if hit.Equal(b.chip) {
			b.toggle()
			return nil
		}
		kind := action.Kind(attr(hit, "data-vetted-action"))
		if !kind.Valid() || b.busy || hit.Call("hasAttribute", "disabled").Bool() {
			return nil
		}
		go ev.onAction(b, kind)
		return nil
	})
	ev.key = js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		e.Call("stopPropagation")
		b := ev.lookup(e.Get("currentTarget"))
		if b == nil {
			return nil
		}
		key := e.Get("key").String()
		if key == "Escape" && b.chip.Call("getAttribute", "aria-expanded").String() == "true" {
			b.setExpanded(false)
			b.chip.Call("focus")
			e.Call("preventDefault")
			return nil
		}
		if b.moveFocus(e.Get("target"), key) {
			e.Call("preventDefault")
		}
		return nil
	})
	return ev
}

// attach wires a badge's root to the shared listeners.
func (ev *badgeEvents) attach(b *badge) {
	b.root.Call("addEventListener", "click", ev.click)
	b.root.Call("addEventListener", "keydown", ev.key)
}
