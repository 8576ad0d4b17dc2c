//go:build js && wasm && !pages

package main

import (
	"strings"
	"sync"
	"syscall/js"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/session"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
	"github.com/vetted/vetted/core/wire"
)

// main is core.wasm's: the core the content-script shell (extension/shell.js)
// asks, answering its requests (package session) in either home (DESIGN §7):
// in the page (the content script instantiates it, extension/loader.js) or
// hosted in an extension context (the background, extension/host.js). It
// publishes globalThis.vettedCore.call(request JSON, snapshot) → Promise of
// the answer's JSON; settings, the decision log and problems are kept the
// same way in both homes (read from storage, followed as they change).
func main() {
	h := &host{ready: make(chan struct{}), store: newLedgerStore(settings.Defaults().LedgerLimit), learnt: newLearntStore()}
	h.env.Store(newEnv(settings.Defaults(), h.store, h.learnt))
	go h.start()
	api := jsObject.New()
	api.Set("version", version)
	api.Set("call", js.FuncOf(h.call))
	global.Set("vettedCore", api)
	// A Go wasm main must not return, or later JavaScript callbacks fail.
	select {}
}

// host is the core behind the shell, in either home: the user's settings and the decision log, read
// from storage once and followed as they change.
type host struct {
	_        [0]func()     // not comparable: no generated equality function (core.wasm's size)
	ready    chan struct{} // closed once settings and log are read
	env      envBox
	store    *ledgerStore
	learnt   *learntStore           // what Vetted learnt from the user's decisions
	flushMu  sync.Mutex             // one write of the decision log at a time
	problems [problemSources]string // each source's problem, told with every answer
	mu       sync.Mutex
}

// The sources of the problems told with every answer, each kept apart so
// that one's news (valid settings) does not clear or hide another's.
const (
	fromSettings = iota
	fromLedger
	fromLearnt
	problemSources
)

// envBox holds the current Env (replaced when the settings change).
type envBox struct {
	_   [0]func() // not comparable: no generated equality function (core.wasm's size)
	mu  sync.Mutex
	env *session.Env
}

func (b *envBox) Store(e *session.Env) { b.mu.Lock(); b.env = e; b.mu.Unlock() }
func (b *envBox) Load() *session.Env   { b.mu.Lock(); defer b.mu.Unlock(); return b.env }

func newEnv(s settings.Settings, store *ledgerStore, learnt *learntStore) *session.Env {
	return &session.Env{
		Judge:     verdict.New(&s),
		Prior:     func(c *card.Card) []flag.Prior { return store.prior(c) },
		Templates: s.Templates,
		Learnt:    learnt.model,
		Pacing:    s.Pacing,
		Entries:   func() []ledger.Entry { return keptEntries(store) },
	}
}

// keptEntries is a copy of the decision log as kept in memory (with the
// entries not yet saved), for the bulk caps.
func keptEntries(s *ledgerStore) []ledger.Entry {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]ledger.Entry(nil), s.log.Entries...)
}

// setProblem sets the problem of one source (fromSettings…), "" for none.
func (h *host) setProblem(from int, msg string) {
	h.mu.Lock()
	h.problems[from] = msg
	h.mu.Unlock()
}

// start follows storage, then reads settings and log (a change between
// the two is read anyway), then answers.
func (h *host) start() {
	h.listenStorage()
	h.loadSettings()
	h.setProblem(fromLedger, h.store.load())
	h.setProblem(fromLearnt, h.learnt.load())
	// Entries and decisions another writer wrote over are saved again, and
	// failed writes retried, by the writers.
	go h.store.run()
	go h.learnt.run()
	close(h.ready)
}

func (h *host) loadSettings() {
	tree, msg := storageGet("sync", settingsKey, storageWait)
	if msg != "" {
		h.setProblem(fromSettings, settings.Unreadable(msg))
		h.store.setLimit(settings.KeepLimit(nil)) // rotate nothing out meanwhile
		return
	}
	h.applySettings(tree)
}

func (h *host) applySettings(tree any) {
	s, problem := settings.Stored(tree, knownRule)
	h.setProblem(fromSettings, problem)
	h.store.setLimit(s.LedgerLimit)
	h.env.Store(newEnv(s, h.store, h.learnt))
}

// listenStorage follows the settings and the decision log as other pages
// change them.
func (h *host) listenStorage() {
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
			go h.applySettings(tree)
		case area == "local" && changes.Get(ledgerKey).Type() == js.TypeObject:
			nv := changes.Get(ledgerKey).Get("newValue")
			tree, removed := toTree(nv), nv.IsUndefined()
			go func() { h.setProblem(fromLedger, h.store.reloaded(tree, removed)) }()
		case area == "local" && changes.Get(learntKey).Type() == js.TypeObject:
			nv := changes.Get(learntKey).Get("newValue")
			tree, removed := toTree(nv), nv.IsUndefined()
			go func() { h.setProblem(fromLearnt, h.learnt.reloaded(tree, removed)) }()
		}
		return nil
	}))
}

