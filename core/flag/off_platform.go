package flag

import "github.com/vetted/vetted/core/text"

// messengerPhrases name chat apps and their links. "Signal" counts only
// in phrases that mean the app, so signal processing stays quiet.
var messengerPhrases = []string{
	"whatsapp", "whats app", "telegram", "wechat", "viber", "kik", "snapchat", "line app",
	"line id", "skype", "google chat", "hangouts", "threema", "zalo", "t.me/", "wa.me/",
	"signal app", "signal messenger", "me on signal", "us on signal", "via signal", "signal:",
	"signal number", "signal chat", "auf signal", "per signal",
}

// offPlatformPhrases ask to continue the conversation elsewhere.
var offPlatformPhrases = []string{
	"text me", "txt me", "sms me", "call me on", "call me at", "email me", "e-mail me", "mail me",
	"my personal email", "my private email", "my email is", "my email:", "my number is",
	"my number:", "off linkedin", "outside linkedin", "outside of linkedin", "off this platform",
	"off this app", "chat privately", "private chat", "schreib mir", "schreiben sie mir",
	"ruf mich an", "rufen sie mich an", "ausserhalb von linkedin", "meine nummer",
}

// OffPlatform fires when the note tries to move the conversation to a
// messenger, a personal e-mail address or a phone.
var OffPlatform = &Rule{
	ID:       "off-platform",
	Title:    "Wants to move off the platform",
	TitleDE:  "Will die Plattform verlassen",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   40,
	Check:    checkOffPlatform,
}

// offPlatformDoc is OffPlatform's doc (Rule.DocIn).
var offPlatformDoc = Doc{
	EN: "The note asks to continue on WhatsApp, Telegram, Signal or another messenger, by personal e-mail or by phone, where the site's scam protection cannot follow.",
	DE: "Die Nachricht schlägt vor, das Gespräch auf WhatsApp, Telegram, Signal oder einem anderen Messenger, per privater E-Mail oder per Telefon fortzusetzen, wo der Betrugsschutz der Plattform nicht mehr greift.",
}

// offPlatformExamples are OffPlatform's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func offPlatformExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "whatsapp and number", Card: noted("Good day, I trade forex. Text me on WhatsApp +44 7700 900456 and I will teach you.")},
		{Name: "telegram handle", Card: noted("Contact our HR team on Telegram @globex_hr_desk to start today.")},
		{Name: "signal", Card: noted("I can only discuss this off LinkedIn. Add me on Signal: +44 7700 900312.")},
		{Name: "personal e-mail", Card: noted("Please send the documents to olivia.globex.hr@gmail.com.")},
		{Name: "cyrillic-spelled telegram", Card: noted("Message me on \u0422\u0435legram")},
		{Name: "zero-width inside whatsapp", Card: noted("Add me on Whats\u200bApp")},
		{Name: "german", Card: noted("Schreiben Sie mir auf WhatsApp.")},
	}
	quiet = []Example{
		{Name: "telegraph media", Card: noted("Hello Sam, I cover data and technology for Telegraph Media and enjoyed your talk.")},
		{Name: "radar signals", Card: noted("We do similar work with radar signals and signal processing; I'd love to compare notes.")},
		{Name: "recruiter with salary", Card: noted("Hi Sam, I'm hiring a Senior Data Engineer for Litware's Leeds office (hybrid, £70–85k). Happy to share the full job description.")},
		{Name: "year range", Card: noted("We worked together at Fabrikam 2019 - 2021.")},
	}
	return fires, quiet
}

// checkOffPlatform implements OffPlatform.
func checkOffPlatform(in *Input) (float64, []string) {
	t := in.Note
	if t == "" {
		return 0, nil
	}
	var ev []string
	s, signs := 0.0, 0
	if in.has(fieldNote, lxMessenger) {
		s, signs = 1, signs+1
		ev = in.quotes(ev, fieldNote, lxMessenger, 2)
	}
	if i, j, ok := text.NextEmail(t, 0); ok {
		x := 0.6
		if personalMail(t[i:j]) {
			x = 1
		}
		s, signs = max(s, x), signs+1
		ev = append(ev, "e-mail address "+in.spanQuote(fieldNote, i, j))
	}
	if i, j, ok := text.NextPhone(t, 0); ok {
		s, signs = max(s, 0.8), signs+1
		ev = append(ev, "phone number "+in.spanQuote(fieldNote, i, j))
	}
	if in.has(fieldNote, lxOffPlatform) {
		s, signs = max(s, 0.6), signs+1
		ev = in.quotes(ev, fieldNote, lxOffPlatform, 1)
	}
	if signs > 1 {
		s = min(1, s+0.2)
	}
	return s, ev
}
