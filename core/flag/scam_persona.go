package flag

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// personaStrongPhrases are the personas of known scam scripts: crypto and
// forex mentors, deployed soldiers, offshore engineers, UN doctors.
var personaStrongPhrases = []string{
	"crypto trader", "crypto trading", "crypto mentor", "crypto coach", "crypto expert",
	"crypto investor", "crypto signals", "crypto fund manager", "crypto fund", "crypto consultant",
	"crypto advisor", "crypto analyst", "crypto millionaire", "bitcoin trader", "bitcoin investor",
	"bitcoin mentor", "bitcoin expert", "bitcoin mining", "forex trader", "forex trading",
	"forex mentor", "forex coach", "forex expert", "forex signals", "forex investor",
	"forex account manager", "fx signals", "binary options", "financial freedom",
	"wealth coach", "investment coach", "trading mentor", "trading coach", "trading signals",
	"10x your", "us army", "u.s. army", "united states army", "us marine", "us marines",
	"us navy", "u.s. navy", "army general", "army colonel", "army sergeant", "peacekeeping mission",
	"un peacekeeper", "un peacekeeping", "un mission", "military doctor", "army doctor",
	"un doctor", "un surgeon", "offshore engineer", "offshore drilling", "offshore platform",
	"oil rig", "on a rig", "oil platform", "rig engineer", "serving abroad", "on deployment",
	"krypto trader", "krypto experte", "krypto coach",
}

// personaFinancePhrases are finance titles that scam personas use; real
// people hold them too, so alone they count for little.
var personaFinancePhrases = []string{
	"investment manager", "investment consultant", "investment advisor", "investment adviser",
	"investment expert", "wealth advisor", "wealth adviser", "wealth manager", "financial advisor",
	"financial adviser", "portfolio manager", "fund manager", "investor", "trader", "crypto",
	"bitcoin", "forex", "finanzberater", "vermogensberater",
}

// militaryRolePhrases, medicalRolePhrases and missionPhrases make a
// persona when a role and a mission abroad appear together.
var militaryRolePhrases = []string{
	"army", "military", "navy", "soldier", "colonel", "sergeant", "sgt", "lieutenant",
	"commander", "col",
}

var medicalRolePhrases = []string{"doctor", "surgeon", "physician", "medic"}

var missionPhrases = []string{
	"peacekeeping", "peace keeping", "on mission", "deployed", "syria", "yemen", "afghanistan",
	"kabul", "iraq", "somalia", "libya", "sudan", "united nations", "nato", "red cross",
	"doctors without borders", "msf", "war zone",
}

// abroadPhrases place a soldier abroad (not a doctor: real doctors work
// abroad too).
var abroadPhrases = []string{"abroad", "overseas", "deployment", "stationed"}

// formerlyPhrases mark a past role ("ex-", "former"), which is not a
// persona and not a competitor.
var formerlyPhrases = []string{
	"ex", "former", "formerly", "previously", "prev", "past", "veteran", "retired", "ehemals",
	"ehemaliger", "ehemalige", "fruher",
}

// ScamPersona fires on the personas of common scam scripts.
var ScamPersona = &Rule{
	ID:      "scam-persona",
	Title:   "Scam persona",
	TitleDE: "Typische Rolle von Betrügern",
	Group:   GroupIdentity,
	Weight:  40,
	Check:   checkScamPersona,
}

// scamPersonaDoc is ScamPersona's doc (Rule.DocIn).
var scamPersonaDoc = Doc{
	EN: "The profile presents a persona common in scam scripts: a crypto or forex trader or mentor, a soldier or UN doctor on a mission abroad, an offshore engineer, or a vague investment or wealth manager.",
	DE: "Das Profil tritt in einer Rolle auf, die in Betrugsmaschen häufig vorkommt: als Krypto- oder Forex-Trader oder -Mentor, als Soldat oder UN-Arzt im Auslandseinsatz, als Offshore-Ingenieur oder als vager Investment- oder Vermögensverwalter.",
}

