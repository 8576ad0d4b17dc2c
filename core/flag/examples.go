package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
)

// The helpers below build the cards and settings of the rules' examples.

// person returns a LinkedIn invitation from a person with a photo, a few
// mutual connections and the given name, headline and note.
func person(name, headline, note string) card.Card {
	return card.Card{
		Site: card.LinkedIn, Kind: card.Person, Photo: card.PhotoPresent, Mutuals: 4, AgeDays: 2,
		Name: name, Headline: headline, Note: note,
	}
}

// noted returns an invitation from an ordinary-looking person with a note.
func noted(note string) card.Card {
	return person("Jordan Avery", "Data Engineer at Litware", note)
}

// with returns c changed by f, so examples can adjust one field inline.
func with(c card.Card, f func(*card.Card)) card.Card {
	f(&c)
	return c
}

// exampleSettings returns settings with every list filled, as a user in
// the examples has them.
func exampleSettings() *settings.Settings {
	s := settings.Defaults()
	s.OwnCompanies = []string{"Northwind Analytics"}
	s.Schools = []string{"University of Leeds"}
	s.IndustryKeywords = []string{"data engineer", "analytics", "machine learning", "SQL"}
	s.Competitors = []string{"Contoso Data", "Tailspin Insights"}
	s.Trusted = []string{"Priya Raman"}
	s.Blocked = []string{"Gareth Pollard", "https://www.linkedin.com/in/lewis-ashdown-77"}
	return &s
}
