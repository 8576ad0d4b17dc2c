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
