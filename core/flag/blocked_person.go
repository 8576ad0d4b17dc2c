package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/identity"
)

// BlockedPerson fires when the sender is on the user's blocklist.
var BlockedPerson = &Rule{
	ID:      "blocked-person",
	Title:   "On your blocklist",
	TitleDE: "Unter Ihren blockierten Personen",
	Group:   GroupContext,
	Weight:  100,
	Check: func(in *Input) (float64, []string) {
		x := in.Ctx
		if len(x.blockedURLs) > 0 {
			if k, ok := identity.ParseRef(in.Card.ProfileURL); ok {
				for _, b := range x.blockedURLs {
					if k.Same(b) {
						return 1, []string{"profile " + quote(in.Card.ProfileURL) + " is on your blocklist"}
					}
				}
			}
		}
		if len(x.blockedNames) > 0 {
			key := identity.NameKey(in.Name)
			for _, b := range x.blockedNames {
				if key == b {
					return 1, []string{"name " + quote(in.Card.Name) + " is on your blocklist"}
				}
			}
		}
		return 0, nil
	},
}

// blockedPersonDoc is BlockedPerson's doc (Rule.DocIn).
var blockedPersonDoc = Doc{
	EN: "The sender's name or profile URL is on your blocklist, the people you do not want in your network; names are compared ignoring case, accents and punctuation, URLs ignoring scheme, www, trailing slash and query.",
	DE: "Der Name oder die Profil-URL des Absenders steht in Ihrer Liste blockierter Personen, also der Menschen, die Sie nicht in Ihrem Netzwerk haben wollen; Namen werden unabhängig von Groß- und Kleinschreibung, Akzenten und Satzzeichen verglichen, URLs unabhängig von Protokoll, www, abschließendem Schrägstrich und Parametern.",
}

// blockedPersonExamples are BlockedPerson's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func blockedPersonExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "by name", Card: person("Gareth Pollard", "Data Engineering Manager at Litware", ""), Settings: exampleSettings()},
		{Name: "lower case with zero-width", Card: person("gar\u200beth pol\u200dlard", "", ""), Settings: exampleSettings()},
		{Name: "by URL with query", Card: with(person("Lewis Ashdown-Clarke", "Analytics Consultant", ""), func(c *card.Card) {
			c.ProfileURL = "https://www.linkedin.com/in/lewis-ashdown-77/?miniProfileUrn=urn%3Ali"
		}), Settings: exampleSettings()},
		{Name: "by URL over http without www", Card: with(person("L. Ashdown", "Consultant", ""), func(c *card.Card) {
			c.ProfileURL = "http://linkedin.com/in/lewis-ashdown-77"
		}), Settings: exampleSettings()},
	}
	quiet = []Example{
		{Name: "longer name", Card: person("Gareth Pollardson", "Facilities Manager at Trey Research", ""), Settings: exampleSettings()},
		{Name: "other URL", Card: with(person("Lewis Ashdown", "Consultant", ""), func(c *card.Card) {
			c.ProfileURL = "https://www.linkedin.com/in/lewis-ashdown-78"
		}), Settings: exampleSettings()},
		{Name: "empty blocklist", Card: person("Gareth Pollard", "Data Engineering Manager at Litware", "")},
	}
	return fires, quiet
}
