package action

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
)

// Kind is one of the actions on a card's action bar.
type Kind string

// The actions, in action-bar order.
const (
	Accept       Kind = "accept"
	Ignore       Kind = "ignore"
	Ask          Kind = "ask"           // open the composer with the ask-for-context template
	AcceptThanks Kind = "accept-thanks" // accept, then open the composer with the thank-you template
	IgnoreReport Kind = "ignore-report" // ignore, then take the user to the site's report flow
	Block        Kind = "block"         // take the user to the site's block flow for that person
)

// Kinds lists every action in action-bar order.
var Kinds = []Kind{Accept, Ignore, Ask, AcceptThanks, IgnoreReport, Block}

// Valid reports whether k is a known action.
func (k Kind) Valid() bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Label is the button text.
//
// Not inlined: its copies at 4 calls cost core.wasm 1.8 KB.
//
//go:noinline
func (k Kind) Label() string {
	switch k {
	case Accept:
		return "Accept"
	case Ignore:
		return "Ignore"
	case Ask:
		return "Ask for context"
	case AcceptThanks:
		return "Accept + thank you"
	case IgnoreReport:
		return "Ignore + report"
	case Block:
		return "Block"
	}
	return string(k)
}

// Control names a page control an action uses (page.Control).
type Control = page.Control

// The controls actions use.
const (
	NoControl      = page.NoControl
	ControlAccept  = page.Accept  // the card's accept / confirm button
	ControlIgnore  = page.Ignore  // the card's ignore / decline / delete button
	ControlMessage = page.Message // the card's message or "Reply to" link
	ControlReport  = page.Report  // a "report as spam" control on the card itself
)

// Site is what actions need from a site adapter; *page.Adapter is one.
type Site interface {
	// Read extracts the card shown by a card element now.
	Read(cardNode page.Node) (card.Card, bool)
	// Control returns the card's control, or nil when the card has none.
	Control(cardNode page.Node, c Control) page.Node
	// OnlyControl reports whether the control lies inside the card and is
	// the card's only control of that kind.
	OnlyControl(cardNode page.Node, c Control) bool
	// ControlNames returns the person a control's label names, or "" when
	// the label names nobody (or there is no label).
	ControlNames(ctrl page.Node) string
	// Clickable reports whether a script's click on the control works
	// (false for LinkedIn's "follows you and is inviting you" Accept link).
	Clickable(ctrl page.Node) bool
}

// Available lists the actions the card's page allows, in action-bar
// order: accept and ignore need the card's own controls, ask needs a
// message control, accept-thanks both accept and message, ignore-report
// the ignore control, block a profile URL on the site's own https host. Ask, the combined actions and
// block are for people only, not for page or newsletter invitations.
func Available(s Site, cardNode page.Node, c *card.Card) []Kind {
	if s == nil || cardNode == nil || c == nil {
		return nil
	}
	acc := s.Control(cardNode, ControlAccept) != nil
	ign := s.Control(cardNode, ControlIgnore) != nil
	person := c.IsPerson()
	msg := person && s.Control(cardNode, ControlMessage) != nil
	var out []Kind
	add := func(ok bool, k Kind) {
		if ok {
			out = append(out, k)
		}
	}
	add(acc, Accept)
	add(ign, Ignore)
	add(msg, Ask)
	add(acc && msg, AcceptThanks)
	add(ign && person, IgnoreReport)
	add(person && page.OwnProfile(c.Site, c.ProfileURL) != "", Block)
	return out
}

// Recommended returns the actions matching a verdict recommendation (the
// values of verdict.Recommendation), for the action bar to emphasise.
func Recommended(rec string) []Kind {
	switch rec {
	case "accept", "review_accept", "review_accept_if_relevant":
		return []Kind{Accept, AcceptThanks}
	case "ignore_or_vet", "decline":
		return []Kind{Ignore}
	case "decline_block":
		return []Kind{IgnoreReport, Block}
	}
	return nil
}
