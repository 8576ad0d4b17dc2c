package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
)

// Group is the family a rule belongs to; verdict caps the score per group
// so that many weak flags of one kind cannot add up to a strong verdict.
type Group string

// The rule groups.
const (
	GroupIdentity Group = "identity" // who the sender seems to be: photo, name, headline, network
	GroupNote     Group = "note"     // what the sender wrote with the invitation
	GroupContext  Group = "context"  // the user's own context: settings and decision ledger
)

// Rule is one red flag.
type Rule struct {
	ID         string // stable, kebab-case; never changes once shipped
	Title      string // at most 50 characters, shown on the badge
	Doc        string // one sentence: what the rule looks for and why it matters
	Group      Group
	Weight     int  // score points at full strength, 1 to 100
	DefaultOff bool // off unless the user turns it on (for example polarizing)
	// Check returns the strength (0 = not fired, up to 1) and the evidence:
	// quoted words from the card or stated facts, never HTML.
	Check func(in *Input) (strength float64, evidence []string)
	// Fires and Quiet are examples that must fire and must not fire.
	Fires []Example
	Quiet []Example
}

// Example is a card, with optional settings and history, on which a rule
// must fire (in Fires) or stay quiet (in Quiet).
type Example struct {
	Name     string // what the example shows
	Card     card.Card
	Settings *settings.Settings // nil means defaults
	Prior    []Prior            // earlier decisions on this sender
	Batch    []card.Card        // other cards on the same page
}

// Hit is a fired rule: its identity, strength and evidence.
type Hit struct {
	ID       string
	Title    string
	Group    Group
	Weight   int
	Strength float64
	Evidence []string
}

// Points is the hit's contribution to the risk score before group caps.
func (h Hit) Points() float64 { return float64(h.Weight) * h.Strength }

// Prior is an earlier decision on the same sender, from the ledger.
type Prior struct {
	Action  string // "ignore", "decline", "block", "accept", ...
	AgeDays int    // how long ago, -1 when unknown
}
