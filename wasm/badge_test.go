//go:build js && wasm && legacy && !pages

package main

import (
	"strings"
	"syscall/js"
	"testing"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/verdict"
)

const hostile = `<img src=x onerror="window.__pwned=1">`

func testView(key, name string) *badgeView {
	return &badgeView{
		Key:  key,
		Name: name,
		Verdict: verdict.Verdict{
			Name: name, Key: key, Type: verdict.Scammer, Recommendation: verdict.DeclineBlock,
			Level: verdict.LevelDanger, Score: 91,
			Flags: []verdict.Flag{
				{ID: "off-platform", Title: "Wants to move off the platform", Evidence: []string{`"WhatsApp"`, `"text me"`}, Points: 30},
				{ID: "link-in-note", Title: "Link in the note", Evidence: []string{hostile, "</li><script>window.__pwned=2</script>"}, Points: 20},
				{ID: "no-mutuals", Title: "No mutual connections", Points: 10},
			},
			Signals: []verdict.Signal{{ID: "shared-company", Title: "Shared company", Evidence: []string{"ExampleCo"}, Points: 10}},
		},
		Actions:     []action.Kind{action.Accept, action.Ignore, action.IgnoreReport, action.Block},
		Recommended: action.Recommended("decline_block"),
	}
}

func renderInto(t *testing.T, markup, sel string, v *badgeView) (js.Value, *badge) {
	t.Helper()
	box := mount(t, markup)
	cardEl := q(box, sel)
	b := newBadge(v.Key)
	b.draw(v)
	cardEl.Call("appendChild", b.root)
	return cardEl, b
}

