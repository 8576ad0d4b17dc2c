package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
)

// Input is what a rule looks at: the card, its text folded once for
// matching, the user's context and what is known from history and from the
// other cards on the page.
type Input struct {
	Card  *card.Card
	Ctx   *Context
	Prior []Prior // earlier decisions on this sender, from the ledger
	Batch *Batch  // the other cards on the same page; may be nil

	// Folded text (see package text), computed once per card by NewInput.
	Name, Headline, Note string
}

// Context is the user's settings prepared once for many cards: lists folded
// for matching and rule toggles resolved.
type Context struct {
	Settings *settings.Settings
}

// Batch is what rules need to know about all the cards on one page (for
// example how many different senders sent the same note).
type Batch struct{}
