package verdict

import "github.com/vetted/vetted/core/learn"

// What the user's earlier decisions (package learn, the rules learnt and
// like-reported) may change, and what they never change:
//
//   - a type: the type the user's corrections give cards like this
//     replaces a guessed known contact, industry peer, recruiter,
//     salesperson, verified account or stranger;
//   - the recommendation: a card that leans to accepting is recommended
//     for acceptance, one that leans to ignoring for ignoring.
//
// Neither applies to scammers, blocked people, fake profiles and
// competitors, nor to a card on the user's trusted list; an accepting
// lean does not apply to a card with any scam evidence (even a hesitant
// reading of the note model, from flag.NoteSuspectAt) or at the danger
// level, and package learn never gives one to a stranger's card
// (learn.Result.Held; the reason then says it was held back). The learnt
// rule adds no points, so the level is still the score's: at least review
// for any card not recommended for a plain accept, danger only on its own
// evidence.

// learntTypes map the types a correction can set to verdict's.
var learntTypes = [...]Type{
	learn.KnownContact: KnownContact,
	learn.IndustryPeer: IndustryPeer,
	learn.Recruiter:    Recruiter,
	learn.Salesperson:  Salesperson,
	learn.Stranger:     Stranger,
}

// guessed reports whether a type is a guess the user's decisions may
// replace.
func guessed(ty Type) bool {
	switch ty {
	case KnownContact, IndustryPeer, Recruiter, Salesperson, VerifiedAccount, Stranger:
		return true
	}
	return false
}

// retype applies the type the user's corrections give the card.
// It replaces the type's reason (why and its argument) with its own.
func retype(ty Type, why reason, arg string, f *facts, t *tally) (Type, reason, string) {
	if t.retype == learn.TypeNone || int(t.retype) >= len(learntTypes) || !guessed(ty) || f.trust != trustNone || t.scam > 0 {
		return ty, why, arg
	}
	to := learntTypes[t.retype]
	if to == ty {
		return ty, why, arg
	}
	return to, correctedReasons[t.retype], ""
}

// leanOn applies the way the user's earlier decisions lean to the
// recommendation. An accepting lean held back on a stranger's card
// (learn.Result.Held) moves nothing, but the reason says so, as it does
// when scam evidence or the danger level keep an accepting lean from
// applying (that reason comes first: it is the stronger one). It returns
// the part that says so, to follow the type's reason (noReason: none).
func leanOn(rec Recommendation, ty Type, f *facts, t *tally, score int, th thresholds) (Recommendation, reason) {
	held := t.held && t.lean == learn.LeanNone
	if t.lean == learn.LeanNone && !held || f.trust != trustNone || !guessed(ty) && ty != PageInvite {
		return rec, noReason
	}
	accepting := t.lean == learn.LeanAccept || held
	switch {
	case t.lean == learn.LeanIgnore && rec != IgnoreOrVet:
		return IgnoreOrVet, whyIgnoredLike
	case accepting && rec != Accept && (t.scam > 0 || score >= th.danger):
		return rec, whyAcceptedNeverClears
	case held && rec != Accept:
		return rec, whyAcceptedHeld
	case t.lean == learn.LeanAccept && rec != Accept:
		return Accept, whyAcceptedLike
	}
	return rec, noReason
}
