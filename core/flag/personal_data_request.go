package flag

// personalPhrases are documents and secrets nobody should send to a
// stranger, in English and German.
var personalPhrases = []string{
	"passport", "copy of your id", "your id card", "id card", "photo id", "scan of your",
	"driver's license", "drivers license", "driving licence", "driver license",
	"social security", "ssn", "date of birth", "birth date", "bank details", "bank account",
	"account number", "account details", "iban", "routing number", "sort code", "credit card",
	"card number", "card details", "cvv", "pin code", "your pin", "password", "passcode",
	"verification code", "one-time code", "one time code", "otp", "2fa code", "security code",
	"login details", "login credentials", "home address", "full address", "your address",
	"mother's maiden name", "tax id", "national insurance number", "selfie with",
	"verify your identity", "personalausweis", "reisepass", "bankverbindung", "kontonummer",
	"bankdaten", "geburtsdatum", "passwort", "kennwort", "steuer-id", "steuernummer",
	"wohnadresse", "sozialversicherungsnummer",
}

// requestPhrases make a note ask for something.
var requestPhrases = []string{
	"send", "send me", "need", "provide", "share", "confirm", "verify", "submit", "fill in",
	"your", "email", "upload", "schicken", "senden", "ubermitteln", "benotige", "brauche",
	"ihre", "ihren", "deine", "dein",
}

// PersonalDataRequest fires when the note asks for identity documents,
// bank details or secrets.
var PersonalDataRequest = &Rule{
	ID:       "personal-data-request",
	Title:    "Asks for personal data",
	TitleDE:  "Fragt nach persönlichen Daten",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   50,
	Check: func(in *Input) (float64, []string) {
		if in.Note == "" || !in.has(fieldNote, lxPersonal) || !in.has(fieldNote, lxRequest) {
			return 0, nil
		}
		n := in.count(fieldNote, lxPersonal)
		return scale(n, 0.7, 1, 1), in.quotes(nil, fieldNote, lxPersonal, 3)
	},
}

// personalDataRequestDoc is PersonalDataRequest's doc (Rule.DocIn).
var personalDataRequestDoc = Doc{
	EN: "The note asks for an ID or passport copy, bank details, a social security number, a home address, a date of birth or a password or code, the raw material of identity theft.",
	DE: "Die Nachricht fragt nach einer Ausweis- oder Passkopie, Bankdaten, einer Sozialversicherungsnummer, der Wohnadresse, dem Geburtsdatum, einem Passwort oder einem Code, also genau nach dem, was man für Identitätsdiebstahl braucht.",
}

// personalDataRequestExamples are PersonalDataRequest's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func personalDataRequestExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "passport and bank", Card: noted("To complete your onboarding please send a scan of your passport, your date of birth and your bank account details (IBAN).")},
		{Name: "ssn and address", Card: noted("For the position I just need your Social Security Number and home address to run the background check today.")},
		{Name: "verification code", Card: noted("I sent you a verification code by mistake, can you share it with me?")},
		{Name: "german", Card: noted("Bitte schicken Sie mir Ihre Bankverbindung und Ihr Geburtsdatum.")},
	}
	quiet = []Example{
		{Name: "bank fraud work", Card: noted("I work on fraud detection models at a bank and would love to swap notes on feature stores.")},
		{Name: "password manager talk", Card: noted("Loved the talk. I built a password manager at university.")},
		{Name: "no note", Card: person("Kevin Marsh", "Background Check Coordinator", "")},
		{Name: "address as a talk", Card: noted("Your keynote address at the Leeds summit was great.")},
	}
	return fires, quiet
}
