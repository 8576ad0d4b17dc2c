package verdict

import "github.com/vetted/vetted/core/flag"

// The rule IDs verdict gives a meaning to beyond their points. They are the
// stable IDs of package flag.
const (
	ruleNoMutuals       = "no-mutuals"
	ruleDefaultPhoto    = "default-photo"
	ruleOddName         = "odd-name"
	ruleGenericHeadline = "generic-headline"
	ruleImpersonation   = "impersonation"
	ruleScamPersona     = "scam-persona"
	ruleContactProfile  = "contact-in-profile"
	ruleCannedNote      = "canned-note"
	ruleOffPlatform     = "off-platform"
	ruleMoneyTalk       = "money-talk"
	ruleLinkInNote      = "link-in-note"
	ruleSalesPitch      = "sales-pitch"
	ruleJobBait         = "job-bait"
	rulePersonalData    = "personal-data-request"
	ruleCompetitor      = "competitor"
	ruleBlockedPerson   = "blocked-person"
	ruleDuplicateNote   = "duplicate-note"
	ruleNoteModel       = "note-model"
	ruleLearnt          = "learnt"
)

// role is what a rule's hit means for classification and for signals.
type role uint8

const (
	roleSoft       role = 0         // adds points that signals may take off
	roleHard       role = 1 << iota // points that signals never take off
	roleScam                        // evidence that the sender is a scammer (also hard, but for a hesitant note model)
	roleIdentity                    // an identity flag counted for fake profiles
	roleNoRisk                      // adds no points: it only says what kind of sender this is
	roleLeavesNote                  // a statistical reading of the note: the note still counts as personal
)

// modelSure is the note model's strength from which its scam verdict is
// firm (flag.NoteModel gives it from the probability that makes a
// scammer at balanced strictness).
const modelSure = 0.5

// roleOfHit returns the role of a hit. The note model's is scam evidence
// when it says scam, spam or fake recruiter: hard when it is sure, and
// soft below that, so that what speaks for the sender (a company in
// common, mutual connections) can outweigh a statistical suspicion, while
// it still adds up with other scam evidence. Its recruiter and sales
// typing adds no risk. Only a sure scam reading counts as a red flag on
// the note (a personal note naming a shared context is no longer one).
func roleOfHit(h *flag.Hit) role {
	if h.ID == ruleNoteModel {
		switch {
		case !h.Class.Bad():
			return roleNoRisk | roleLeavesNote
		case h.Strength >= modelSure:
			return roleScam | roleHard
		}
		return roleScam | roleLeavesNote
	}
	return roleOf(h.ID)
}

// roleOf returns the role of a rule ID. Rules verdict does not know are
// soft: they add their points and nothing else.
func roleOf(id string) role {
	switch id {
	case ruleMoneyTalk, ruleOffPlatform, rulePersonalData, ruleJobBait, ruleLinkInNote:
		return roleScam | roleHard
	case ruleScamPersona, ruleContactProfile:
		return roleScam | roleHard | roleIdentity
	case ruleImpersonation, ruleBlockedPerson:
		return roleHard
	case ruleNoMutuals, ruleDefaultPhoto, ruleOddName, ruleGenericHeadline:
		return roleIdentity
	case ruleLearnt:
		return roleNoRisk | roleLeavesNote
	}
	return roleSoft
}
