package verdict

import (
	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
)

// reason is one part of a verdict's reason: a message of the extension's
// _locales (reasons holds its name and English). Verdict.ReasonParts lists
// the parts, Verdict.Reason is their English joined by "; ".
type reason uint8

// The reasons' parts: the type's (classify), the learnt type's (retype)
// and the learnt lean's (leanOn).
const (
	whyBlocklist reason = iota
	whyScamNote
	whySpamNote
	whyFakeJobNote
	whyScamSigns
	whyTrustedURL
	whyImpersonates
	whyFakeSigns
	whyTrustedName
	whyCompetitor
	whyNotPerson
	whySharedOrg
	whySharedContext
	whyRecruiterTitle // $1: the recruiter title in the headline
	whySalesTitle     // $1: the sales title in the headline
	whySalesPitch
	whyVerified
	whyIndustry // $1: the industry keyword
	whyRecruiterNote
	whySalesNote
	whyMutuals
	whyNoConnection
	whyNothingKnown
	whyCorrectedKnownContact
	whyCorrectedIndustryPeer
	whyCorrectedRecruiter
	whyCorrectedSalesperson
	whyCorrectedStranger
	whyIgnoredLike
	whyAcceptedLike
	whyAcceptedNeverClears
	whyAcceptedHeld
	reasonCount
	noReason = reasonCount // leanOn: no part to add
)

// reasons are the parts' message names (extension/_locales, every locale)
// and English, $1 for the argument.
var reasons = [reasonCount]struct{ key, en string }{
	whyBlocklist:             {"reasonBlocklist", "on your blocklist"},
	whyScamNote:              {"reasonScamNote", "the note reads like a scam"},
	whySpamNote:              {"reasonSpamNote", "the note reads like spam"},
	whyFakeJobNote:           {"reasonFakeJobNote", "the note reads like a fake job offer"},
	whyScamSigns:             {"reasonScamSigns", "the invitation shows scam signs"},
	whyTrustedURL:            {"reasonTrustedURL", "on your trusted list"},
	whyImpersonates:          {"reasonImpersonates", "the profile impersonates someone"},
	whyFakeSigns:             {"reasonFakeSigns", "several signs of a fake profile together"},
	whyTrustedName:           {"reasonTrustedName", "on your trusted list (by name)"},
	whyCompetitor:            {"reasonCompetitor", "works for a competitor"},
	whyNotPerson:             {"reasonNotPerson", "not an invitation from a person"},
	whySharedOrg:             {"reasonSharedOrg", "a company or school in common, and mutual connections"},
	whySharedContext:         {"reasonSharedContext", "the note names a shared context"},
	whyRecruiterTitle:        {"reasonRecruiterTitle", "recruiter title in the headline: $1"},
	whySalesTitle:            {"reasonSalesTitle", "sales title in the headline: $1"},
	whySalesPitch:            {"reasonSalesPitch", "the note is a sales pitch"},
	whyVerified:              {"reasonVerified", "verified by the site, no red flags"},
	whyIndustry:              {"reasonIndustry", "works in your field: $1"},
	whyRecruiterNote:         {"reasonRecruiterNote", "the note reads like a recruiter's"},
	whySalesNote:             {"reasonSalesNote", "the note reads like a sales pitch"},
	whyMutuals:               {"reasonMutuals", "several mutual connections, no red flags"},
	whyNoConnection:          {"reasonNoConnection", "no mutual connections and no shared context"},
	whyNothingKnown:          {"reasonNothingKnown", "nothing known that connects you"},
	whyCorrectedKnownContact: {"reasonCorrectedKnownContact", "you corrected invitations like this to known contact"},
	whyCorrectedIndustryPeer: {"reasonCorrectedIndustryPeer", "you corrected invitations like this to industry peer"},
	whyCorrectedRecruiter:    {"reasonCorrectedRecruiter", "you corrected invitations like this to recruiter"},
	whyCorrectedSalesperson:  {"reasonCorrectedSalesperson", "you corrected invitations like this to salesperson"},
	whyCorrectedStranger:     {"reasonCorrectedStranger", "you corrected invitations like this to stranger"},
	whyIgnoredLike:           {"reasonIgnoredLike", "you ignored invitations like this"},
	whyAcceptedLike:          {"reasonAcceptedLike", "you accepted invitations like this"},
	whyAcceptedNeverClears:   {"reasonAcceptedNeverClears", "you accepted invitations like this, but that never clears a scam or danger warning"},
	whyAcceptedHeld:          {"reasonAcceptedHeld", "you accepted invitations like this, but that alone never recommends accepting a stranger"},
}

// modelReason says why a sender is a scammer when the note model gave
// most of the scam evidence, by the class it read.
func modelReason(c notemodel.Class) reason {
	switch c {
	case notemodel.Spam:
		return whySpamNote
	case notemodel.FakeRecruiter:
		return whyFakeJobNote
	}
	return whyScamNote
}

// correctedReasons say which type the user's corrections gave, per type
// a correction sets (learntTypes).
var correctedReasons = [...]reason{
	learn.KnownContact: whyCorrectedKnownContact,
	learn.IndustryPeer: whyCorrectedIndustryPeer,
	learn.Recruiter:    whyCorrectedRecruiter,
	learn.Salesperson:  whyCorrectedSalesperson,
	learn.Stranger:     whyCorrectedStranger,
}

// reasonOf is a verdict's reason, its parts and their English, joined by
// "; ": the type's part with its argument (none when arg is empty), then
// the learnt lean's unless it is noReason. Not
// inlined: in decide it would cost core.wasm 2 KB.
//
//go:noinline
func reasonOf(why reason, arg string, learnt reason) ([]i18n.Message, string) {
	parts := make([]i18n.Message, 1, 2)
	parts[0].Key = reasons[why].key
	en := reasons[why].en
	if arg != "" {
		parts[0].Args = []string{arg}
		en = i18n.Substitute(en, arg)
	}
	if learnt < reasonCount {
		parts = append(parts, i18n.Message{Key: reasons[learnt].key})
		en += "; " + reasons[learnt].en
	}
	return parts, en
}

// Reason is one part a verdict's reason can have: its message name and
// its English ($1 for the argument).
type Reason struct {
	Key     string
	English string
}

// Reasons lists every part a verdict's reason can have, for the locales'
// test: each needs a message in every locale.
func Reasons() []Reason {
	out := make([]Reason, len(reasons))
	for i, r := range reasons {
		out[i] = Reason{Key: r.key, English: r.en}
	}
	return out
}