// call answers one request: call(request JSON, snapshot) returns a
// Promise of the answer's JSON. The work runs on a goroutine: storage
// waits for the browser.
func (h *host) call(this js.Value, args []js.Value) any {
	var reqJSON, tree string
	if len(args) > 0 && args[0].Type() == js.TypeString {
		reqJSON = args[0].String()
	}
	if len(args) > 1 && args[1].Type() == js.TypeString {
		tree = args[1].String()
	}
	var resolve js.Value
	executor := js.FuncOf(func(this js.Value, a []js.Value) any {
		resolve = a[0]
		return nil
	})
	p := global.Get("Promise").New(executor)
	executor.Release()
	go func() {
		resolve.Invoke(h.answer(reqJSON, tree))
	}()
	return p
}

// answer answers one request with the JSON of wire.Reply's envelope.
func (h *host) answer(reqJSON, tree string) string {
	<-h.ready
	req, err := wire.DecodeRequest(reqJSON)
	if err != nil {
		return wire.Reply("Vetted's core could not read the request: "+err.Error(), "", "", false, nil)
	}
	req.Tree = tree
	env := h.env.Load()
	var res any
	var errMsg string
	switch req.Op {
	case "scan":
		res, err = session.ScanPage(env, &req)
	case "act":
		res, err = session.Act(env, &req)
	case "observe":
		res, err = session.Observe(env, &req)
	case "bulk-plan":
		res, err = session.BulkPlan(env, &req)
	case "bulk-start":
		res, err = session.BulkStart(env, &req)
	case "bulk-step":
		res, err = session.BulkStep(env, &req)
	case "correct":
		res, err = h.correct(env, &req)
	case "record":
		var r session.Record
		if r, err = wire.DecodeRecord(reqJSON); err == nil {
			res, err = h.record(r.Entry, r.Sample)
		}
	default:
		errMsg = "Vetted's core does not know the request " + req.Op
	}
	if err != nil {
		errMsg = err.Error()
	}
	h.mu.Lock()
	problem := joinMessages(h.problems[:]...)
	h.mu.Unlock()
	saving := h.saving()
	// Storage is full: the shell adds what the user can do (in the
	// browser's language).
	// (A failed record's error is the writers' error, which saving says.)
	full := ledger.StorageFull(saving)
	return wire.Reply(errMsg, problem, saving, full, res)
}

// saving is what keeps the decision log or what Vetted learnt from being
// saved now (the last write's errors), else "": told with every answer,
// so that an error of the writer that retries in the background reaches
// the user too (the shell tells the popup), and its end.
func (h *host) saving() string {
	return joinMessages(h.store.failing(), h.learnt.failing())
}

// joinMessages joins the messages that are not empty, a space between.
func joinMessages(msgs ...string) string {
	var out []string
	for _, m := range msgs {
		if m != "" {
			out = append(out, m)
		}
	}
	return strings.Join(out, " ")
}

// record keeps a decision-log entry, and the decision it carries in what
// Vetted learnt, and answers once both are saved; on a storage error the
// shell keeps them and asks again (neither is counted twice: the log
// adds an entry once, the learnt state a decision's ID once). Both are
// written whatever the other's write did, and the error says each that
// failed: what Vetted learnt is not hidden behind the decision log.
func (h *host) record(e *ledger.Entry, sample *learn.Sample) (any, error) {
	if e == nil {
		return nil, errNoEntry
	}
	h.learnt.decided(e, sample)
	h.flushMu.Lock()
	defer h.flushMu.Unlock()
	h.store.add(*e)
	if msg := joinMessages(h.store.flush(), h.learnt.flush()); msg != "" {
		return nil, hostError(msg)
	}
	return session.Saved{Saved: true}, nil
}

// correct learns a correction of a badge (session.Correct) and answers
// once it is saved; on a storage error it stays in what the core learnt
// and the writer saves it later (the error says so).
func (h *host) correct(env *session.Env, req *session.Request) (any, error) {
	c, err := session.Correct(env, req)
	if err != nil {
		return nil, err
	}
	if err := h.learnt.add("", &c.Sample, c.Decision, req.Now); err != nil {
		return nil, err
	}
	if msg := h.learnt.flush(); msg != "" {
		return nil, hostError(msg)
	}
	return c, nil
}

type hostError string

func (e hostError) Error() string { return string(e) }

const errNoEntry = hostError("no decision-log entry to keep")
