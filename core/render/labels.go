package render

import (
	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/verdict"
)

// The message names of the type, recommendation, level and action labels
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

// TypeLabel names a connection type.
func TypeLabel(t verdict.Type) Text { return Msg(typeKeys[t], t.Label()) }

// RecLabel names a recommendation.
func RecLabel(r verdict.Recommendation) Text { return Msg(recKeys[r], r.Label()) }

// LevelLabel names a risk level.
func LevelLabel(l verdict.Level) Text { return Msg(levelKeys[l], l.Label()) }

// ActionLabel names an action.
//
// Not inlined: its copies at 3 calls cost core.wasm 2.6 KB.
//
//go:noinline
func ActionLabel(k action.Kind) Text { return Msg(actionKeys[k], k.Label()) }

// signalKeys are the message names of the signals' titles: a list, not
// a map, which core.wasm would build at start-up with 2 KB of code.
var signalKeys = [...]struct{ title, key string }{
	{verdict.TitleTrusted, "badgeSignalTrusted"},
	{verdict.TitleShared, "badgeSignalShared"},
	{verdict.TitleVerified, "badgeSignalVerified"},
	{verdict.TitleManyMutuals, "badgeSignalManyMutuals"},
	{verdict.TitleSomeMutuals, "badgeSignalSomeMutuals"},
	{verdict.TitlePersonalNote, "badgeSignalPersonalNote"},
	{verdict.TitleNoteIndustry, "badgeSignalNoteIndustry"},
}

// SignalTitle names a signal that lowers the risk by its English title
// (verdict.Signal.Title); a title without a message is shown as it is.
func SignalTitle(title string) Text {
	for _, s := range signalKeys {
		if s.title == title {
			return Msg(s.key, title)
		}
	}
	return Lit(title)
}
