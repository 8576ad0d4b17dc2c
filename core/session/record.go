package session

import "github.com/vetted/vetted/core/ledger"

// Record is the request to keep a decision-log entry (op "record"), which
// the hosted core saves for the shell.
type Record struct {
	Entry *ledger.Entry `json:"entry"`
}

// Saved is the answer to Record once the entry is saved.
type Saved struct {
	Saved bool `json:"saved"`
}
