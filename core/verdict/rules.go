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
	rulePressure        = "pressure"
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
	roleSupport                     // scam evidence only beside other scam evidence
)

// modelSure is the note model's strength from which its scam verdict is
// firm (flag.NoteModel gives it from the probability that makes a
// scammer at balanced strictness).
const modelSure = 0.5

// roleOfHit returns the role of a hit; sure is what the note model is
// sure of (sureOf).
//
// The note model's is scam evidence when it says scam, spam or fake
// recruiter: hard when it is sure, and soft below that, so that what
// speaks for the sender (a company in common, mutual connections) can
// outweigh a statistical suspicion, while it still adds up with other scam
// evidence. Its recruiter and sales typing adds no risk. Only a sure scam
// reading counts as a red flag on the note (a personal note naming a
// shared context is no longer one).
//
// A plain link (one or more links to ordinary domains, flag.PlainLinkMax)
// adds its points but is no scam evidence: recruiters link their job ads,
// vendors their sites and friends their blogs, and the note model, which
// has a link among its features, has weighed it already. A suspicious
// link (a shortener, a look-alike or risky domain, an executable…) is
// scam evidence as before.
//
// A sales pitch in a note the model is sure is personal leaves the note
// personal (sureOf).
func roleOfHit(h *flag.Hit, sure sureness) role {
	switch {
	case h.ID == ruleNoteModel:
		switch {
		case !h.Class.Bad():
			return roleNoRisk | roleLeavesNote
		case h.Strength >= modelSure:
			return roleScam | roleHard
		}
		return roleScam | roleLeavesNote
	case h.ID == ruleLinkInNote && h.Strength <= flag.PlainLinkMax+1e-9:
		return roleSoft
	case h.ID == ruleSalesPitch && sure == surePersonal:
		return roleSoft | roleLeavesNote
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
	case rulePressure:
		// Urgency, flattery and romance openers are how salespeople
		// write too; beside other scam evidence (a suspicious note, money
		// talk) they are the scam's pressure on the reader.
		return roleSoft | roleSupport
	}
	return roleSoft
}