// scamPersonaExamples are ScamPersona's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func scamPersonaExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "crypto mentor", Card: person("Victoria Hayes", "Crypto Trading Mentor | Helping you reach financial freedom", "")},
		{Name: "army abroad", Card: person("Col. Richard Hale", "US Army Colonel | Peacekeeping mission in Yemen", "")},
		{Name: "offshore engineer", Card: person("Michael Andersen", "Offshore Drilling Engineer | currently on a rig in the North Sea", "")},
		{Name: "UN surgeon", Card: person("Dr. Sarah Mitchell", "Surgeon with the United Nations in Syria", "")},
		{Name: "soldier stationed abroad", Card: person("Sgt. James Whitmore", "Sergeant stationed overseas", "")},
		{Name: "forex and investment manager", Card: person("Edward Lyons", "Forex Trader & Investment Manager", "")},
		{Name: "vague finance title", Card: person("Lily Chambers", "Investment Consultant", "")},
		{Name: "finance title and e-mail", Card: person("Grace Bellamy", "Investment consultant | grace.bellamy.invest@outlook.com", "")},
		{Name: "cyrillic-spelled crypto", Card: person("Ethan Marlowe", "Сrурtо Signals", "")},
	}
	quiet = []Example{
		{Name: "army veteran", Card: person("Callum Fraser", "British Army veteran turned Data Engineer at Adventure Works", "")},
		{Name: "offshore wind", Card: person("Ingrid Solberg", "Data Analyst, Offshore Wind Operations | SQL & analytics", "")},
		{Name: "cryptography", Card: person("Inês Carvalho", "Cryptography researcher | privacy-preserving machine learning", "")},
		{Name: "northwind traders", Card: person("Peter Hughes", "Buyer at Northwind Traders", "")},
		{Name: "investment manager at a firm", Card: person("Hannah Lee", "Investment Manager at Woodgrove Bank", "")},
		{Name: "general manager", Card: person("Omar Haddad", "General Manager at Alpine Ski House", "")},
		{Name: "doctor abroad", Card: person("Dr. Hans Meier", "Physician working abroad | cardiology", "")},
		{Name: "overseas sales", Card: person("Dr. Anna Roth", "Head of Overseas Sales", "")},
	}
	return fires, quiet
}

// checkScamPersona implements ScamPersona.
func checkScamPersona(in *Input) (float64, []string) {
	c := in.Card
	if !isPerson(c) {
		return 0, nil
	}
	var ev []string
	s := 0.0
	for _, f := range [...]field{fieldHeadline, fieldName} {
		if in.has(f, lxPersonaStrong) && !in.has(f, lxFormerly) {
			s = 1
			ev = in.quotes(ev, f, lxPersonaStrong, 2)
		}
	}
	if s == 0 && !in.has(fieldHeadline, lxFormerly) {
		military := in.has(fieldHeadline, lxMilitaryRole) || in.has(fieldName, lxMilitaryRole)
		medical := in.has(fieldHeadline, lxMedicalRole)
		mission := in.has(fieldHeadline, lxMission)
		switch {
		case military && (mission || in.has(fieldHeadline, lxAbroad)):
			s = 0.9
			ev = in.quotes(ev, fieldHeadline, lxMilitaryRole, 1)
			ev = in.quotes(ev, fieldHeadline, lxMission, 1)
			ev = in.quotes(ev, fieldHeadline, lxAbroad, 1)
		case medical && mission:
			s = 0.9
			ev = in.quotes(ev, fieldHeadline, lxMedicalRole, 1)
			ev = in.quotes(ev, fieldHeadline, lxMission, 1)
		}
	}
	if s == 0 && in.has(fieldHeadline, lxPersonaFinance) && !organisation(in.Headline) {
		s = 0.5
		ev = in.quotes(ev, fieldHeadline, lxPersonaFinance, 2)
	}
	if s == 0 && in.has(fieldNote, lxPersonaStrong) {
		s = 0.6
		ev = in.quotes(ev, fieldNote, lxPersonaStrong, 2)
	}
	return s, ev
}

// organisation reports whether a folded headline names where the person
// works ("at Acme", "bei Acme", "@ Acme", "@Acme"; an e-mail address does
// not count).
func organisation(h string) bool {
	return text.HasPhrase(h, "at") || text.HasPhrase(h, "bei") || strings.Contains(h, " @") ||
		strings.HasPrefix(h, "@") || text.HasPhrase(h, "for") || text.HasPhrase(h, "with")
}
