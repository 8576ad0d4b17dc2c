//go:build js && wasm && legacy && !pages

package main

import (
	"strconv"
	"strings"
	"syscall/js"
	"testing"
	"time"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
)

// fakeSite reads LinkedIn-like test cards: [role=listitem][componentkey]
// with the name in a strong and controls marked data-control.
type fakeSite struct{ root js.Value }

func (fakeSite) Name() card.Site { return card.LinkedIn }

func (fakeSite) AdapterID() string { return "fake" }

func (s fakeSite) List(page.Node) page.Node { return wrap(s.root) }

func (s fakeSite) CardNodes(root page.Node) []page.Node {
	var out []page.Node
	for _, n := range wrap(s.root).QueryAll(`[role="listitem"]`) {
		if n.QueryOne("strong") != nil {
			out = append(out, n)
		}
	}
	return out
}

func (fakeSite) Read(n page.Node) (card.Card, bool) {
	c := card.New()
	c.Site = card.LinkedIn
	c.Key, _ = n.Attr("componentkey")
	s := n.QueryOne("strong")
	if s == nil {
		return c, false
	}
	c.Name = strings.TrimSpace(s.Text())
	if a := n.QueryOne(`a[href*="/in/"]`); a != nil {
		c.ProfileURL, _ = a.Attr("href")
	}
	if p := n.QueryOne("p.note"); p != nil {
		c.Note = p.Text()
	}
	return c, true
}

func (fakeSite) Control(n page.Node, c action.Control) page.Node {
	switch c {
	case action.ControlAccept:
		return n.QueryOne(`[data-control="accept"]`)
	case action.ControlIgnore:
		return n.QueryOne(`[data-control="ignore"]`)
	case action.ControlMessage:
		return n.QueryOne(`a[href*="/messaging/compose/"]`)
	}
	return nil
}

func (s fakeSite) OnlyControl(n page.Node, c action.Control) bool {
	return s.Control(n, c) != nil
}

func (fakeSite) ControlNames(ctrl page.Node) string {
	l, _ := ctrl.Attr("aria-label")
	for _, p := range [][2]string{{"Accept ", "’s invitation"}, {"Ignore an invitation to connect from ", ""}, {"Reply to ", ""}} {
		if strings.HasPrefix(l, p[0]) && strings.HasSuffix(l, p[1]) && len(l) > len(p[0])+len(p[1]) {
			return l[len(p[0]) : len(l)-len(p[1])]
		}
	}
	return ""
}

func (fakeSite) Clickable(ctrl page.Node) bool {
	return ctrl.Tag() != "a" || ctrl.QueryOne("[data-no-script]") == nil
}

func cardMarkup(key, name, extra string) string {
	return `<div role="listitem" componentkey="` + key + `"><a href="https://www.linkedin.com/in/` + strings.ToLower(strings.Fields(name)[0]) +
		`/"><strong>` + name + `</strong></a><p>Engineer</p>` +
		`<button data-control="ignore" aria-label="Ignore an invitation to connect from ` + name + `">Ignore</button>` +
		`<button data-control="accept" aria-label="Accept ` + name + `’s invitation">Accept</button>` +
		`<a href="/messaging/compose/?to=` + key + `" aria-label="Reply to ` + name + `">Reply</a>` + extra + `</div>`
}

// testApp mounts a list and returns an app bound to the fake site.
func testApp(t *testing.T, cards ...string) (*app, js.Value) {
	t.Helper()
	box := mount(t, `<main><div class="list">`+strings.Join(cards, "")+`</div></main>`)
	list := q(box, ".list")
	old := detectSite
	detectSite = func(string, page.Node) site { return fakeSite{list} }
	t.Cleanup(func() { detectSite = old })
	a := newApp()
	a.doc = wrap(box)
	close(a.ready) // no storage to wait for
	return a, list
}

func badgesIn(el js.Value) int { return len(qa(el, ".vetted-badge")) }

