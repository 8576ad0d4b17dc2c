package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/identity"
	"github.com/vetted/vetted/core/text"
)

// Batch is what rules need to know about all the cards on one page: for
// each non-trivial note (folded), how many different senders sent it. It
// is read-only after NewBatch and safe for concurrent use.
type Batch struct {
	senders map[string]int // folded note to number of distinct senders
}

// NewBatch gathers the page-wide facts of cards.
func NewBatch(cards []card.Card) *Batch {
	b := &Batch{}
	type seen struct{ note, sender string }
	var pairs map[seen]bool
	for i := range cards {
		c := &cards[i]
		note := text.Fold(c.Note)
		if !substantialNote(note, text.Fold(c.Name)) {
			continue
		}
		if b.senders == nil {
			b.senders = map[string]int{}
			pairs = map[seen]bool{}
		}
		k := seen{note, senderKey(c)}
		if pairs[k] {
			continue
		}
		pairs[k] = true
		b.senders[note]++
	}
	return b
}

// Senders returns how many different senders on the page sent this folded
// note; 0 for trivial notes and notes not on the page.
func (b *Batch) Senders(folded string) int {
	if b == nil {
		return 0
	}
	return b.senders[folded]
}

// senderKey identifies the sender of a card: the invitation key, else the
// profile, else the folded name.
func senderKey(c *card.Card) string {
	prefix, rest := senderKeyParts(c)
	return prefix + rest
}

// senderKeyParts returns senderKey(c) in two parts, its kind ("u:", "k:"
// or "n:") and the rest, so that a caller can use it without making it.
func senderKeyParts(c *card.Card) (prefix, rest string) {
	if k, ok := identity.ParseRef(c.ProfileURL); ok {
		return "u:", k.Key()
	}
	if c.Key != "" {
		return "k:", c.Key
	}
	return "n:", identity.NameKey(text.Fold(c.Name))
}
