package verdict

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
)

// role is what a rule's hit means for classification and for signals.
type role uint8

const (
	roleSoft     role = 0         // adds points that signals may take off
	roleHard     role = 1 << iota // points that signals never take off
	roleScam                      // evidence that the sender is a scammer (also hard)
	roleIdentity                  // an identity flag counted for fake profiles
)

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
	}
	return roleSoft
}