func TestScanBadgesEveryCardOnce(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""), cardMarkup("k2", "Grace Hopper", ""))
	a.scan()
	a.scan()
	items := qa(list, `[role="listitem"]`)
	for _, it := range items {
		if n := badgesIn(it); n != 1 {
			t.Fatalf("%d badges in a card, want 1", n)
		}
		if !it.Get("lastElementChild").Call("hasAttribute", "data-vetted-badge").Bool() {
			t.Error("badge is not the last child")
		}
	}
	if got := attr(q(items[1], ".vetted-badge"), "data-vetted-key"); got != "k2" {
		t.Errorf("key %q", got)
	}
	// Actions the fake site allows.
	var kinds []string
	for _, b := range qa(items[0], "[data-vetted-action]") {
		kinds = append(kinds, attr(b, "data-vetted-action"))
	}
	if got := strings.Join(kinds, ","); got != "accept,ignore,ask,accept-thanks,ignore-report,block" {
		t.Errorf("actions %s", got)
	}
}

func TestScanFollowsMutations(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""))
	a.observe(list)
	t.Cleanup(func() { a.observer.Call("disconnect") })
	a.scan()
	drain(a)

	// Vetted's own changes (drawing, opening the panel) do not trigger a scan.
	q(list, ".vetted-chip").Call("click")
	if kicked(a) {
		t.Error("a badge change triggered a scan")
	}

	// A new card is badged; a changed card is redrawn in place.
	parsed := global.Get("DOMParser").New().Call("parseFromString", cardMarkup("k3", "Alan Turing", ""), "text/html")
	list.Call("appendChild", document.Call("adoptNode", parsed.Get("body").Get("firstChild")))
	if !kicked(a) {
		t.Fatal("a new card did not trigger a scan")
	}
	a.scan()
	if n := badgesIn(list); n != 2 {
		t.Fatalf("%d badges, want 2", n)
	}
	first := q(list, ".vetted-badge")
	strong := q(list, "strong")
	strong.Set("textContent", "Ada King")
	if !kicked(a) {
		t.Fatal("a text change did not trigger a scan")
	}
	a.scan()
	if n := badgesIn(list); n != 2 {
		t.Fatalf("%d badges after a change, want 2", n)
	}
	if !q(list, ".vetted-badge").Equal(first) {
		t.Error("the changed card's badge was replaced, not redrawn in place")
	}
	if got := attr(q(first, "[data-vetted-actions]"), "aria-label"); got != "Vetted actions for Ada King" {
		t.Errorf("not redrawn: %q", got)
	}
	// A card that goes away takes its entry with it.
	q(list, `[componentkey="k3"]`).Call("remove")
	a.scan()
	if len(a.entries) != 1 {
		t.Errorf("%d entries, want 1", len(a.entries))
	}
}

// drain empties the app's kick channel after the observer settles.
func drain(a *app) {
	time.Sleep(20 * time.Millisecond)
	for kicked(a) {
	}
}

// kicked reports whether a scan was asked for (waiting for the observer).
func kicked(a *app) bool {
	select {
	case <-a.kick:
		return true
	case <-time.After(30 * time.Millisecond):
		return false
	}
}

// runAction clicks a badge's action button and waits for the action to end.
func runAction(t *testing.T, a *app, cardEl js.Value, kind string) js.Value {
	t.Helper()
	a.scan()
	badgeEl := q(cardEl, ".vetted-badge")
	a.events.attach(a.badgeOf(badgeEl)) // attached in draw; attaching again is harmless
	e := a.entryOf(badgeEl)
	if e == nil {
		t.Fatal("no entry for the badge")
	}
	a.act(e.badge, action.Kind(kind))
	return badgeEl
}

func onClick(t *testing.T, el js.Value, f func()) {
	fn := js.FuncOf(func(js.Value, []js.Value) any { f(); return nil })
	t.Cleanup(fn.Release)
	el.Call("addEventListener", "click", fn)
}

