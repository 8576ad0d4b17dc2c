package verdict

import (
	"strings"

	"github.com/vetted/vetted/core/flag"
)

// typeLabels are the plain-English names of the connection types.
var typeLabels = map[Type]string{
	BlockedPerson:   "Blocked person",
	Scammer:         "Scammer or spammer",
	FakeProfile:     "Fake profile",
	Competitor:      "Competitor",
	PageInvite:      "Page or event invite",
	KnownContact:    "Known contact",
	Recruiter:       "Recruiter",
	Salesperson:     "Salesperson",
	VerifiedAccount: "Verified account",
	IndustryPeer:    "Industry peer",
	Stranger:        "Stranger",
}

// Label is the type's name for the badge and the CLI table, such as
// "Recruiter"; an unknown type is shown as it is.
func (t Type) Label() string {
	if l, ok := typeLabels[t]; ok {
		return l
	}
	return string(t)
}

// recommendationLabels are the plain-English recommendations.
var recommendationLabels = map[Recommendation]string{
	Accept:                 "Accept",
	ReviewAccept:           "Review, then accept",
	ReviewAcceptIfRelevant: "Review, accept if relevant",
	IgnoreOrVet:            "Ignore or vet further",
	Decline:                "Decline",
	DeclineBlock:           "Decline and block",
	Review:                 "Review",
}

// Label is the recommendation in words, such as "Review, then accept"; an
// unknown recommendation is shown as it is.
func (r Recommendation) Label() string {
	if l, ok := recommendationLabels[r]; ok {
		return l
	}
	return string(r)
}

// levelLabels are the plain-English levels.
var levelLabels = map[Level]string{
	LevelSafe:   "Safe",
	LevelReview: "Needs review",
	LevelDanger: "Danger",
}

// Label is the level in words: "Safe", "Needs review" or "Danger"; an
// unknown level is shown as it is.
func (l Level) Label() string {
	if s, ok := levelLabels[l]; ok {
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
