package flag

// urgencyPhrases rush the reader, in English and German.
var urgencyPhrases = []string{
	"act now", "act fast", "limited time", "limited offer", "last chance", "expires today",
	"expires tonight", "offer expires", "expires soon", "within 24 hours", "within 48 hours",
	"within 24h", "in 24 hours", "reply within", "respond within", "right away", "asap",
	"urgent", "urgently", "immediately", "don't miss", "dont miss", "before it's too late",
	"only today", "today only", "price goes up", "hurry", "now or never",
	"verify your identity now", "will be restricted", "will be suspended", "will be closed",
	"will be deleted", "will be locked", "final notice", "final warning", "dringend", "sofort",
	"nur heute", "letzte chance", "schnell handeln", "begrenzte zeit",
}

// flatteryPhrases flatter or court the reader: the openers of romance
// scams.
var flatteryPhrases = []string{
	"impressive profile", "your profile caught my eye", "profile caught my eye", "caught my eye",
	"your profile is impressive", "amazing profile", "beautiful profile", "beautiful smile",
	"lovely smile", "kind smile", "nice smile", "your smile", "beautiful woman", "beautiful lady",
	"gorgeous", "handsome", "pretty face", "hello dear", "hi dear", "hey dear", "my dear",
	"dear friend", "dearest", "hello beautiful", "hi beautiful", "honest woman", "honest man",
	"honest lady", "honest friend", "honest friends", "widower", "widow", "god fearing",
	"god-fearing", "soulmate", "soul mate", "true love", "lonely", "looking for love",
	"looking for a relationship", "mein schatz", "hallo schatz", "hallo liebes",
}

// Pressure fires on urgency, flattery and romance openers in the note.
var Pressure = &Rule{
	ID:       "pressure",
	Title:    "Pressure or flattery",
	TitleDE:  "Druck oder Schmeichelei",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   25,
	Check: func(in *Input) (float64, []string) {
		if in.Note == "" {
			return 0, nil
		}
		n := in.count(fieldNote, lxUrgency) + in.count(fieldNote, lxFlattery)
		if n == 0 {
			return 0, nil
		}
		ev := in.quotes(nil, fieldNote, lxUrgency, 2)
		ev = in.quotes(ev, fieldNote, lxFlattery, 2)
		return scale(n, 0.5, 0.8, 1), ev
	},
}

// pressureDoc is Pressure's doc (Rule.DocIn).
var pressureDoc = Doc{
	EN: "The note rushes you (act now, within 24 hours, last chance), flatters you or opens like a romance scam (hello dear, beautiful smile), pushing you to act before you think.",
	DE: "Die Nachricht drängt Sie (jetzt handeln, innerhalb von 24 Stunden, letzte Chance), schmeichelt Ihnen oder beginnt wie beim Liebesbetrug (hallo Liebes, schönes Lächeln), damit Sie handeln, bevor Sie nachdenken.",
}

// pressureExamples are Pressure's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func pressureExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "romance opener", Card: noted("Hello dear, your profile caught my eye, you have a kind smile. I am a widower serving abroad.")},
		{Name: "account threat", Card: noted("Your account will be restricted within 24 hours due to unusual activity.")},
		{Name: "boss urgency", Card: noted("I'm stuck in a meeting and need you to buy gift cards right away. Reply asap, it's urgent.")},
		{Name: "german", Card: noted("Nur heute: letzte Chance!")},
	}
	quiet = []Example{
		{Name: "no pressure", Card: noted("Happy to share the full job description if you're interested — no pressure either way.")},
		{Name: "formal dear", Card: noted("Dear Sam, I enjoyed your talk on data contracts.")},
		{Name: "loved a thread", Card: noted("Loved your thread on wireframing dashboards. Would like to connect.")},
		{Name: "german welcome", Card: noted("Hallo zusammen, wir treffen uns wieder im März – alle sind willkommen!")},
	}
	return fires, quiet
}
