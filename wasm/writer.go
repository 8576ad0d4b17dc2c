//go:build js && wasm && !pages

package main

import "sync"

// writer is a store's writing to chrome.storage.local: one write at a
// time, a goroutine (run) that writes when poked, and a failed write tried
// again every ledgerRetryIn until it succeeds, with failing saying the
// error meanwhile. The decision log and what Vetted learnt each have one.
type writer struct {
	_       [0]func() // not comparable: no generated equality function (core.wasm's size)
	kick    chan struct{}
	writeMu sync.Mutex // one write at a time (run and the host's record)
	mu      sync.Mutex // guards failed
	failed  string     // the last write's error while something is unsaved, else ""
}

func newWriter() writer { return writer{kick: make(chan struct{}, 1)} }

// poke wakes run.
func (w *writer) poke() {
	select {
	case w.kick <- struct{}{}:
	default:
	}
}

// flush calls write, which returns an error message or "", and keeps the
// message for failing.
func (w *writer) flush(write func() string) string {
	w.writeMu.Lock()
	defer w.writeMu.Unlock()
	msg := write()
	w.mu.Lock()
	w.failed = msg
	w.mu.Unlock()
	return msg
}

// failing is the last write's error while something is unsaved, else "".
func (w *writer) failing() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.failed
}

// run writes on every poke and retries a failed write; start it once.
func (w *writer) run(write func() string) {
	for {
		<-w.kick
		for w.flush(write) != "" {
			go func() { sleep(ledgerRetryIn); w.poke() }()
			<-w.kick
		}
	}
}
