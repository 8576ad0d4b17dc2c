//go:build js && wasm && legacy && !pages

package main

// storeHooks tell the in-page glue what the decision log's writer did.
type storeHooks struct {
	onError func(msg string) // reports a storage error to the user
	onSaved func()
	// onRecovered says that entries kept after a storage error are now
	// saved, so the error can be taken back.
	onRecovered func()
}

// run is the single writer; start it once.
func (s *ledgerStore) run(h storeHooks) {
	failing := false
	for {
		<-s.kick
		for {
			msg := s.flush()
			if msg == "" {
				if h.onSaved != nil {
					h.onSaved()
				}
				if failing && h.onRecovered != nil {
					h.onRecovered()
				}
				failing = false
				break
			}
			failing = true
			if h.onError != nil {
				h.onError(msg)
			}
			// Retry later, or sooner when another entry comes.
			go func() { sleep(ledgerRetryIn); s.poke() }()
			<-s.kick
		}
	}
}
