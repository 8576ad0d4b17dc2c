//go:build js && wasm && !pages

package main

import (
	"strconv"
	"sync"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/ledger"
)

const (
	ledgerKey   = "ledger"
	settingsKey = "settings"
	storageWait = 3 * second
	// ledgerRetryIn is under the 30 s a Chromium service worker may idle
	// before it is stopped: each retry calls chrome.storage, and in
	// Chromium an extension API call restarts that count, so the hosted
	// core is not stopped, and its unsaved entries lost, while a write
	// keeps failing. (Firefox counts an event page's idle time from the
	// last event it received, not its API calls.)
	ledgerRetryIn = 20 * second
)

// ledgerStore keeps the decision log in memory and appends to
// chrome.storage.local through one writer goroutine, so concurrent actions
// never lose entries. Each write re-reads the stored log first (another
// tab may have written), adds what is pending and writes it back. On an
// error (quota, storage gone) the entries stay pending in memory, the
// error is reported and the write is retried; nothing is dropped silently.
//
// Another tab, or the decision-log page importing, may have read the log
// before our write and write its own version after it. The entries saved
// lately are therefore watched: when a change of the stored log lacks one
// (ledger.Log.Lost), it is saved again. Clearing the log is the user's
// wish and is not undone.
type ledgerStore struct {
	mu      sync.Mutex
	log     *ledger.Log    // the stored log as last read, plus pending entries
	index   *ledger.Index  // log's index, built on the first question after a change
	pending []ledger.Entry // not yet confirmed written
	guard   ledger.Guard   // entries being written or written lately, watched for being written over
	limit   int
	w       writer
}

func newLedgerStore(limit int) *ledgerStore {
	return &ledgerStore{
		log: ledger.New(limit), w: newWriter(), limit: limit,
		// Ten minutes, 200 entries: a write that read the log before ours lands within seconds.
		guard: ledger.Guard{MaxAge: 10 * 60 * 1000, Max: 200},
	}
}

// load reads the stored log; entries it cannot read are kept as stored
// (ledger.Log.Unreadable) and said.
func (s *ledgerStore) load() string {
	tree, errMsg := storageGet("local", ledgerKey, storageWait)
	if errMsg != "" {
		return "Vetted could not read its decision log: " + errMsg
	}
	l, err := ledger.FromTree(tree, s.limit)
	s.mu.Lock()
	s.use(l)
	s.mu.Unlock()
	if err != nil {
		return err.Error() // a ledger.ReadError: it says what is kept
	}
	return ""
}

// reloaded takes the stored log after any write (storage.onChanged);
// removed: the log was cleared. Entries saved lately that another writer
// wrote over are saved again. It returns the problem with the stored log
// as load does ("" once it reads whole).
func (s *ledgerStore) reloaded(tree any, removed bool) string {
	l, err := ledger.FromTree(tree, s.limit)
	s.mu.Lock()
	var lost []ledger.Entry
	if removed {
		s.guard.Cleared()
	} else {
		lost = s.guard.Lost(l, s.pending)
		s.pending = append(s.pending, lost...)
	}
	s.use(l)
	s.mu.Unlock()
	if len(lost) > 0 {
		s.w.poke()
	}
	if err != nil {
		return err.Error()
	}
	return ""
}

// use takes a log as read from storage, with the pending entries on top.
// s.mu must be held.
//
// Not inlined: its copies at 3 calls cost core.wasm 1.9 KB.
//
//go:noinline
func (s *ledgerStore) use(l *ledger.Log) {
	l.Entries = append(l.Entries, s.pending...)
	l.SetLimit(s.limit)
	s.log, s.index = l, nil
}

// setLimit applies the settings' ledger size.
func (s *ledgerStore) setLimit(n int) {
	s.mu.Lock()
	s.limit = n
	s.log.SetLimit(n)
	s.index = nil
	s.mu.Unlock()
}

// add records an entry in memory at once and queues it for storage. An
// entry already pending (the shell asks again while a write fails) changes
// nothing: it is neither counted twice meanwhile nor said twice unsaved.
func (s *ledgerStore) add(e ledger.Entry) {
	s.mu.Lock()
	id := e.Identity()
	for i := range s.pending {
		if s.pending[i].Identity() == id {
			s.mu.Unlock()
			return
		}
	}
	s.log.Add(e)
	s.index = nil
	s.pending = append(s.pending, e)
	s.mu.Unlock()
	s.w.poke()
}

// run is the writer, which saves entries another writer wrote over and
// retries a failed write; start it once.
func (s *ledgerStore) run() { s.w.run(s.write) }

// prior answers the repeat-invite question from the log in memory, through
// an index built once per change of the log (a scan asks for every card).
func (s *ledgerStore) prior(c *card.Card) []flag.Prior {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.index == nil {
		s.index = s.log.Index()
	}
	return s.index.Prior(c, wallNow())
}

// flush writes the pending entries; it returns an error message or ""
// (and keeps it for failing).
func (s *ledgerStore) flush() string { return s.w.flush(s.write) }

// failing is the last write's error while entries are unsaved, else "".
func (s *ledgerStore) failing() string { return s.w.failing() }

// write is flush's work: one at a time (writer.flush).
func (s *ledgerStore) write() string {
	s.mu.Lock()
	batch := append([]ledger.Entry(nil), s.pending...)
	limit := s.limit
	// Watched from now: a writer that read the log before this write may
	// land after it.
	s.guard.Saving(batch, wallNow())
	s.mu.Unlock()
	if len(batch) == 0 {
		return ""
	}
	tree, errMsg := storageGet("local", ledgerKey, storageWait)
	if errMsg != "" {
		return "Vetted could not save its decision log (" + errMsg + "); " + plural(len(batch), "unsaved decision") + " kept in memory, retrying."
	}
	stored, _ := ledger.FromTree(tree, limit) // entries it cannot read are written back as they are (reported at load)
	stored.AddNew(batch)                      // an entry saved again after being written over is not doubled
	if msg := storageSet("local", ledgerKey, stored.Tree(), storageWait); msg != "" {
		return "Vetted could not save its decision log (" + msg + "); " + plural(len(batch), "unsaved decision") + " kept in memory, retrying."
	}
	s.mu.Lock()
	s.pending = s.pending[len(batch):]
	s.use(stored)
	s.mu.Unlock()
	return ""
}

// plural is "1 word" or "n words".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
