package flag

// examplesOf lists each rule's examples, the function in its file
// (TestConventions checks that every rule has one, named for it). They
// live outside the Rule so that core.wasm, which never runs them, does not
// build them when it starts.
var examplesOf = map[*Rule]func() (fires, quiet []Example){
	NoMutuals:           noMutualsExamples,
	DefaultPhoto:        defaultPhotoExamples,
	OddName:             oddNameExamples,
	GenericHeadline:     genericHeadlineExamples,
	Impersonation:       impersonationExamples,
	ScamPersona:         scamPersonaExamples,
	ContactInProfile:    contactInProfileExamples,
	CannedNote:          cannedNoteExamples,
	OffPlatform:         offPlatformExamples,
	MoneyTalk:           moneyTalkExamples,
	LinkInNote:          linkInNoteExamples,
	SalesPitch:          salesPitchExamples,
	JobBait:             jobBaitExamples,
	PersonalDataRequest: personalDataRequestExamples,
	Pressure:            pressureExamples,
	NoteModel:           noteModelExamples,
	Competitor:          competitorExamples,
	OutsideField:        outsideFieldExamples,
	BlockedPerson:       blockedPersonExamples,
	RepeatInvite:        repeatInviteExamples,
	DuplicateNote:       duplicateNoteExamples,
	Learnt:              learntExamples,
	LikeReported:        likeReportedExamples,
	Polarizing:          polarizingExamples,
}

// examples returns r's examples.
func examples(r *Rule) (fires, quiet []Example) {
	if f := examplesOf[r]; f != nil {
		return f()
	}
	return nil, nil
}
