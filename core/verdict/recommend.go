package verdict

// recommend gives the type's recommendation from the design's table,
// adjusted for job-search mode (seed 004: accept more broadly): recruiters
// are accepted and clean strangers reviewed, then accepted. Job-search
// mode never softens scammers, fake profiles, blocked people or
// competitors.
func recommend(t Type, jobSearch, clean bool) Recommendation {
	switch t {
	case KnownContact, IndustryPeer, VerifiedAccount:
		return Accept
	case Recruiter:
		if jobSearch {
			return Accept
		}
		return ReviewAccept
	case Salesperson:
		return ReviewAcceptIfRelevant
	case FakeProfile, Competitor:
		return Decline
	case Scammer, BlockedPerson:
		return DeclineBlock
	case PageInvite:
		return Review
	}
	if jobSearch && clean {
		return ReviewAccept
	}
	return IgnoreOrVet
}

// levelFor is the badge level: the score's level, raised to what the type
// and recommendation call for. Scammers, blocked people and fake profiles
// are always dangerous; anything not recommended for a plain accept needs
// at least a review.
func levelFor(t Type, rec Recommendation, score int, th thresholds) Level {
	l := th.levelOf(score)
	switch {
	case t == Scammer || t == BlockedPerson || t == FakeProfile:
		return LevelDanger
	case rec != Accept && l == LevelSafe:
		return LevelReview
	}
	return l
}
