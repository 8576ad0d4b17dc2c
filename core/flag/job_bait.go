package flag

// jobStrongPhrases ask a job candidate to pay or to handle goods or
// cheques: the mark of fake-job scams.
var jobStrongPhrases = []string{
	"purchase your work laptop", "purchase your laptop", "purchase your equipment",
	"purchase equipment", "purchase the equipment", "buy your equipment", "buy your laptop",
	"buy the equipment", "pay for training", "pay for the training", "pay for your training",
	"training fee", "registration fee", "application fee", "processing fee", "onboarding fee",
	"starter kit", "approved vendor", "reimburse you", "we'll reimburse", "by check", "by cheque",
	"send you a check", "cashier's check", "deposit the check", "reshipping", "receive a package",
	"receive packages", "mystery shopper", "schulungsgebuhr", "bearbeitungsgebuhr",
	"ausrustung kaufen",
}

// jobMediumPhrases promise a job too easily.
var jobMediumPhrases = []string{
	"no experience needed", "no experience required", "no experience necessary",
	"no prior experience", "without experience", "you've been selected", "you have been selected",
	"you were selected", "hiring immediately", "immediate start", "start today",
	"start immediately", "earn up to", "be your own boss", "easy money", "pay you well",
	"keine erfahrung", "ohne erfahrung", "ohne vorkenntnisse", "sofort starten",
}

// jobWeakPhrases are common in fake job offers but also in real ones.
var jobWeakPhrases = []string{
	"data entry", "part-time remote", "remote job", "remote jobs", "flexible hours",
	"work from home", "congratulations", "weekly pay", "daily pay", "paid daily", "paid weekly",
	"nebenjob", "heimarbeit", "von zu hause",
}

// payPeriodPhrases follow an amount of pay per hour or day.
var payPeriodPhrases = []string{
	"/hour", "/hr", "/h", "/day", "/week", "per hour", "an hour", "a day", "per day", "a week",
	"per week", "daily", "weekly", "pro stunde", "pro tag", "/std",
}

// JobBait fires on too-good job offers and jobs that cost the candidate.
var JobBait = &Rule{
	ID:       "job-bait",
	Title:    "Fake job offer",
	TitleDE:  "Gefälschtes Stellenangebot",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   40,
	Check:    checkJobBait,
}

// jobBaitDoc is JobBait's doc (Rule.DocIn).
var jobBaitDoc = Doc{
	EN: "The note offers a job that is too good or too easy (no experience needed, high pay per hour or day, hired on the spot) or asks the candidate to pay for equipment or training or to cash cheques.",
	DE: "Die Nachricht bietet eine Stelle an, die zu gut oder zu leicht klingt (keine Erfahrung nötig, hoher Stunden- oder Tageslohn, sofortige Einstellung), oder verlangt von Bewerbern, für Ausrüstung oder Schulungen zu bezahlen oder Schecks einzulösen.",
}

// jobBaitExamples are JobBait's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func jobBaitExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "pay for equipment", Card: noted("Congratulations! You've been selected for a remote Data Entry Analyst role paying $55/hour, no experience needed. You'll need to purchase your work laptop from our approved vendor.")},
		{Name: "pay per day", Card: noted("We have a part-time remote job, earn $300-$800 per day, no experience needed.")},
		{Name: "training fee", Card: noted("The role is yours once you pay the registration fee.")},
		{Name: "german", Card: noted("Nebenjob von zu Hause, keine Erfahrung nötig, 200 € pro Tag!")},
	}
	quiet = []Example{
		{Name: "real recruiter", Card: person("Emily Carter", "Technical Recruiter at Litware", "Hi Sam, I'm hiring a Senior Data Engineer for Litware's Leeds office (hybrid, £70–85k). Happy to share the full job description — no pressure either way.")},
		{Name: "contract day rate", Card: noted("I have a data engineering contract at £550 per day, outside IR35, in Leeds.")},
		{Name: "congratulations on a new role", Card: noted("Congratulations on the new role at Northwind!")},
		{Name: "german recruiter", Card: noted("Ich habe eine spannende Position als Senior Data Engineer (m/w/d) in München.")},
	}
	return fires, quiet
}

// checkJobBait implements JobBait.
func checkJobBait(in *Input) (float64, []string) {
	if in.Note == "" {
		return 0, nil
	}
	var ev []string
	s := 0.0
	if in.has(fieldNote, lxJobStrong) {
		s += 1
		ev = in.quotes(ev, fieldNote, lxJobStrong, 2)
	}
	if n := in.count(fieldNote, lxJobMedium); n > 0 {
		s += 0.6 + 0.2*float64(n-1)
		ev = in.quotes(ev, fieldNote, lxJobMedium, 2)
	}
	if n := in.count(fieldNote, lxJobWeak); n > 0 {
		s += 0.2 * float64(n)
		ev = in.quotes(ev, fieldNote, lxJobWeak, 1)
	}
	amounts(in.Note, func(start, end, next int) bool {
		for _, at := range [...]int{end, next} {
			if e, ok := in.phraseAt(fieldNote, lxPayPeriod, at); ok {
				s += 0.3
				ev = append(ev, in.spanQuote(fieldNote, start, e))
				return true
			}
		}
		return false
	})
	if s < 0.6 {
		return 0, nil
	}
	return min(1, s), ev
}
