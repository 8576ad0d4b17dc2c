package flag

import "github.com/vetted/vetted/core/card"

// DefaultPhoto fires when a person shows the site's placeholder picture or
// no picture at all.
var DefaultPhoto = &Rule{
	ID:      "default-photo",
	Title:   "No profile photo",
	TitleDE: "Kein Profilfoto",
	Group:   GroupIdentity,
	Weight:  12,
	Check: func(in *Input) (float64, []string) {
		if !isPerson(in.Card) {
			return 0, nil
		}
		switch in.Card.Photo {
		case card.PhotoDefault:
			return 1, evDefaultPhoto
		case card.PhotoNone:
			return 1, evNoPhoto
		}
		return 0, nil
	},
}

// defaultPhotoDoc is DefaultPhoto's doc (Rule.DocIn).
var defaultPhotoDoc = Doc{
	EN: "The sender shows the site's placeholder silhouette or no picture, as throwaway and fake accounts often do (an unknown photo state does not fire).",
	DE: "Der Absender zeigt nur die Platzhalter-Silhouette der Plattform oder gar kein Bild, wie es bei Wegwerfkonten und gefälschten Konten oft der Fall ist (ist unbekannt, ob ein Foto da ist, schlägt das Warnsignal nicht an).",
}

// defaultPhotoExamples are DefaultPhoto's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func defaultPhotoExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "placeholder silhouette", Card: with(person("John Doe", "Entrepreneur", ""), func(c *card.Card) { c.Photo = card.PhotoDefault })},
		{Name: "no picture element", Card: with(person("Anna", "", ""), func(c *card.Card) { c.Photo = card.PhotoNone })},
	}
	quiet = []Example{
		{Name: "real photo", Card: person("Laura Bennett", "Marketing Coordinator at Adatum", "")},
		{Name: "unknown photo state", Card: with(person("Laura Bennett", "Marketing Coordinator at Adatum", ""), func(c *card.Card) { c.Photo = card.PhotoUnknown })},
		{Name: "empty photo state", Card: with(person("Laura Bennett", "Marketing Coordinator at Adatum", ""), func(c *card.Card) { c.Photo = "" })},
		{Name: "event without picture", Card: card.Card{Kind: card.Event, Photo: card.PhotoNone, Name: "Leeds Data Meetup", Mutuals: -1}},
	}
	return fires, quiet
}

// evDefaultPhoto is this rule's fixed evidence, made once and shared: evidence is
// never changed after a rule returns it.
var evDefaultPhoto = []string{"default profile picture"}

// evNoPhoto is this rule's fixed evidence, made once and shared: evidence is
// never changed after a rule returns it.
var evNoPhoto = []string{"no profile photo"}
