package verdict

import "github.com/vetted/vetted/core/notemodel"

// The fewest mutual connections that make a sender with a shared company
// or school a known contact, and that make a clean stranger an industry
// peer.
const (
	knownMutuals = 1
	peerMutuals  = 3
)

// classify picks the connection type by the design's precedence, from the
// most dangerous down, and says why in a few words (the first part of
// the verdict's reason, with its argument):
//
//	blocked_person   blocked-person fired (the user's blocklist)
//	scammer          scam evidence reaches the strictness's scam limit
//	                 (the reason names the note when the note model gave
//	                 most of it)
//	known_contact    trusted by profile URL (the user's own word beats
//	                 the fake-profile and competitor guesses)
//	fake_profile     impersonation, or enough identity flags together
//	                 (photo, name, headline, mutuals, scam persona,
//	                 contact in profile), unless verified
//	known_contact    trusted by name (after fake_profile: impostors copy
//	                 names), beating competitor
//	competitor       competitor fired
//	page_invite      not a person
//	known_contact    a shared company or school and mutuals, or a personal
//	                 note naming a shared context
//	recruiter        a recruiter title in the headline
//	salesperson      a sales title in the headline
//	recruiter        a sales pitch by the phrase rule, but the note model
//	                 says the whole note reads like a recruiter's ("quick
//	                 call" is recruiters' talk too)
//	salesperson      a sales pitch
//	verified_account verified badge and a clean score
//	industry_peer    industry keyword and a clean score
//	recruiter        the note model says the note reads like a recruiter's
//	salesperson      the note model says it reads like a sales pitch
//	industry_peer    several mutuals and a clean score
//	stranger         everything else
//
// A clean score is one below the strictness's review limit.
func classify(f *facts, t *tally, score int, th thresholds) (Type, reason, string) {
	clean := score < th.review
	switch {
	case t.blocked:
		return BlockedPerson, whyBlocklist, ""
	case t.scam >= float64(th.scam) && 2*t.modelScam > t.scam:
		return Scammer, modelReason(t.modelClass), ""
	case t.scam >= float64(th.scam):
		return Scammer, whyScamSigns, ""
	case f.trust == trustURL:
		return KnownContact, whyTrustedURL, ""
	case f.person && t.impostor:
		return FakeProfile, whyImpersonates, ""
	case f.person && !f.verified && t.identity >= th.fake:
		return FakeProfile, whyFakeSigns, ""
	case f.trust == trustName:
		return KnownContact, whyTrustedName, ""
	case t.competitor:
		return Competitor, whyCompetitor, ""
	case !f.person:
		return PageInvite, whyNotPerson, ""
	case f.sharedOrg && f.mutuals >= knownMutuals:
		return KnownContact, whySharedOrg, ""
	case f.noteContext:
		return KnownContact, whySharedContext, ""
	case f.recruiter != "":
		return Recruiter, whyRecruiterTitle, f.recruiter
	case f.sales != "":
		return Salesperson, whySalesTitle, f.sales
	case t.salesPitch && t.noteKind == notemodel.Recruiter:
		return Recruiter, whyRecruiterNote, ""
	case t.salesPitch:
		return Salesperson, whySalesPitch, ""
	case f.verified && clean:
		return VerifiedAccount, whyVerified, ""
	case f.industry != "" && clean:
		return IndustryPeer, whyIndustry, f.industry
	case t.noteKind == notemodel.Recruiter:
		return Recruiter, whyRecruiterNote, ""
	case t.noteKind == notemodel.Sales:
		return Salesperson, whySalesNote, ""
	case f.mutuals >= peerMutuals && clean:
		return IndustryPeer, whyMutuals, ""
	}
	return Stranger, strangerReason(f), ""
}

// strangerReason says why a card is only a stranger.
func strangerReason(f *facts) reason {
	if f.mutuals <= 0 {
		return whyNoConnection
	}
	return whyNothingKnown
}
