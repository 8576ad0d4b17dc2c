package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/text"
)

// Competitor fires when the headline or the shared organisations name a
// competitor from the settings.
var Competitor = &Rule{
	ID:      "competitor",
	Title:   "Works for a competitor",
	TitleDE: "Arbeitet für einen Wettbewerber",
	Group:   GroupContext,
	Weight:  35,
	Check:   checkCompetitor,
}

// competitorDoc is Competitor's doc (Rule.DocIn).
var competitorDoc = Doc{
	EN: "The headline or a shared organisation names one of your competitors (from settings); connecting with rivals can expose confidential business information. A past role (\"ex-\", \"former\") does not count.",
	DE: "Die Überschrift oder eine gemeinsame Organisation nennt einen Ihrer Wettbewerber (aus den Einstellungen); Kontakte zu Konkurrenten können vertrauliche Geschäftsinformationen preisgeben. Eine frühere Stelle („ex-“, „ehemals“) zählt nicht.",
}

// competitorExamples are Competitor's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func competitorExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "at a competitor", Card: person("Hugo Lambert", "Senior Data Engineer at Contoso Data", ""), Settings: exampleSettings()},
		{Name: "lower case with @", Card: person("Ravindra Pillai", "analytics lead @ contoso data", ""), Settings: exampleSettings()},
		{Name: "german", Card: person("Jan Becker", "Data Engineer bei Contoso Data GmbH", ""), Settings: exampleSettings()},
		{Name: "shared organisation", Card: with(person("Zara Ahmed", "Head of Product", ""), func(c *card.Card) { c.Shared = []string{"Tailspin Insights"} }), Settings: exampleSettings()},
	}
	quiet = []Example{
		{Name: "former employee", Card: person("Tom Ridley", "Analytics Engineer at Northwind Analytics | ex-Tailspin Insights", ""), Settings: exampleSettings()},
		{Name: "formerly at", Card: person("Tom Ridley", "Data Engineer, formerly at Contoso Data", ""), Settings: exampleSettings()},
		{Name: "no competitors set", Card: person("Hugo Lambert", "Senior Data Engineer at Contoso Data", "")},
		{Name: "similar name", Card: person("Peter Hughes", "Buyer at Contoso Database Systems", ""), Settings: exampleSettings()},
	}
	return fires, quiet
}

// checkCompetitor implements Competitor.
func checkCompetitor(in *Input) (float64, []string) {
	x := in.Ctx
	if len(x.competitors) == 0 {
		return 0, nil
	}
	for i, comp := range x.competitors {
		if at := text.PhraseAt(in.Headline, comp); at >= 0 && !formerly(in, at) {
			return 1, []string{in.spanQuote(fieldHeadline, at, at+len(comp)) + " in the headline"}
		}
		for _, s := range in.Card.Shared {
			if text.HasPhrase(text.Fold(s), comp) {
				return 1, []string{"shares " + quote(x.competitorNames[i])}
			}
		}
	}
	return 0, nil
}

// formerly reports whether the headline marks the organisation at byte at
// as a past one: "ex-", "former", "previously at" just before it.
func formerly(in *Input, at int) bool {
	for _, m := range in.found[fieldHeadline] {
		if m.List != int(lxFormerly) || m.At >= at {
			continue
		}
		gap := in.Headline[m.End:at]
		if len(gap) <= len(" at ") || gap == " with " || gap == " bei " {
			return true
		}
	}
	return false
}
