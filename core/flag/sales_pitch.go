package flag

// salesPhrases are the moves of a cold sales pitch, in English and German.
var salesPhrases = []string{
	"quick call", "quick chat", "short call", "brief call", "quick 15", "quick 15-minute call",
	"15 minutes", "15-minute", "15 min", "10 minutes", "20 minutes", "30 minutes", "10-minute",
	"20-minute", "30-minute", "minutes of your time", "on my calendar", "my calendar", "calendly",
	"book a demo", "book a call", "book a meeting", "schedule a demo", "schedule a call",
	"schedule a meeting", "hop on a call", "jump on a call", "free demo", "free trial",
	"free consultation", "free audit", "free assessment", "lead generation", "lead gen",
	"generate leads", "more leads", "qualified leads", "qualified appointments",
	"book more meetings", "grow your business", "scale your business", "grow your revenue",
	"increase your revenue", "increase your sales", "boost your sales", "our solution",
	"our platform", "our services", "our agency", "our software", "outsourcing", "white label",
	"white-label", "seo services", "web design services", "development services",
	"dedicated developers", "would love to show you", "love to show you", "happy to show you",
	"worth a chat", "open to a call", "open to a quick", "explore synergies", "synergies",
	"kurzes gesprach", "kurzen austausch", "kurzer austausch", "kurzes telefonat", "zeit fur ein",
	"unverbindlich", "kostenlose demo", "demo vereinbaren", "termin vereinbaren",
	"unsere losung", "15 minuten", "20 minuten",
}

// helpPhrases open a pitch when one of helpTargetPhrases follows within a
// few words ("I help companies like…", "we help analytics teams…").
var helpPhrases = []string{"i help", "we help", "helping", "wir helfen", "wir unterstutzen", "ich helfe"}

var helpTargetPhrases = []string{
	"companies", "businesses", "brands", "teams", "founders", "startups", "agencies",
	"organizations", "organisations", "firms", "leaders", "ceos", "clients", "b2b", "saas",
	"smbs", "enterprises", "executives", "coaches", "unternehmen", "firmen", "teams dabei",
}

// SalesPitch fires on cold-pitch phrases in the note.
var SalesPitch = &Rule{
	ID:       "sales-pitch",
	Title:    "Sales pitch",
	TitleDE:  "Kaltakquise",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   20,
	Check:    checkSalesPitch,
}

// salesPitchDoc is SalesPitch's doc (Rule.DocIn).
var salesPitchDoc = Doc{
	EN: "The note is a cold pitch: \"I help companies…\", a quick call or 15 minutes, book a demo, lead generation; the sender connects to sell to you, not to network.",
	DE: "Die Nachricht ist Kaltakquise: „Ich helfe Unternehmen …“, ein kurzes Gespräch oder 15 Minuten, eine Demo vereinbaren, Leadgenerierung; der Absender vernetzt sich, um Ihnen etwas zu verkaufen, nicht um Kontakte zu knüpfen.",
}

// salesPitchExamples are SalesPitch's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func salesPitchExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "help and call", Card: noted("Hi Sam, I help data teams cut their warehouse bill by 40% without changing a line of SQL. Open to a quick 15-minute call next week?")},
		{Name: "book a demo", Card: noted("Hi Sam, I help companies like Northwind Analytics migrate to a lakehouse in half the time. Could we book a demo next week?")},
		{Name: "calendar link", Card: noted("We help analytics teams automate data quality checks. Grab 20 minutes on my calendar: https://calendly.com/megan/intro")},
		{Name: "german", Card: noted("Wir unterstützen Data-Teams dabei, Cloud-Kosten zu senken. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?")},
	}
	quiet = []Example{
		{Name: "sales engineer, personal note", Card: person("Ben Thackeray", "Sales Engineer at Litware", "Good to see you at the alumni evening last Thursday — connecting as promised. No pitch, I just enjoyed our chat about data contracts.")},
		{Name: "recruiter", Card: noted("I'm hiring a Senior Data Engineer for Litware's Leeds office. Happy to share the full job description if you're interested.")},
		{Name: "peer", Card: noted("We do similar work with radar signals and I'd love to compare notes.")},
		{Name: "helping a meetup", Card: noted("I help run the Leeds data meetup and enjoyed your talk.")},
	}
	return fires, quiet
}

// checkSalesPitch implements SalesPitch.
func checkSalesPitch(in *Input) (float64, []string) {
	if in.Note == "" {
		return 0, nil
	}
	n := in.count(fieldNote, lxSales)
	ev := in.quotes(nil, fieldNote, lxSales, 2)
	if i, j, ok := helpPitch(in); ok {
		n++
		ev = append(ev, in.spanQuote(fieldNote, i, j))
	}
	if n == 0 {
		return 0, nil
	}
	return scale(n, 0.5, 0.8, 1), ev
}

// helpPitch finds "I help" / "we help" followed within four words by a
// kind of customer, and returns the folded span.
func helpPitch(in *Input) (int, int, bool) {
	t := in.Note
	for _, h := range in.found[fieldNote] {
		if h.List != int(lxHelp) {
			continue
		}
		end := h.End
		limit, spaces := end, 0
		for limit < len(t) && spaces <= 4 {
			if t[limit] == ' ' {
				spaces++
			}
			limit++
		}
		for _, m := range in.found[fieldNote] {
			if m.List == int(lxHelpTarget) && m.At > end && m.At < limit {
				return h.At, m.End, true
			}
		}
	}
	return 0, 0, false
}
