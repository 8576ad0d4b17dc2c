package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/text"
)

// titleWords are the words a bare job title is made of: a headline using
// only these (at most four of them) names no organisation or field.
var titleWords = map[string]bool{
	"ceo": true, "cto": true, "cfo": true, "coo": true, "cmo": true, "founder": true, "co": true,
	"cofounder": true, "owner": true, "entrepreneur": true, "manager": true, "director": true,
	"consultant": true, "engineer": true, "student": true, "investor": true, "freelancer": true,
	"freelance": true, "self": true, "employed": true, "businessman": true, "businesswoman": true,
	"business": true, "professional": true, "specialist": true, "executive": true, "advisor": true,
	"adviser": true, "analyst": true, "developer": true, "senior": true, "junior": true,
	"independent": true, "hr": true, "it": true, "board": true, "member": true, "president": true,
	"vice": true, "vp": true, "lead": true, "officer": true, "assistant": true, "coordinator": true,
	"designer": true, "trader": true, "partner": true, "associate": true, "marketing": true,
	"sales": true, "recruiter": true, "agent": true, "expert": true, "leader": true, "worker": true,
	"employee": true, "general": true, "head": true, "chief": true, "retired": true, "unemployed": true,
	"and": true, "financial": true, "private": true, "global": true, "international": true,
	"mr": true, "mrs": true, "ms": true, "dr": true, "geschaftsfuhrer": true, "inhaber": true,
	"berater": true, "unternehmer": true, "selbststandig": true,
}

// noHeadlineSites are the sites whose invitations show no headline, so a
// missing one says nothing.
var noHeadlineSites = map[card.Site]bool{card.Facebook: true, card.Instagram: true}

// GenericHeadline fires on an empty, very short or bare-title headline.
var GenericHeadline = &Rule{
	ID:      "generic-headline",
	Title:   "Empty or generic headline",
	TitleDE: "Leere oder nichtssagende Überschrift",
	Group:   GroupIdentity,
	Weight:  10,
	Check: func(in *Input) (float64, []string) {
		c := in.Card
		if !isPerson(c) {
			return 0, nil
		}
		if in.Headline == "" {
			if noHeadlineSites[c.Site] {
				return 0, nil
			}
			return 1, evNoHeadline
		}
		if len(in.Headline) < 8 {
			if n := text.Count(c.Headline); n.Letters+n.Digits < 3 {
				return 1, []string{"headline " + quote(c.Headline) + " is too short"}
			}
		}
		// At most four words, each a title word.
		n := 0
		for i, j, ok := text.NextWord(in.Headline, 0); ok; i, j, ok = text.NextWord(in.Headline, j) {
			if n++; n > 4 || !titleWords[in.Headline[i:j]] {
				return 0, nil
			}
		}
		return 1, []string{`bare title "` + text.Quote(c.Headline, evidenceRunes) + `" with no organisation`}
	},
}

// genericHeadlineDoc is GenericHeadline's doc (Rule.DocIn).
var genericHeadlineDoc = Doc{
	EN: "The headline is empty, a few characters, or a bare title such as \"CEO\" or \"Entrepreneur\" with no organisation or field, as on sparse fake profiles.",
	DE: "Die Überschrift ist leer, nur wenige Zeichen lang oder eine bloße Berufsbezeichnung wie „CEO“ oder „Unternehmer“ ohne Organisation oder Fachgebiet, wie auf dürftig ausgefüllten gefälschten Profilen.",
}

// genericHeadlineExamples are GenericHeadline's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func genericHeadlineExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "bare CEO", Card: person("Jessica Williams", "CEO", "")},
		{Name: "entrepreneur", Card: person("Henry Harrison", "Entrepreneur", "")},
		{Name: "empty on LinkedIn", Card: person("Anna Berg", "", "")},
		{Name: "punctuation only", Card: person("Anna Berg", "--", "")},
		{Name: "independent consultant", Card: person("Rebecca Hollis", "Independent Consultant", "")},
	}
	quiet = []Example{
		{Name: "title with company", Card: person("Laura Bennett", "CEO at Relecloud", "")},
		{Name: "title with field", Card: person("Adrian Voss", "Senior Data Engineer", "")},
		{Name: "facebook shows no headline", Card: card.Card{Site: card.Facebook, Kind: card.Person, Name: "Tomasz Wierzbicki", Mutuals: 23}},
		{Name: "a page", Card: card.Card{Site: card.LinkedIn, Kind: card.Event, Name: "Leeds Data Meetup", Mutuals: 3}},
		{Name: "founder with company", Card: person("Camille Dubois", "Co-founder & CEO at Relecloud | machine learning for retail", "")},
	}
	return fires, quiet
}

// evNoHeadline is this rule's fixed evidence, made once and shared: evidence is
// never changed after a rule returns it.
var evNoHeadline = []string{"no headline"}
