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
// most dangerous down, and says why in a few words:
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
func classify(f *facts, t *tally, score int, th thresholds) (Type, string) {
	clean := score < th.review
	switch {
	case t.blocked:
		return BlockedPerson, "on your blocklist"
	case t.scam >= float64(th.scam) && 2*t.modelScam > t.scam:
		return Scammer, modelReasons[t.modelClass]
	case t.scam >= float64(th.scam):
		return Scammer, "the invitation shows scam signs"
	case f.trust == trustURL:
		return KnownContact, "on your trusted list"
	case f.person && t.impostor:
		return FakeProfile, "the profile impersonates someone"
	case f.person && !f.verified && t.identity >= th.fake:
		return FakeProfile, "several signs of a fake profile together"
	case f.trust == trustName:
		return KnownContact, "on your trusted list (by name)"
	case t.competitor:
		return Competitor, "works for a competitor"
	case !f.person:
		return PageInvite, "not an invitation from a person"
	case f.sharedOrg && f.mutuals >= knownMutuals:
		return KnownContact, "a company or school in common, and mutual connections"
	case f.noteContext:
		return KnownContact, "the note names a shared context"
	case f.recruiter != "":
		return Recruiter, "recruiter title in the headline: " + f.recruiter
	case f.sales != "":
		return Salesperson, "sales title in the headline: " + f.sales
	case t.salesPitch && t.noteKind == notemodel.Recruiter:
		return Recruiter, "the note reads like a recruiter's"
	case t.salesPitch:
		return Salesperson, "the note is a sales pitch"
	case f.verified && clean:
		return VerifiedAccount, "verified by the site, no red flags"
	case f.industry != "" && clean:
		return IndustryPeer, "works in your field: " + f.industry
	case t.noteKind == notemodel.Recruiter:
		return Recruiter, "the note reads like a recruiter's"
	case t.noteKind == notemodel.Sales:
		return Salesperson, "the note reads like a sales pitch"
	case f.mutuals >= peerMutuals && clean:
		return IndustryPeer, "several mutual connections, no red flags"
	}
	return Stranger, strangerReason(f)
}

// strangerReason says why a card is only a stranger.
func strangerReason(f *facts) string {
	if f.mutuals <= 0 {
		return "no mutual connections and no shared context"
	}
	return "nothing known that connects you"
}

// modelReasons say why a sender is a scammer when the note model gave
// most of the scam evidence, per class.
var modelReasons = map[notemodel.Class]string{
	notemodel.Scam:          "the note reads like a scam",
	notemodel.Spam:          "the note reads like spam",
	notemodel.FakeRecruiter: "the note reads like a fake job offer",
}
