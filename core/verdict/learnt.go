package verdict

import (
	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/learn"
)

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
func retype(ty Type, why []i18n.Message, f *facts, t *tally) (Type, []i18n.Message) {
	if t.retype == learn.TypeNone || int(t.retype) >= len(learntTypes) || !guessed(ty) || f.trust != trustNone || t.scam > 0 {
		return ty, why
	}
	to := learntTypes[t.retype]
	if to == ty {
		return ty, why
	}
	return to, because(correctedReasons[t.retype])
}

// leanOn applies the way the user's earlier decisions lean to the
// recommendation. An accepting lean held back on a stranger's card
// (learn.Result.Held) moves nothing, but the reason says so, as it does
// when scam evidence or the danger level keep an accepting lean from
// applying (that reason comes first: it is the stronger one). Each adds
// a part to the reason.
func leanOn(rec Recommendation, why []i18n.Message, ty Type, f *facts, t *tally, score int, th thresholds) (Recommendation, []i18n.Message) {
	held := t.held && t.lean == learn.LeanNone
	if t.lean == learn.LeanNone && !held || f.trust != trustNone || !guessed(ty) && ty != PageInvite {
		return rec, why
	}
	accepting := t.lean == learn.LeanAccept || held
	switch {
	case t.lean == learn.LeanIgnore && rec != IgnoreOrVet:
		return IgnoreOrVet, append(why, whyIgnoredLike.msg())
	case accepting && rec != Accept && (t.scam > 0 || score >= th.danger):
		return rec, append(why, whyAcceptedNeverClears.msg())
	case held && rec != Accept:
		return rec, append(why, whyAcceptedHeld.msg())
	case t.lean == learn.LeanAccept && rec != Accept:
		return Accept, append(why, whyAcceptedLike.msg())
	}
	return rec, why
}