func TestBadgeContract(t *testing.T) {
	cardEl, b := renderInto(t, `<div class="card"><p>Ada</p></div>`, ".card", testView("urn:li:invitation:7", "Ada Lovelace"))

	badges := qa(cardEl, ".vetted-badge")
	if len(badges) != 1 {
		t.Fatalf("%d badges in the card, want 1", len(badges))
	}
	root := badges[0]
	for name, want := range map[string]string{
		"data-vetted-key":     "urn:li:invitation:7",
		"data-type":           "scammer",
		"data-level":          "danger",
		"data-recommendation": "decline_block",
	} {
		if got := attr(root, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	if !root.Call("hasAttribute", "data-vetted-badge").Bool() {
		t.Error("no data-vetted-badge")
	}
	if !cardEl.Get("lastElementChild").Equal(root) {
		t.Error("the badge is not the card's last child")
	}

	chip := q(root, "button.vetted-chip")
	if chip.IsNull() {
		t.Fatal("no chip")
	}
	if got := attr(chip, "type"); got != "button" {
		t.Errorf("chip type %q", got)
	}
	if got := attr(chip, "aria-expanded"); got != "false" {
		t.Errorf("chip aria-expanded %q", got)
	}
	wantAria := "Vetted: " + b.sigVerdictSummary() + ". Show why."
	if got := attr(chip, "aria-label"); got != wantAria {
		t.Errorf("chip aria-label %q, want %q", got, wantAria)
	}
	if got := chip.Get("textContent").String(); !strings.Contains(got, "Scammer or spammer — decline and block") {
		t.Errorf("chip text %q", got)
	}

	panel := q(root, "[data-vetted-explain]")
	if panel.IsNull() {
		t.Fatal("no explanation panel")
	}
	if attr(chip, "aria-controls") != attr(panel, "id") || attr(panel, "id") == "" {
		t.Error("aria-controls does not point at the panel")
	}
	if attr(panel, "role") != "region" || attr(panel, "aria-label") == "" {
		t.Error("panel is not a labelled region")
	}
	if !panel.Get("hidden").Bool() {
		t.Error("panel visible before the chip is clicked")
	}
	flags := qa(panel, "li[data-flag]")
	if len(flags) != 3 {
		t.Fatalf("%d flag items, want 3", len(flags))
	}
	if got := flags[0].Get("textContent").String(); got != "Wants to move off the platform: “WhatsApp”, “text me”" {
		t.Errorf("flag line %q", got)
	}
	if got := attr(flags[0], "data-flag"); got != "off-platform" {
		t.Errorf("data-flag %q", got)
	}
	if got := flags[2].Get("textContent").String(); got != "No mutual connections" {
		t.Errorf("flag without evidence %q", got)
	}
	sig := qa(panel, "li[data-signal]")
	if len(sig) != 1 || sig[0].Get("textContent").String() != "Shared company: ExampleCo" || attr(sig[0], "data-signal") != "shared-company" {
		t.Error("signal line wrong")
	}
	if !strings.Contains(panel.Get("textContent").String(), "91") {
		t.Error("no score in the panel")
	}

	bar := q(root, "[data-vetted-actions]")
	if attr(bar, "role") != "toolbar" || attr(bar, "aria-label") != "Vetted actions for Ada Lovelace" {
		t.Errorf("toolbar role %q label %q", attr(bar, "role"), attr(bar, "aria-label"))
	}
	var kinds []string
	for _, btn := range qa(bar, "button[data-vetted-action]") {
		kinds = append(kinds, attr(btn, "data-vetted-action"))
		if attr(btn, "type") != "button" {
			t.Error("action button without type=button")
		}
	}
	if got := strings.Join(kinds, ","); got != "accept,ignore,ignore-report,block" {
		t.Errorf("actions %s", got)
	}
	if n := len(qa(bar, "[data-recommended]")); n != 2 {
		t.Errorf("%d recommended buttons, want 2", n)
	}
	status := q(root, "[data-vetted-status]")
	if status.IsNull() || attr(status, "aria-live") != "polite" {
		t.Error("no polite status line")
	}
	if root.Call("hasAttribute", "data-vetted-state").Bool() {
		t.Error("state set before any action")
	}
}

// sigVerdictSummary is the summary of the verdict the badge was drawn with
// (the test view's), for the aria-label check.
func (b *badge) sigVerdictSummary() string {
	v := testView("", "")
	return v.Verdict.Summary()
}

// In a German browser the flag lines show the rules' German titles (the
// verdict's English ones stay for the CLI); a flag the core does not know
// keeps the verdict's title, and signals are unchanged.
func TestBadgeFlagTitlesInTheBrowsersLanguage(t *testing.T) {
	resetI18n(t)
	withLang(t, "de")
	v := testView("urn:li:invitation:8", "Ada Lovelace")
	v.Verdict.Flags = append(v.Verdict.Flags, verdict.Flag{ID: "no-such-rule", Title: "Something new", Points: 1})
	cardEl, _ := renderInto(t, `<div class="card"></div>`, ".card", v)
	lines := qa(cardEl, "li[data-flag]")
	if len(lines) != 4 {
		t.Fatalf("%d flag items, want 4", len(lines))
	}
	for i, want := range map[int]string{
		0: "Will die Plattform verlassen: “WhatsApp”, “text me”",
		2: "Keine gemeinsamen Kontakte",
		3: "Something new",
	} {
		if got := lines[i].Get("textContent").String(); got != want {
			t.Errorf("flag line %d = %q, want %q", i, got, want)
		}
	}
	if got := lines[1].Get("textContent").String(); !strings.HasPrefix(got, "Link in der Nachricht: ") {
		t.Errorf("flag line 1 = %q", got)
	}
	if got := attr(lines[0], "data-flag"); got != "off-platform" {
		t.Errorf("data-flag %q", got)
	}
	if got := v.Verdict.Flags[0].Title; got != "Wants to move off the platform" {
		t.Errorf("the verdict's title changed to %q", got)
	}
	if got := q(cardEl, "li[data-signal]").Get("textContent").String(); got != "Shared company: ExampleCo" {
		t.Errorf("signal line %q", got)
	}
}

func TestBadgeHostileTextStaysText(t *testing.T) {
	v := testView("k<b>", `Eve <img src=x onerror="window.__pwned=3"> & “Co”`)
	v.Problems = []string{"<script>window.__pwned=4</script>"}
	cardEl, b := renderInto(t, `<div class="card"></div>`, ".card", v)
	if n := len(qa(cardEl, "img, script, b, iframe")); n != 0 {
		t.Fatalf("hostile text became %d elements", n)
	}
	if got := attr(q(cardEl, "[data-vetted-actions]"), "aria-label"); got != "Vetted actions for "+`Eve <img src=x onerror="window.__pwned=3"> & “Co”` {
		t.Errorf("toolbar label %q", got)
	}
	if got := qa(cardEl, "li[data-flag]")[1].Get("textContent").String(); !strings.Contains(got, hostile) {
		t.Errorf("evidence not shown as text: %q", got)
	}
	b.setState("refused", "The card changed: "+hostile, "javascript:alert(1)", "Open")
	if n := len(qa(cardEl, "img, a")); n != 0 {
		t.Errorf("status rendered %d img/a elements", n)
	}
	if !strings.Contains(q(cardEl, "[data-vetted-status]").Get("textContent").String(), hostile) {
		t.Error("status text lost")
	}
	b.setCopyText("needs-user", "Copy:", "</textarea><img src=x>")
	if ta := q(cardEl, "textarea.vetted-copy"); ta.IsNull() || ta.Get("value").String() != "</textarea><img src=x>" {
		t.Error("copy text not shown verbatim")
	}
	if n := len(qa(cardEl, "img")); n != 0 {
		t.Error("copy text became markup")
	}
	if global.Get("__pwned").Truthy() {
		t.Fatal("hostile text ran")
	}
}

func TestBadgeToggleAndKeys(t *testing.T) {
	cardEl, b := renderInto(t, `<div class="card"></div>`, ".card", testView("k1", "Ada"))
	var acted []action.Kind
	done := make(chan struct{}, 4)
	ev := newBadgeEvents(func(r js.Value) *badge {
		if r.Equal(b.root) {
			return b
		}
		return nil
	}, func(_ *badge, k action.Kind) { acted = append(acted, k); done <- struct{}{} })
	ev.attach(b)

	pageClicks := 0
	onPage := js.FuncOf(func(js.Value, []js.Value) any { pageClicks++; return nil })
	defer onPage.Release()
	cardEl.Call("addEventListener", "click", onPage)

	chip := q(cardEl, ".vetted-chip")
	panel := q(cardEl, "[data-vetted-explain]")
	chip.Call("click")
	if attr(chip, "aria-expanded") != "true" || panel.Get("hidden").Bool() {
		t.Fatal("chip click did not open the panel")
	}
	// Escape closes it and returns focus to the chip.
	q(cardEl, "li").Call("dispatchEvent", keyEvent("Escape"))
	if attr(chip, "aria-expanded") != "false" || !panel.Get("hidden").Bool() {
		t.Error("Escape did not close the panel")
	}
	chip.Call("click")
	chip.Call("click")
	if !panel.Get("hidden").Bool() {
		t.Error("second click did not close the panel")
	}
	if pageClicks != 0 {
		t.Errorf("the page saw %d clicks meant for Vetted", pageClicks)
	}

	btns := qa(cardEl, "[data-vetted-action]")
	if attr(btns[0], "tabindex") != "0" || attr(btns[1], "tabindex") != "-1" {
		t.Error("toolbar is not a single tab stop")
	}
	btns[0].Call("focus")
	btns[0].Call("dispatchEvent", keyEvent("ArrowRight"))
	if !document.Get("activeElement").Equal(btns[1]) {
		t.Error("ArrowRight did not move focus")
	}
	btns[1].Call("dispatchEvent", keyEvent("End"))
	if !document.Get("activeElement").Equal(btns[len(btns)-1]) {
		t.Error("End did not move focus")
	}

	btns[1].Call("click")
	<-done
	if len(acted) != 1 || acted[0] != action.Ignore {
		t.Errorf("acted %v", acted)
	}
	b.setBusy(true)
	btns[0].Call("click")
	if len(acted) != 1 {
		t.Error("a busy badge ran another action")
	}
	b.setBusy(false)
}

func keyEvent(key string) js.Value {
	init := js.Global().Get("Object").New()
	init.Set("key", key)
	init.Set("bubbles", true)
	init.Set("cancelable", true)
	return js.Global().Get("KeyboardEvent").New("keydown", init)
}

func TestBadgeRedrawInPlace(t *testing.T) {
	cardEl, b := renderInto(t, `<div class="card"></div>`, ".card", testView("k1", "Ada"))
	b.toggle()
	flagEl := q(cardEl, "li[data-flag]")
	b.draw(testView("k1", "Ada")) // same view: no DOM change
	if !q(cardEl, "li[data-flag]").Equal(flagEl) {
		t.Error("an unchanged view was redrawn")
	}
	v := testView("k1", "Ada")
	v.Verdict.Type, v.Verdict.Recommendation, v.Verdict.Level, v.Verdict.Score = verdict.Recruiter, verdict.ReviewAccept, verdict.LevelReview, 30
	v.Verdict.Flags = nil
	v.Actions = []action.Kind{action.Accept, action.Ignore, action.Ask, action.AcceptThanks}
	b.draw(v)
	if n := len(qa(cardEl, ".vetted-badge")); n != 1 {
		t.Fatalf("%d badges after redraw", n)
	}
	root := q(cardEl, ".vetted-badge")
	if attr(root, "data-level") != "review" || attr(root, "data-type") != "recruiter" {
		t.Error("redraw did not update the attributes")
	}
	if attr(q(cardEl, ".vetted-chip"), "aria-expanded") != "true" {
		t.Error("redraw closed an open panel")
	}
	if q(cardEl, "li.vetted-none").IsNull() {
		t.Error("no 'no red flags' line")
	}
	if n := len(qa(cardEl, "[data-vetted-action]")); n != 4 {
		t.Errorf("%d actions after redraw", n)
	}
	b.setState("done", "Accepted.", "https://www.linkedin.com/in/ada/", "Open profile")
	if attr(root, "data-vetted-state") != "done" {
		t.Error("state not set")
	}
	a := q(root, "[data-vetted-status] a")
	if a.IsNull() || attr(a, "href") != "https://www.linkedin.com/in/ada/" || attr(a, "rel") != "noopener noreferrer" {
		t.Error("safe link not shown")
	}
	b.setState("", "", "", "")
	if root.Call("hasAttribute", "data-vetted-state").Bool() || q(root, "[data-vetted-status]").Get("textContent").String() != "" {
		t.Error("state not cleared")
	}
}

func TestBadgeNoActions(t *testing.T) {
	v := testView("k2", "")
	v.Actions = nil
	cardEl, _ := renderInto(t, `<div class="card"></div>`, ".card", v)
	bar := q(cardEl, "[data-vetted-actions]")
	if !bar.Get("hidden").Bool() || len(qa(bar, "button")) != 0 {
		t.Error("empty action bar shown")
	}
	if attr(bar, "aria-label") != "Vetted actions for this invitation" {
		t.Errorf("label %q", attr(bar, "aria-label"))
	}
}
