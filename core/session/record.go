package session

import (
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/ledger"
)

// Record is the request to keep a decision-log entry (op "record"), which
// the hosted core saves for the shell, with what Vetted learns of the card
// (Step.Sample).
type Record struct {
	Entry  *ledger.Entry `json:"entry"`
	Sample *learn.Sample `json:"sample"`
}

// Saved is the answer to Record once the entry is saved.
type Saved struct {
	Saved bool `json:"saved"`
}