func TestActionAcceptDone(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""))
	cardEl := q(list, `[role="listitem"]`)
	clicks := 0
	onClick(t, q(cardEl, `[data-control="accept"]`), func() {
		clicks++
		go func() {
			time.Sleep(150 * time.Millisecond)
			q(cardEl, "p").Set("textContent", "Ada Lovelace is now a connection")
		}()
	})
	b := runAction(t, a, cardEl, "accept")
	if clicks != 1 {
		t.Fatalf("the page's Accept was clicked %d times", clicks)
	}
	if got := attr(b, "data-vetted-state"); got != "done" {
		t.Fatalf("state %q: %s", got, q(b, "[data-vetted-status]").Get("textContent").String())
	}
	a.store.mu.Lock()
	defer a.store.mu.Unlock()
	if n := len(a.store.log.Entries); n != 1 || a.store.log.Entries[0].Action != "accept" || a.store.log.Entries[0].Outcome != "done" {
		t.Errorf("ledger %+v", a.store.log.Entries)
	}
	if len(a.store.pending) != 1 {
		t.Error("the entry is not kept pending when storage is unavailable")
	}
}

func TestActionRefusesWhenControlNamesSomeoneElse(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""))
	cardEl := q(list, `[role="listitem"]`)
	a.scan()
	accept := q(cardEl, `[data-control="accept"]`)
	setAttr(accept, "aria-label", "Accept Eve Mallory’s invitation")
	clicks := 0
	onClick(t, accept, func() { clicks++ })
	b := runAction(t, a, cardEl, "accept")
	if clicks != 0 {
		t.Fatal("clicked a control naming someone else")
	}
	if got := attr(b, "data-vetted-state"); got != "refused" {
		t.Errorf("state %q", got)
	}
	if !strings.Contains(q(b, "[data-vetted-status]").Get("textContent").String(), "Eve Mallory") {
		t.Error("the status does not say why")
	}
}

func TestActionNeedsUserForUnclickableControl(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""))
	cardEl := q(list, `[role="listitem"]`)
	accept := q(cardEl, `[data-control="accept"]`)
	link := create("a", "data-control", "accept", "href", "#", "aria-label", "Accept Ada Lovelace’s invitation")
	link.Call("appendChild", create("span", "data-no-script", ""))
	accept.Call("replaceWith", link)
	clicks := 0
	onClick(t, link, func() { clicks++ })
	go func() {
		// The user clicks the highlighted link; the site removes the card.
		for !link.Get("classList").Call("contains", "vetted-highlight").Bool() {
			time.Sleep(20 * time.Millisecond)
		}
		if q(cardEl, ".vetted-badge").IsNull() || attr(q(cardEl, ".vetted-badge"), "data-vetted-state") != "needs-user" {
			t.Error("no needs-user state while waiting for the user")
		}
		cardEl.Call("remove")
	}()
	b := runAction(t, a, cardEl, "accept")
	if clicks != 0 {
		t.Fatal("Vetted clicked a control that only takes the user's click")
	}
	if got := attr(b, "data-vetted-state"); got != "done" {
		t.Errorf("state %q after the user acted", got)
	}
	a.store.mu.Lock()
	defer a.store.mu.Unlock()
	if n := len(a.store.log.Entries); n != 2 || a.store.log.Entries[0].Outcome != "needs-user" || a.store.log.Entries[1].Outcome != "done" {
		t.Errorf("ledger %+v", a.store.log.Entries)
	}
}

func TestActionStopsAtSecurityCheck(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""))
	cardEl := q(list, `[role="listitem"]`)
	a.scan()
	dlg := create("div", "role", "dialog")
	dlg.Set("textContent", "Let’s do a quick security check")
	list.Call("appendChild", dlg)
	clicks := 0
	onClick(t, q(cardEl, `[data-control="ignore"]`), func() { clicks++ })
	b := runAction(t, a, cardEl, "ignore")
	if clicks != 0 || attr(b, "data-vetted-state") != "stopped" {
		t.Errorf("clicks %d state %q", clicks, attr(b, "data-vetted-state"))
	}
}

