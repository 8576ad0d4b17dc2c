package verdict

import (
	"strings"

	"github.com/vetted/vetted/core/flag"
)

// label is a value's name in words. The label tables are slices, not
// maps: a map literal is built by code when the program starts
// (core.wasm's size), and a handful of entries are found as fast by a loop.
type label struct{ value, text string }

// labelOf returns the text of value in labels, and whether it is there.
func labelOf(labels []label, value string) (string, bool) {
	for _, l := range labels {
		if l.value == value {
			return l.text, true
		}
	}
	return "", false
}

// typeLabels are the plain-English names of the connection types.
var typeLabels = []label{
	{string(BlockedPerson), "Blocked person"},
	{string(Scammer), "Scammer or spammer"},
	{string(FakeProfile), "Fake profile"},
	{string(Competitor), "Competitor"},
	{string(PageInvite), "Page or event invite"},
	{string(KnownContact), "Known contact"},
	{string(Recruiter), "Recruiter"},
	{string(Salesperson), "Salesperson"},
	{string(VerifiedAccount), "Verified account"},
	{string(IndustryPeer), "Industry peer"},
	{string(Stranger), "Stranger"},
}

// Label is the type's name for the badge and the CLI table, such as
// "Recruiter"; an unknown type is shown as it is.
func (t Type) Label() string {
	if l, ok := labelOf(typeLabels, string(t)); ok {
		return l
	}
	return string(t)
}

// recommendationLabels are the plain-English recommendations.
var recommendationLabels = []label{
	{string(Accept), "Accept"},
	{string(ReviewAccept), "Review, then accept"},
	{string(ReviewAcceptIfRelevant), "Review, accept if relevant"},
	{string(IgnoreOrVet), "Ignore or vet further"},
	{string(Decline), "Decline"},
	{string(DeclineBlock), "Decline and block"},
	{string(Review), "Review"},
}

// Label is the recommendation in words, such as "Review, then accept"; an
// unknown recommendation is shown as it is.
func (r Recommendation) Label() string {
	if l, ok := labelOf(recommendationLabels, string(r)); ok {
		return l
	}
	return string(r)
}

// levelLabels are the plain-English levels.
var levelLabels = []label{
	{string(LevelSafe), "Safe"},
	{string(LevelReview), "Needs review"},
	{string(LevelDanger), "Danger"},
}

// Label is the level in words: "Safe", "Needs review" or "Danger"; an
// unknown level is shown as it is.
func (l Level) Label() string {
	if s, ok := labelOf(levelLabels, string(l)); ok {
		return s
	}
	return string(l)
}

// TitleIn is the flag's title in the language lang ("de…" German, else
// English) for the badge: the note model's says what the note reads like
// and how likely ("The note reads like a scam (92 %)"), another rule's is
// its localized title. The Title field keeps the English one, which the
// CLI and its JSON show; a rule this build does not know keeps it too.
func (f *Flag) TitleIn(lang string) string {
	if f.Class != "" {
		return flag.NoteClassTitle(f.Class, f.Percent, lang)
	}
	if r := flag.ByID(f.ID); r != nil {
		return r.TitleIn(lang)
	}
	return f.Title
}

// Summary is the verdict in one line for the badge: the type and the
// recommendation, such as "Recruiter — review, then accept".
func (v Verdict) Summary() string {
	rec := v.Recommendation.Label()
	if rec != "" {
		rec = strings.ToLower(rec[:1]) + rec[1:]
	}
	return v.Type.Label() + " — " + rec
}
