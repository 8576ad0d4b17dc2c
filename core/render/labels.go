package render

import (
	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/verdict"
)

// The message names of the type, recommendation, level and action labels
// (extension/_locales); the English fallbacks are the core's labels.
var (
	typeKeys = []msgKey{
		{string(verdict.BlockedPerson), "badgeTypeBlockedPerson"},
		{string(verdict.Scammer), "badgeTypeScammer"},
		{string(verdict.FakeProfile), "badgeTypeFakeProfile"},
		{string(verdict.Competitor), "badgeTypeCompetitor"},
		{string(verdict.PageInvite), "badgeTypePageInvite"},
		{string(verdict.KnownContact), "badgeTypeKnownContact"},
		{string(verdict.Recruiter), "badgeTypeRecruiter"},
		{string(verdict.Salesperson), "badgeTypeSalesperson"},
		{string(verdict.VerifiedAccount), "badgeTypeVerifiedAccount"},
		{string(verdict.IndustryPeer), "badgeTypeIndustryPeer"},
		{string(verdict.Stranger), "badgeTypeStranger"},
	}
	recKeys = []msgKey{
		{string(verdict.Accept), "badgeRecAccept"},
		{string(verdict.ReviewAccept), "badgeRecReviewAccept"},
		{string(verdict.ReviewAcceptIfRelevant), "badgeRecReviewAcceptIfRelevant"},
		{string(verdict.IgnoreOrVet), "badgeRecIgnoreOrVet"},
		{string(verdict.Decline), "badgeRecDecline"},
		{string(verdict.DeclineBlock), "badgeRecDeclineBlock"},
		{string(verdict.Review), "badgeRecReview"},
	}
	levelKeys = []msgKey{
		{string(verdict.LevelSafe), "badgeLevelSafe"},
		{string(verdict.LevelReview), "badgeLevelReview"},
		{string(verdict.LevelDanger), "badgeLevelDanger"},
	}
	actionKeys = []msgKey{
		{string(action.Accept), "badgeActionAccept"},
		{string(action.Ignore), "badgeActionIgnore"},
		{string(action.Ask), "badgeActionAsk"},
		{string(action.AcceptThanks), "badgeActionAcceptThanks"},
		{string(action.IgnoreReport), "badgeActionIgnoreReport"},
		{string(action.Block), "badgeActionBlock"},
	}
)

// msgKey is the message name of a value's label. The tables are slices,
// not maps: a map literal is built by code when the program starts
// (core.wasm's size), and a handful of entries are found as fast by a loop.
type msgKey struct{ value, key string }

// keyOf returns the message name of value in keys, "" if it has none.
func keyOf(keys []msgKey, value string) string {
	for _, k := range keys {
		if k.value == value {
			return k.key
		}
	}
	return ""
}

// TypeLabel names a connection type.
func TypeLabel(t verdict.Type) Text { return Msg(keyOf(typeKeys, string(t)), t.Label()) }

// RecLabel names a recommendation.
func RecLabel(r verdict.Recommendation) Text { return Msg(keyOf(recKeys, string(r)), r.Label()) }

// LevelLabel names a risk level.
func LevelLabel(l verdict.Level) Text { return Msg(keyOf(levelKeys, string(l)), l.Label()) }

// ActionLabel names an action.
//
// Not inlined: its copies at 3 calls cost core.wasm 2.6 KB.
//
//go:noinline
func ActionLabel(k action.Kind) Text { return Msg(keyOf(actionKeys, string(k)), k.Label()) }

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
