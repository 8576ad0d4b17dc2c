package flag

// polarizingPhrases are political and religious campaigning terms.
var polarizingPhrases = []string{
	"maga", "make america great again", "trump 2024", "trump 2028", "biden 2024", "vote trump",
	"vote biden", "vote for", "democrats", "republicans", "political activist", "activist",
	"proud patriot", "patriot", "antifa", "pro-life", "pro life", "pro-choice", "abortion",
	"gun rights", "2nd amendment", "second amendment", "brexit", "afd", "free palestine",
	"stand with israel", "zionist", "anti-vax", "antivax", "qanon", "wwg1wga", "deep state",
	"anti-woke", "woke", "jesus", "jesus christ", "christ", "god bless", "praise the lord",
	"praise god", "allah", "bible", "scripture", "gospel", "evangelist", "evangelism",
	"pastor", "prophet", "apostle", "missionary", "born again", "salvation", "repent",
}

// Polarizing fires on political or religious campaigning; it is off
// unless the user turns it on.
var Polarizing = &Rule{
	ID:         "polarizing",
	Title:      "Political or religious campaigning",
	TitleDE:    "Politischer oder religiöser Aktivismus",
	Group:      GroupContext,
	Weight:     10,
	DefaultOff: true,
	Check: func(in *Input) (float64, []string) {
		n := in.count(fieldHeadline, lxPolarizing) + in.count(fieldNote, lxPolarizing)
		if n == 0 {
			return 0, nil
		}
		ev := in.quotes(nil, fieldHeadline, lxPolarizing, 2)
		ev = in.quotes(ev, fieldNote, lxPolarizing, 2)
		return scale(n, 0.6, 0.9, 1), ev
	},
}

// polarizingDoc is Polarizing's doc (Rule.DocIn).
var polarizingDoc = Doc{
	EN: "The headline or note campaigns for a political or religious cause; turn this flag on to keep polarizing debates out of your network. Off by default.",
	DE: "Überschrift oder Nachricht werben für ein politisches oder religiöses Anliegen; schalten Sie dieses Warnsignal ein, um polarisierende Debatten aus Ihrem Netzwerk herauszuhalten. Standardmäßig aus.",
}

// polarizingExamples are Polarizing's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func polarizingExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "political headline", Card: person("Chuck Miller", "Proud patriot | MAGA | Vote Trump", "")},
		{Name: "religious note", Card: noted("Jesus loves you! Repent and be saved, praise the Lord.")},
	}
	quiet = []Example{
		{Name: "ordinary", Card: person("Laura Bennett", "Marketing Coordinator at Adatum", "")},
		{Name: "product ministry of data", Card: noted("I run data engineering at the Ministry of Justice.")},
		{Name: "pastoral", Card: person("Jo Pastore", "Pastoral Care Lead at Leeds Hospital", "")},
	}
	return fires, quiet
}
