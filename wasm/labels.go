//go:build js && wasm && !pages && !hosted

package main

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/verdict"
)

// The message keys of the type, recommendation, level and action labels
// (extension/_locales); the English fallbacks are the core's labels.
var (
	typeKeys = map[verdict.Type]string{
		verdict.BlockedPerson:   "badgeTypeBlockedPerson",
		verdict.Scammer:         "badgeTypeScammer",
		verdict.FakeProfile:     "badgeTypeFakeProfile",
		verdict.Competitor:      "badgeTypeCompetitor",
		verdict.PageInvite:      "badgeTypePageInvite",
		verdict.KnownContact:    "badgeTypeKnownContact",
		verdict.Recruiter:       "badgeTypeRecruiter",
		verdict.Salesperson:     "badgeTypeSalesperson",
		verdict.VerifiedAccount: "badgeTypeVerifiedAccount",
		verdict.IndustryPeer:    "badgeTypeIndustryPeer",
		verdict.Stranger:        "badgeTypeStranger",
	}
	recKeys = map[verdict.Recommendation]string{
		verdict.Accept:                 "badgeRecAccept",
		verdict.ReviewAccept:           "badgeRecReviewAccept",
		verdict.ReviewAcceptIfRelevant: "badgeRecReviewAcceptIfRelevant",
		verdict.IgnoreOrVet:            "badgeRecIgnoreOrVet",
		verdict.Decline:                "badgeRecDecline",
		verdict.DeclineBlock:           "badgeRecDeclineBlock",
		verdict.Review:                 "badgeRecReview",
	}
	levelKeys = map[verdict.Level]string{
		verdict.LevelSafe:   "badgeLevelSafe",
		verdict.LevelReview: "badgeLevelReview",
		verdict.LevelDanger: "badgeLevelDanger",
	}
	actionKeys = map[action.Kind]string{
		action.Accept:       "badgeActionAccept",
		action.Ignore:       "badgeActionIgnore",
		action.Ask:          "badgeActionAsk",
		action.AcceptThanks: "badgeActionAcceptThanks",
		action.IgnoreReport: "badgeActionIgnoreReport",
		action.Block:        "badgeActionBlock",
	}
)

// label looks a key up in a table; without one, the fallback is shown.
func label(key, fallback string) string {
	if key == "" {
		return fallback
	}
	return tr(key, fallback)
}

func typeLabel(t verdict.Type) string          { return label(typeKeys[t], t.Label()) }
func recLabel(r verdict.Recommendation) string { return label(recKeys[r], r.Label()) }
func levelLabel(l verdict.Level) string        { return label(levelKeys[l], l.Label()) }
func actionLabel(k action.Kind) string         { return label(actionKeys[k], k.Label()) }

// chipLabel is the chip's text: "Recruiter — review, then accept".
func chipLabel(v *verdict.Verdict) string {
	return tr("badgeChip", "$1 — $2", typeLabel(v.Type), lowerFirst(recLabel(v.Recommendation)))
}

// lowerFirst lower-cases the first letter (the recommendation inside the
// chip's sentence).
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// chipAria is the chip's accessible name (DOM contract).
func chipAria(v *verdict.Verdict) string {
	return tr("badgeChipAria", "Vetted: $1. Show why.", chipLabel(v))
}

// details is the level, score and flag count, for the chip's tooltip.
func details(v *verdict.Verdict) string {
	lv, score := levelLabel(v.Level), strconv.Itoa(v.Score)
	switch n := len(v.Flags); n {
	case 0:
		return tr("badgeDetails", "$1, risk $2 of 100", lv, score)
	case 1:
		return tr("badgeDetailsOneFlag", "$1, risk $2 of 100, 1 red flag", lv, score)
	default:
		return tr("badgeDetailsFlags", "$1, risk $2 of 100, $3 red flags", lv, score, strconv.Itoa(n))
	}
}
