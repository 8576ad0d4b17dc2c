package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/text"
)

// OutsideField fires when the user has set industry keywords and the
// headline matches none of them.
var OutsideField = &Rule{
	ID:      "outside-field",
	Title:   "Outside your field",
	TitleDE: "Nicht aus Ihrem Fachgebiet",
	Group:   GroupContext,
	Weight:  8,
	Check: func(in *Input) (float64, []string) {
		x := in.Ctx
		if len(x.keywords) == 0 || !isPerson(in.Card) || in.Headline == "" || len(in.Card.Shared) > 0 {
			return 0, nil
		}
		for _, k := range x.keywords {
			if text.HasStem(in.Headline, k) {
				return 0, nil
			}
		}
		for _, o := range x.orgs {
			if text.HasPhrase(in.Headline, o) {
				return 0, nil
			}
		}
		return 1, []string{`headline "` + text.Quote(in.Card.Headline, evidenceRunes) + `" matches none of your industry keywords`}
	},
}

// outsideFieldDoc is OutsideField's doc (Rule.DocIn).
var outsideFieldDoc = Doc{
	EN: "You set industry keywords and the headline matches none of them, nor your companies or schools; keep your network to your profession unless there is a clear benefit.",
	DE: "Sie haben Branchen-Stichwörter festgelegt, und die Überschrift passt zu keinem davon, auch nicht zu Ihren Unternehmen, Schulen oder Hochschulen; beschränken Sie Ihr Netzwerk auf Ihr Berufsfeld, es sei denn, ein Kontakt bringt einen klaren Vorteil.",
}

// outsideFieldExamples are OutsideField's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func outsideFieldExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "pastry chef", Card: person("Amélie Fontaine", "Pastry Chef at Le Petit Four", ""), Settings: exampleSettings()},
		{Name: "nurse", Card: person("Hannah Okafor", "Registered Nurse at Lagos University Teaching Hospital", ""), Settings: exampleSettings()},
	}
	quiet = []Example{
		{Name: "keyword with ending", Card: person("Jonas Lindqvist", "Data Engineering Lead at Litware", ""), Settings: exampleSettings()},
		{Name: "no keywords set", Card: person("Amélie Fontaine", "Pastry Chef at Le Petit Four", "")},
		{Name: "own company", Card: person("Grace Liu", "Office Manager at Northwind Analytics", ""), Settings: exampleSettings()},
		{Name: "shared school", Card: with(person("Aisha Siddiqui", "Product Lead at Wide World Importers", ""), func(c *card.Card) { c.Shared = []string{"University of Leeds"} }), Settings: exampleSettings()},
		{Name: "no headline", Card: person("Chiara Romano", "", ""), Settings: exampleSettings()},
	}
	return fires, quiet
}
