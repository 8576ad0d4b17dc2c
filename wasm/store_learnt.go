//go:build js && wasm && !pages

package main

import (
	"sync"

	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/ledger"
)

const learntKey = "learnt"

// learntStore keeps what Vetted learnt (chrome.storage.local "learnt")
// for judging and records the user's decisions into it. The logic is
// learn.Journal's (decisions count at once, stay pending until a write
// confirms them, one written over by another tab is saved again); this is
// storage only. A storage error is told as the decision log's is (failing,
// which the host tells with every answer), the decisions stay pending in
// memory and the write is retried.
type learntStore struct {
	_  [0]func() // not comparable: no generated equality function (core.wasm's size)
	mu sync.Mutex
	j  *learn.Journal
	w  writer
}

func newLearntStore() *learntStore {
	return &learntStore{j: learn.NewJournal(), w: newWriter()}
}

// load reads the stored state; a damaged one is reported and kept as
// stored (the decision log page shows it and can reset it).
func (s *learntStore) load() string {
	tree, errMsg := storageGet("local", learntKey, storageWait)
	if errMsg != "" {
		return "Vetted could not read what it learnt: " + errMsg
	}
	s.mu.Lock()
	err := s.j.Load(tree)
	s.mu.Unlock()
	return learntProblem(err)
}

// learntProblem is the problem told while the stored state cannot be
// read (err), else "".
func learntProblem(err error) string {
	if err != nil {
		return "What Vetted learnt could not be read (" + err.Error() + "); open the decision log to reset it."
	}
	return ""
}

// model is what judging uses; it never changes once returned.
func (s *learntStore) model() *learn.Model {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.j.Model()
}

// decided records the decision a decision-log entry carries
// (learn.FromOutcome: an action carried out) on the card of sample: every
// path that writes an entry calls it with the card's sample. It reports
// whether the entry was a decision.
func (s *learntStore) decided(e *ledger.Entry, sample *learn.Sample) bool {
	if e == nil || sample == nil {
		return false
	}
	d, ok := learn.FromOutcome(e.Action, e.Outcome, e.Bulk)
	if !ok {
		return false
	}
	return s.add(learn.EntryID(e.Key, e.Action, e.At), sample, d, e.At) == nil
}

// add records a decision or a correction and queues it for storage.
func (s *learntStore) add(id string, sample *learn.Sample, d learn.Decision, at int64) error {
	s.mu.Lock()
	_, err := s.j.Add(id, *sample, d, at)
	s.mu.Unlock()
	if err != nil {
		return err
	}
	s.w.poke()
	return nil
}

// reloaded takes the stored state after any write (storage.onChanged);
// removed: the key was removed. Decisions saved lately that another
// writer wrote over are saved again.
func (s *learntStore) reloaded(tree any, removed bool) string {
	s.mu.Lock()
	lost, err := s.j.Changed(tree, removed, int64(wallNow()))
	s.mu.Unlock()
	if err != nil {
		return learntProblem(err) // writes report it too (Merge refuses it)
	}
	if lost > 0 {
		s.w.poke()
	}
	return ""
}

// run is the writer; start it once. A failed write is tried again every
// ledgerRetryIn until it succeeds (failing says the error meanwhile).
func (s *learntStore) run() { s.w.run(s.write) }

// failing is the last write's error while decisions are unsaved, else "".
func (s *learntStore) failing() string { return s.w.failing() }

// flush writes the pending decisions into the state as stored now; it
// returns an error message or "" (and keeps it for failing).
func (s *learntStore) flush() string { return s.w.flush(s.write) }

// write is flush's work: one at a time (writer.flush).
func (s *learntStore) write() string {
	s.mu.Lock()
	n := s.j.Pending()
	s.mu.Unlock()
	if n == 0 {
		return ""
	}
	tree, errMsg := storageGet("local", learntKey, storageWait)
	if errMsg == "" {
		s.mu.Lock()
		m, n, err := s.j.Merge(tree, int64(wallNow()))
		s.mu.Unlock()
		if err != nil {
			errMsg = err.Error()
		} else if errMsg = storageSet("local", learntKey, m.Tree(), storageWait); errMsg == "" {
			s.mu.Lock()
			s.j.Saved(m, n, int64(wallNow()))
			s.mu.Unlock()
			return ""
		}
	}
	s.mu.Lock()
	n = s.j.Pending()
	s.mu.Unlock()
	return "Vetted could not save what it learnt (" + errMsg + "); " + learn.Describe(n) + " kept in memory, retrying."
}
