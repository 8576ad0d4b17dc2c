package flag

import "github.com/vetted/vetted/core/card"

// NoMutuals fires when a person shares no connections with the user.
var NoMutuals = &Rule{
	ID:      "no-mutuals",
	Title:   "No mutual connections",
	TitleDE: "Keine gemeinsamen Kontakte",
	Group:   GroupIdentity,
	Weight:  10,
	Check: func(in *Input) (float64, []string) {
		if !isPerson(in.Card) || in.Card.Mutuals != 0 {
			return 0, nil
		}
		return 1, evNoMutuals
	},
}

// noMutualsDoc is NoMutuals's doc (Rule.DocIn).
var noMutualsDoc = Doc{
	EN: "The sender shares no connections with you, so nobody you know can vouch for them (an unknown count does not fire).",
	DE: "Der Absender hat keine gemeinsamen Kontakte mit Ihnen, also kann niemand, den Sie kennen, für ihn bürgen (ist die Zahl unbekannt, schlägt das Warnsignal nicht an).",
}

// noMutualsExamples are NoMutuals's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func noMutualsExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "zero mutuals", Card: with(person("Laura Bennett", "Marketing Coordinator at Adatum", ""), func(c *card.Card) { c.Mutuals = 0 })},
		{Name: "facebook, no mutual friends", Card: card.Card{Site: card.Facebook, Kind: card.Person, Photo: card.PhotoPresent, Name: "Danielle Brooks", Mutuals: 0}},
	}
	quiet = []Example{
		{Name: "some mutuals", Card: person("Laura Bennett", "Marketing Coordinator at Adatum", "")},
		{Name: "unknown count", Card: with(person("Dev Patel", "Data engineer", ""), func(c *card.Card) { c.Mutuals = -1 })},
		{Name: "a page", Card: card.Card{Site: card.LinkedIn, Kind: card.Page, Name: "SQL Tips Weekly", Mutuals: 0}},
	}
	return fires, quiet
}

// evNoMutuals is this rule's fixed evidence, made once and shared: evidence is
// never changed after a rule returns it.
var evNoMutuals = []string{"no mutual connections"}
