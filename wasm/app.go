//go:build js && wasm && legacy && !pages

package main

import (
	"slices"
	"sync"
	"syscall/js"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

// frameBudget is how long one scan step may hold the main thread before
// yielding to the browser (DESIGN §8: no task longer than 50 ms).
const frameBudget = 20 // ms

// eagerCards is how many cards, from the top of the list, get their badge
// at once. Further down a long list a card's badge is drawn when the card
// comes within nearMargin of the viewport: drawing a thousand badges at
// once makes the browser lay the whole list out again after every slice
// (BENCHMARKS.md), for cards nobody is looking at. Every card is read and
// judged either way (the popup's counts and bulk triage use them all).
const (
	eagerCards = 30
	nearMargin = "2000px 0px"
)

// entry is one invitation card on the page and its badge.
type entry struct {
	key     string
	el      js.Value // the card element
	node    page.Node
	card    card.Card
	actions []action.Kind
	verdict verdict.Verdict
	badge   *badge
	seen    int // scan generation in which the card was last found
	acting  bool
	near    bool // the card came near the viewport: draw its badge
	watched bool // the near observer watches el
}

// app is the content script's state: one per page.
type app struct {
	mu sync.Mutex

	doc      page.Node // document.documentElement
	url      string
	site     site
	settings settings.Settings
	judge    *verdict.Judge
	store    *ledgerStore
	learnt   *learntStore // what Vetted learnt from the user's decisions
	events   *badgeEvents

	entries  map[string]*entry
	order    []*entry
	gen      int
	rejudge  bool   // settings or ledger changed: judge every card again
	problem  string // a settings or storage problem to report
	lastSent string // the last status reported, to avoid repeats
	noList   string // the URL last reported as having no invitation list

	kick     chan struct{} // something changed: scan on the next frame
	ready    chan struct{} // closed once settings and ledger are loaded
	targets  []js.Value    // mutation targets since the last scan
	cardOf   js.Value      // WeakMap: card element → entry key
	observer js.Value
	observed js.Value
	nearObs  js.Value // IntersectionObserver: cards coming near the viewport
	reader   *reader  // reads cards from snapshots
	lastTry  float64  // ms
}

func newApp() *app {
	a := &app{
		doc:      wrap(document.Get("documentElement")),
		settings: settings.Defaults(),
		entries:  map[string]*entry{},
		kick:     make(chan struct{}, 1),
		ready:    make(chan struct{}),
		cardOf:   global.Get("WeakMap").New(),
		reader:   newReader(),
	}
	a.judge = verdict.New(&a.settings)
	a.store = newLedgerStore(a.settings.LedgerLimit)
	a.learnt = newLearntStore()
	a.learnt.onError = func(msg string) { a.report("error", msg) }
	a.learnt.onRecovered = func() { a.report("recovered", "") }
	a.learnt.onChange = func() {
		// Judge every card again: a decision teaches the page's other
		// cards at once (a reported sender's other invitations, a note
		// like the one just ignored).
		a.mu.Lock()
		a.rejudge = true
		a.mu.Unlock()
		a.poke()
	}
	a.events = newBadgeEvents(a.badgeOf, a.act)
	return a
}

// start loads settings and the ledger, then scans and keeps scanning.
// The storage reads run while the first scan reads the page; judging
// waits for them (ready).
func (a *app) start() {
	loaded := make(chan struct{}, 3)
	go func() { a.loadSettings(); loaded <- struct{}{} }()
	go func() {
		if msg := a.store.load(); msg != "" {
			a.setProblem(msg)
		}
		loaded <- struct{}{}
	}()
	go func() {
		if msg := a.learnt.load(); msg != "" {
			a.setProblem(msg)
		}
		loaded <- struct{}{}
	}()
	go func() {
		<-loaded
		<-loaded
		<-loaded
		close(a.ready)
		go a.learnt.run()
		a.store.run(a.ledgerHooks())
	}()
	a.listenStorage()
	a.listenNavigation()
	a.listenKeys() // keys.go: the keyboard shortcuts
	a.listenBulk() // bulk.go: the popup's bulk triage
	a.observe(js.Undefined())
	a.heartbeat()
	// The runtime's and the packages' start-up used most of this task's
	// budget (DESIGN §8: no task over 50 ms): scan in a fresh one, while
	// the storage reads started above are under way.
	yield()
	a.scan() // the first scan at once; later ones on animation frames
	a.loop()
}

// poke asks for a scan on the next animation frame.
func (a *app) poke() {
	select {
	case a.kick <- struct{}{}:
	default:
	}
}

// loop scans once per animation frame while something changed.
func (a *app) loop() {
	for {
		<-a.kick
		nextFrame()
		select { // changes during the wait are covered by this scan
		case <-a.kick:
		default:
		}
		a.scan()
	}
}

// nextFrame waits for the next animation frame (or 100 ms: frames do not
// run in hidden tabs).
func nextFrame() {
	ch := make(chan js.Value, 1)
	f, g := signal(ch), signal(ch)
	id := global.Call("requestAnimationFrame", f)
	tid := global.Call("setTimeout", g, 100)
	<-ch
	global.Call("cancelAnimationFrame", id)
	global.Call("clearTimeout", tid)
	f.Release()
	g.Release()
}

// yield gives the main thread back to the browser for a moment: a
// message to ourselves, which unlike setTimeout is never clamped to 4 ms.
func yield() {
	ch := make(chan struct{})
	yieldMu.Lock()
	if yieldPort.IsUndefined() {
		mc := global.Get("MessageChannel").New()
		mc.Get("port1").Set("onmessage", js.FuncOf(func(js.Value, []js.Value) any {
			yieldMu.Lock()
			w := yielders[0]
			yielders = yielders[1:]
			yieldMu.Unlock()
			close(w)
			return nil
		}))
		yieldPort = mc.Get("port2")
	}
	yielders = append(yielders, ch)
	yieldMu.Unlock()
	yieldPort.Call("postMessage", 0)
	<-ch
}

var (
	yieldMu   sync.Mutex
	yieldPort js.Value
	yielders  []chan struct{}
)

func locationHref() string { return global.Get("location").Get("href").String() }

// scan brings the badges in line with the page.
func (a *app) scan() {
	url := locationHref()
	if a.site != nil && !connected(a.observed) {
		a.url = "" // the observed list was replaced: find it again
	}
	if url != a.url {
		a.url = url
		a.detect(true)
	} else if a.site == nil && now()-a.lastTry > second && invitationURL(url) {
		a.detect(false)
	}
	if a.site == nil {
		a.mu.Lock()
		a.targets = nil
		a.mu.Unlock()
		a.reportNoList(url)
		return
	}
	start := now()
	nodes := a.site.CardNodes(a.doc)
	dirty := a.dirtyCards()
	a.mu.Lock()
	a.gen++
	gen := a.gen
	changed := a.rejudge
	a.rejudge = false
	a.mu.Unlock()

	// Read new and changed cards only, yielding to the browser when a
	// frame's budget is spent.
	keys := map[string]int{}
	order := make([]*entry, 0, len(nodes))
	for _, n := range nodes {
		if now()-start > frameBudget {
			yield()
			start = now()
		}
		el := element(n)
		if k := a.cardOf.Call("get", el); k.Type() == js.TypeString && !dirty[k.String()] {
			a.mu.Lock()
			e := a.entries[k.String()]
			if e != nil && e.seen != gen && e.el.Equal(el) {
				e.seen = gen
				keys[e.key]++
				order = append(order, e)
				a.mu.Unlock()
				continue
			}
			a.mu.Unlock()
		}
		c, ok := a.site.Read(a.reader.node(a.site.AdapterID(), n))
		if !ok {
			continue
		}
		key := cardKey(&c, keys)
		a.cardOf.Call("set", el, key)
		a.mu.Lock()
		e := a.entries[key]
		if e == nil {
			e = &entry{key: key}
			a.entries[key] = e
			changed = true
		} else if !sameCard(&e.card, &c) {
			changed = true
		}
		if !e.el.Equal(el) || !sameCard(&e.card, &c) {
			e.actions = nil // a new element or new content: find its controls again
		}
		if !e.el.Equal(el) && e.watched {
			a.unwatch(e)
		}
		e.el, e.node, e.card, e.seen = el, n, c, gen
		order = append(order, e)
		a.mu.Unlock()
		// The card's controls (e.actions) are found when its badge is
		// drawn: far down a long list that may be never.
	}

	a.mu.Lock()
	for k, e := range a.entries {
		if e.seen != gen {
			changed = true
			delete(a.entries, k)
			if e.watched {
				a.unwatch(e)
			}
			switch {
			case e.badge == nil:
			case e.acting || e.badge.root.Call("hasAttribute", "data-vetted-state").Bool():
				e.badge.retire() // keep the outcome in view; its buttons no longer apply
			default:
				e.badge.root.Call("remove")
			}
		}
	}
	a.order = order
	a.mu.Unlock()
	<-a.ready
	a.mu.Lock()
	judge := a.judge
	judge.UseLearnt(a.learnt.model())
	if a.rejudge { // the settings arrived meanwhile
		changed, a.rejudge = true, false
	}
	a.mu.Unlock()
	if changed {
		// Judge every card as one page (page-wide rules see them all), a
		// slice at a time.
		cards := make([]card.Card, len(order))
		for i, e := range order {
			cards[i] = e.card
		}
		batch := flag.NewBatch(cards)
		for i, e := range order {
			if now()-start > frameBudget {
				yield()
				start = now()
			}
			e.verdict = judge.Card(&cards[i], a.store.prior(&cards[i]), batch)
		}
	}

	// Draw, yielding to the browser when a frame's budget is spent; far
	// down a long list, only when the card comes near the viewport.
	for i, e := range order {
		if e.badge == nil && i >= eagerCards && !e.near {
			a.watch(e)
			continue
		}
		if now()-start > frameBudget {
			yield()
			start = now()
			if e.seen != gen || !connected(e.el) {
				continue // the page moved on while we yielded; the next scan catches up
			}
		}
		a.draw(e)
	}
	a.reportStatus()
	// For `make bench` and the end-to-end tests: when the last scan ended
	// (one mark, replaced), and how many cards were read from snapshots.
	performance.Call("clearMarks", "vetted:scanned")
	performance.Call("mark", "vetted:scanned", map[string]any{
		"detail": map[string]any{"cards": a.reader.cards, "snapshots": a.reader.snapped},
	})
}

// draw renders or updates one card's badge and keeps it in the card.
func (a *app) draw(e *entry) {
	if e.watched {
		a.unwatch(e)
	}
	if e.actions == nil {
		n := e.node
		if d, ok := n.(domNode); ok && !d.hasBadge() {
			// One check for the card instead of one for each query its
			// control finders make.
			n = domNode{v: d.v, clean: true}
		}
		e.actions = action.Available(a.site, n, &e.card)
		if e.actions == nil {
			e.actions = []action.Kind{}
		}
	}
	if e.badge == nil {
		e.badge = newBadge(e.key)
		a.events.attach(e.badge)
	}
	v := badgeView{
		Key: e.key, Name: e.card.Name, Verdict: e.verdict, Actions: e.actions,
		Recommended: action.Recommended(string(e.verdict.Recommendation)),
	}
	e.badge.draw(&v)
	// The badge goes at the end of the card, or right after it when the
	// card is a link or a button (page.BadgeAfter).
	after := page.BadgeAfter(e.node)
	if after && !e.el.Get("nextElementSibling").Equal(e.badge.root) ||
		!after && !e.badge.root.Get("parentNode").Equal(e.el) {
		// Exactly one badge per card: drop a stale one left by an earlier
		// entry for this element.
		if old, ok := call(e.el, "querySelectorAll", ":scope > [data-vetted-badge]"); ok {
			for i := old.Length() - 1; i >= 0; i-- {
				old.Index(i).Call("remove")
			}
		}
		if next := e.el.Get("nextElementSibling"); isElement(next) && next.Call("hasAttribute", "data-vetted-badge").Bool() {
			next.Call("remove")
		}
		if after {
			e.el.Call("after", e.badge.root)
		} else {
			e.el.Call("appendChild", e.badge.root)
		}
		badgesDrawn++
	}
}

// badgeOf finds the entry of a badge root (for the shared event handlers).
func (a *app) badgeOf(root js.Value) *badge {
	if e := a.entryOf(root); e != nil {
		return e.badge
	}
	return nil
}

func (a *app) entryOf(root js.Value) *entry {
	if !isElement(root) {
		return nil
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	e := a.entries[attr(root, "data-vetted-key")]
	if e == nil || e.badge == nil || !e.badge.root.Equal(root) {
		return nil
	}
	return e
}

// cardKey is the card's stable key: the site's invitation key, else the
// profile URL, else the folded name; repeats get a numeric suffix.
func cardKey(c *card.Card, seen map[string]int) string {
	k := c.Key
	if k == "" {
		if u := ledger.NormalizeURL(c.ProfileURL); u != "" {
			k = "profile:" + u
		} else {
			k = "name:" + ledger.FoldName(c.Name)
		}
	}
	seen[k]++
	if n := seen[k]; n > 1 {
		k += "#" + itoa(n)
	}
	return k
}

func sameStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func sameCard(a, b *card.Card) bool {
	return a.Site == b.Site && a.Kind == b.Kind && a.Name == b.Name && a.Headline == b.Headline &&
		a.ProfileURL == b.ProfileURL && a.Photo == b.Photo && a.Mutuals == b.Mutuals &&
		sameStrings(a.MutualNames, b.MutualNames) && a.Note == b.Note && a.AgeDays == b.AgeDays &&
		a.Verified == b.Verified && a.Premium == b.Premium && a.FollowsYou == b.FollowsYou &&
		sameStrings(a.Shared, b.Shared) && a.Key == b.Key
}

// detect finds the adapter for the page. On a navigation every badge of
// the previous page is removed and the observer moves to the new list.
func (a *app) detect(navigated bool) {
	a.lastTry = now()
	s := detectSite(a.url, a.doc)
	if !navigated && s == nil {
		return
	}
	a.mu.Lock()
	if navigated || s != nil && a.site == nil {
		for _, e := range a.entries {
			if e.badge != nil {
				e.badge.root.Call("remove")
			}
		}
		a.entries = map[string]*entry{}
		a.order = nil
	}
	a.site = s
	a.rejudge = true
	a.mu.Unlock()
	target := js.Undefined()
	if s != nil {
		if l := s.List(a.doc); l != nil {
			target = element(l)
		}
	}
	a.observe(target)
}

// watch asks to be told when a card without a badge comes near the
// viewport; the scan then draws its badge.
func (a *app) watch(e *entry) {
	if e.watched {
		return
	}
	if a.nearObs.IsUndefined() {
		cb := js.FuncOf(func(this js.Value, args []js.Value) any {
			records := args[0]
			near := false
			a.mu.Lock()
			for i, n := 0, records.Length(); i < n; i++ {
				r := records.Index(i)
				if !r.Get("isIntersecting").Bool() {
					continue
				}
				if k := a.cardOf.Call("get", r.Get("target")); k.Type() == js.TypeString {
					if e := a.entries[k.String()]; e != nil && e.badge == nil {
						e.near, near = true, true
					}
				}
			}
			a.mu.Unlock()
			if near {
				a.poke()
			}
			return nil
		})
		opts := jsObject.New()
		opts.Set("rootMargin", nearMargin)
		a.nearObs = global.Get("IntersectionObserver").New(cb, opts) // lives as long as the page
	}
	a.nearObs.Call("observe", e.el)
	e.watched = true
}

// unwatch stops watching a card's element.
func (a *app) unwatch(e *entry) {
	if !a.nearObs.IsUndefined() {
		a.nearObs.Call("unobserve", e.el)
	}
	e.watched, e.near = false, false
}

// observe watches target (or the body) for changes; Vetted's own badge
// mutations are ignored.
func (a *app) observe(target js.Value) {
	if !isElement(target) {
		target = document.Get("body")
		if !isElement(target) {
			target = document.Get("documentElement")
		}
	}
	if a.observer.IsUndefined() {
		cb := js.FuncOf(func(this js.Value, args []js.Value) any {
			if a.site == nil { // no list yet: only a navigation matters
				a.poke()
				return nil
			}
			if t := relevant(args[0]); len(t) > 0 {
				a.mu.Lock()
				a.targets = append(a.targets, t...)
				a.mu.Unlock()
				a.poke()
			}
			return nil
		})
		a.observer = global.Get("MutationObserver").New(cb) // lives as long as the page
	}
	if a.observed.Equal(target) {
		return
	}
	a.observer.Call("disconnect")
	opts := jsObject.New()
	opts.Set("childList", true)
	opts.Set("subtree", true)
	opts.Set("characterData", true)
	a.observer.Call("observe", target, opts)
	a.observed = target
}

// relevant returns the targets of mutation records that touch anything
// but Vetted's own elements.
func relevant(records js.Value) []js.Value {
	var out []js.Value
	n := records.Length()
	for i := 0; i < n; i++ {
		r := records.Index(i)
		t := r.Get("target")
		if !isElement(t) {
			t = t.Get("parentElement")
		}
		if !isElement(t) || insideBadge(t) {
			continue
		}
		if r.Get("type").String() == "childList" && onlyBadges(r.Get("addedNodes")) && onlyBadges(r.Get("removedNodes")) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// dirtyCards returns the keys of the cards that changed since the last
// scan: those holding a mutation target.
func (a *app) dirtyCards() map[string]bool {
	a.mu.Lock()
	targets := a.targets
	a.targets = nil
	a.mu.Unlock()
	dirty := map[string]bool{}
	for _, t := range targets {
		for el := t; isElement(el) && !el.Equal(a.observed); el = el.Get("parentElement") {
			if k := a.cardOf.Call("get", el); k.Type() == js.TypeString {
				dirty[k.String()] = true
				break
			}
		}
	}
	return dirty
}

func onlyBadges(nodes js.Value) bool {
	for i := 0; i < nodes.Length(); i++ {
		n := nodes.Index(i)
		if !isElement(n) || !n.Call("hasAttribute", "data-vetted-badge").Bool() {
			return false
		}
	}
	return true
}

// heartbeat checks once a second for what the observer cannot see: a
// pushState navigation outside the observed list, or the list replaced.
func (a *app) heartbeat() {
	f := js.FuncOf(func(js.Value, []js.Value) any {
		if locationHref() != a.url || !connected(a.observed) {
			a.poke()
		}
		return nil
	})
	global.Call("setInterval", f, 1000)
}

// listenNavigation rescans on history navigation (LinkedIn is a single
// page app); pushState navigations show up as DOM changes and through the
// Navigation API where the browser has it.
func (a *app) listenNavigation() {
	f := js.FuncOf(func(js.Value, []js.Value) any { a.poke(); return nil })
	global.Call("addEventListener", "popstate", f)
	global.Call("addEventListener", "hashchange", f)
	if nav := global.Get("navigation"); nav.Type() == js.TypeObject && nav.Get("addEventListener").Type() == js.TypeFunction {
		nav.Call("addEventListener", "navigatesuccess", f)
	}
}

// loadSettings reads the user's settings; an invalid stored value falls
// back to the defaults, and the problem is reported.
func (a *app) loadSettings() {
	tree, msg := storageGet("sync", settingsKey, storageWait)
	if msg != "" {
		a.setProblem(settings.Unreadable(msg))
		return
	}
	a.applySettings(tree)
}

func (a *app) applySettings(tree any) {
	s, problem := settings.Stored(tree, knownRule)
	if tree != nil {
		a.setProblem(problem)
	}
	a.mu.Lock()
	a.settings = s
	a.judge = verdict.New(&a.settings)
	a.rejudge = true
	a.mu.Unlock()
	a.store.setLimit(s.LedgerLimit)
}

func (a *app) setProblem(msg string) {
	a.mu.Lock()
	a.problem = msg
	a.mu.Unlock()
	if msg != "" {
		a.report("error", msg)
	}
}

// listenStorage re-judges every card when the settings change, and when
// another tab adds to the ledger.
func (a *app) listenStorage() {
	api := extAPI()
	if api.IsUndefined() {
		return
	}
	ch := api.Get("storage").Get("onChanged")
	if ch.Type() != js.TypeObject {
		return
	}
	ch.Call("addListener", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 2 {
			return nil
		}
		changes, area := args[0], args[1].String()
		switch {
		case area == "sync" && changes.Get(settingsKey).Type() == js.TypeObject:
			tree := toTree(changes.Get(settingsKey).Get("newValue"))
			go func() { a.applySettings(tree); a.poke() }()
		case area == "local" && changes.Get(learntKey).Type() == js.TypeObject:
			nv := changes.Get(learntKey).Get("newValue")
			tree, removed := toTree(nv), nv.IsUndefined()
			go a.learnt.reloaded(tree, removed) // judges again (onChange)
		}
		switch {
		case area == "local" && changes.Get(ledgerKey).Type() == js.TypeObject:
			nv := changes.Get(ledgerKey).Get("newValue")
			tree, removed := toTree(nv), nv.IsUndefined()
			go func() {
				a.store.reloaded(tree, removed)
				a.mu.Lock()
				a.rejudge = true
				a.mu.Unlock()
				a.poke()
			}()
		}
		return nil
	}))
}

// reportStatus sends the counts per level and type to the background for
// the popup, when they changed:
// {type: 'vetted-status', state: 'active', site, url, total,
// levels: {safe, review, danger}, types: {<type>: n}, problem?}.
func (a *app) reportStatus() {
	a.mu.Lock()
	levels := map[string]int{}
	types := map[string]int{}
	for _, e := range a.order {
		levels[string(e.verdict.Level)]++
		types[string(e.verdict.Type)]++
	}
	lv, tl := jsObject.New(), jsObject.New()
	sig := a.url + "\x00" + a.problem + "\x00" + itoa(len(a.order))
	for _, l := range [...]string{"safe", "review", "danger"} {
		lv.Set(l, levels[l])
		sig += "," + itoa(levels[l])
	}
	names := make([]string, 0, len(types))
	for t := range types {
		names = append(names, t)
	}
	slices.Sort(names)
	for _, t := range names {
		tl.Set(t, types[t])
		sig += "," + t + "=" + itoa(types[t])
	}
	msg := jsObject.New()
	msg.Set("type", "vetted-status")
	msg.Set("state", "active")
	msg.Set("site", string(a.site.Name()))
	msg.Set("url", a.url)
	msg.Set("total", len(a.order))
	msg.Set("levels", lv)
	msg.Set("types", tl)
	if a.problem != "" {
		msg.Set("problem", a.problem)
	}
	send := sig != a.lastSent
	a.lastSent = sig
	a.mu.Unlock()
	if send {
		sendMessage(msg)
	}
}

func (a *app) reportNoList(url string) {
	a.mu.Lock()
	send := a.noList != url
	a.noList = url
	a.lastSent = ""
	problem := a.problem
	a.mu.Unlock()
	if send {
		msg := jsObject.New()
		msg.Set("type", "vetted-status")
		msg.Set("state", "no-list")
		msg.Set("url", url)
		msg.Set("total", 0)
		msg.Set("message", "No invitation list on this page.")
		if problem != "" {
			msg.Set("problem", problem)
		}
		sendMessage(msg)
	}
}

// report sends a one-off problem or action outcome to the background.
func (a *app) report(state, message string) {
	msg := jsObject.New()
	msg.Set("type", "vetted-status")
	msg.Set("state", state)
	msg.Set("url", locationHref())
	msg.Set("message", message)
	sendMessage(msg)
}

// ledgerHooks are what the decision log's writer tells the popup: a storage
// error, and that the entries kept after it are saved now.
func (a *app) ledgerHooks() storeHooks {
	return storeHooks{
		onError:     func(msg string) { a.report("error", msg) },
		onRecovered: func() { a.report("recovered", "") },
	}
}