func TestActionAskFillsComposer(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""))
	cardEl := q(list, `[role="listitem"]`)
	reply := q(cardEl, `a[href*="/messaging/compose/"]`)
	var box js.Value
	onClick(t, reply, func() {
		go func() {
			time.Sleep(100 * time.Millisecond)
			aside := create("aside", "aria-label", "Messaging")
			aside.Call("appendChild", createText("h2", "Ada Lovelace"))
			box = create("div", "contenteditable", "true", "role", "textbox", "class", "msg-form__contenteditable")
			aside.Call("appendChild", box)
			list.Call("appendChild", aside)
		}()
	})
	// The link would navigate: keep the test page.
	prevent := js.FuncOf(func(_ js.Value, args []js.Value) any { args[0].Call("preventDefault"); return nil })
	t.Cleanup(prevent.Release)
	reply.Call("addEventListener", "click", prevent)

	a.settings.Templates.AskContext = "Hi {first_name}, <b>how</b> do we know each other?"
	b := runAction(t, a, cardEl, "ask")
	if got := attr(b, "data-vetted-state"); got != "done" {
		t.Fatalf("state %q: %s", got, q(b, "[data-vetted-status]").Get("textContent").String())
	}
	if got := box.Get("textContent").String(); got != "Hi Ada, <b>how</b> do we know each other?" {
		t.Errorf("composer text %q", got)
	}
	if !q(box, "b").IsNull() {
		t.Error("the template became markup")
	}
}

func TestActionBlockLinksToProfile(t *testing.T) {
	a, list := testApp(t, cardMarkup("k1", "Ada Lovelace", ""))
	cardEl := q(list, `[role="listitem"]`)
	b := runAction(t, a, cardEl, "block")
	if got := attr(b, "data-vetted-state"); got != "needs-user" {
		t.Errorf("state %q", got)
	}
	l := q(b, "[data-vetted-status] a")
	if l.IsNull() || attr(l, "href") != "https://www.linkedin.com/in/ada/" || attr(l, "target") != "_blank" {
		t.Error("no profile link")
	}
}

// A long list: the first eagerCards cards get their badge at once, a card
// far below gets it only when it comes near the viewport; every card is
// judged either way.
func TestFarCardsAreDrawnWhenNear(t *testing.T) {
	const n = eagerCards + 5
	cards := make([]string, n)
	for i := range cards {
		// Tall cards: the last ones are far beyond nearMargin.
		cards[i] = strings.Replace(cardMarkup("k"+strconv.Itoa(i), "Person "+strconv.Itoa(i)+" Example", ""),
			`<div role="listitem"`, `<div style="height:400px" role="listitem"`, 1)
	}
	a, list := testApp(t, cards...)
	global.Call("scrollTo", 0, 0)
	a.scan()
	items := qa(list, `[role="listitem"]`)
	drawn := func() (c int) {
		for _, it := range items {
			c += badgesIn(it)
		}
		return c
	}
	if got := drawn(); got != eagerCards {
		t.Fatalf("%d badges after the first scan, want %d", got, eagerCards)
	}
	a.mu.Lock()
	judged := 0
	for _, e := range a.entries {
		if e.verdict.Type != "" {
			judged++
		}
	}
	a.mu.Unlock()
	if judged != n {
		t.Errorf("%d cards judged, want all %d", judged, n)
	}
	// Bring the last card into view: its badge follows.
	last := items[n-1]
	last.Call("scrollIntoView")
	deadline := time.Now().Add(3 * time.Second)
	for badgesIn(last) == 0 && time.Now().Before(deadline) {
		time.Sleep(30 * time.Millisecond)
		a.scan()
	}
	if badgesIn(last) != 1 {
		t.Fatal("the last card got no badge once in view")
	}
	for _, it := range items {
		if badgesIn(it) > 1 {
			t.Fatal("a card with two badges")
		}
	}
	global.Call("scrollTo", 0, 0)
}
