package flag

// All is every red-flag rule, in catalogue order (DESIGN §5): identity,
// note, then the user's context. A new rule must be listed here; the
// convention test checks that no rule file is left out.
var All = []*Rule{
	NoMutuals,
	DefaultPhoto,
	OddName,
	GenericHeadline,
	Impersonation,
	ScamPersona,
	ContactInProfile,
	CannedNote,
	OffPlatform,
	MoneyTalk,
	LinkInNote,
	SalesPitch,
	JobBait,
	PersonalDataRequest,
	Pressure,
	NoteModel,
	Competitor,
	OutsideField,
	BlockedPerson,
	RepeatInvite,
	DuplicateNote,
	Learnt,
	LikeReported,
	Polarizing,
}

// docs gives every rule of All its doc, by ID, in All's order. Only
// Rule.DocIn and Docs read it: a build that shows no doc (core.wasm) links
// neither it nor the docs. IDs, not the rules' variables: a table of
// those would be filled in at start-up, which links it always.
var docs = [...]struct {
	id  string
	doc *Doc
}{
	{"no-mutuals", &noMutualsDoc},
	{"default-photo", &defaultPhotoDoc},
	{"odd-name", &oddNameDoc},
	{"generic-headline", &genericHeadlineDoc},
	{"impersonation", &impersonationDoc},
	{"scam-persona", &scamPersonaDoc},
	{"contact-in-profile", &contactInProfileDoc},
	{"canned-note", &cannedNoteDoc},
	{"off-platform", &offPlatformDoc},
	{"money-talk", &moneyTalkDoc},
	{"link-in-note", &linkInNoteDoc},
	{"sales-pitch", &salesPitchDoc},
	{"job-bait", &jobBaitDoc},
	{"personal-data-request", &personalDataRequestDoc},
	{"pressure", &pressureDoc},
	{"note-model", &noteModelDoc},
	{"competitor", &competitorDoc},
	{"outside-field", &outsideFieldDoc},
	{"blocked-person", &blockedPersonDoc},
	{"repeat-invite", &repeatInviteDoc},
	{"duplicate-note", &duplicateNoteDoc},
	{"learnt", &learntDoc},
	{"like-reported", &likeReportedDoc},
	{"polarizing", &polarizingDoc},
}

// ByID returns the rule with this ID, or nil.
func ByID(id string) *Rule {
	for _, r := range All {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// IsRule reports whether id names a rule; settings validation can use it
// to refuse unknown rule toggles.
func IsRule(id string) bool { return ByID(id) != nil }
