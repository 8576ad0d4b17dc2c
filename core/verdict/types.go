package verdict

import "github.com/vetted/vetted/core/i18n"

// Type is the kind of sender, from the design's connection-type table.
type Type string

// The connection types, most dangerous first where precedence matters.
const (
	BlockedPerson   Type = "blocked_person"
	Scammer         Type = "scammer"
	FakeProfile     Type = "fake_profile"
	Competitor      Type = "competitor"
	PageInvite      Type = "page_invite"
	KnownContact    Type = "known_contact"
	Recruiter       Type = "recruiter"
	Salesperson     Type = "salesperson"
	VerifiedAccount Type = "verified_account"
	IndustryPeer    Type = "industry_peer"
	Stranger        Type = "stranger"
)

// Recommendation is what Vetted suggests doing with the invitation.
type Recommendation string

// The recommendations.
const (
	Accept                 Recommendation = "accept"
	ReviewAccept           Recommendation = "review_accept"             // review, then accept
	ReviewAcceptIfRelevant Recommendation = "review_accept_if_relevant" // review, accept if relevant
	IgnoreOrVet            Recommendation = "ignore_or_vet"             // ignore or vet further
	Decline                Recommendation = "decline"
	DeclineBlock           Recommendation = "decline_block" // decline and block
	Review                 Recommendation = "review"
)

// Level is the badge colour: how much care the card needs.
type Level string

// The levels.
const (
	LevelSafe   Level = "safe"
	LevelReview Level = "review"
	LevelDanger Level = "danger"
)

// Flag is a fired red flag as reported on the badge and by the CLI.
type Flag struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Evidence []string `json:"evidence"`
	Points   int      `json:"points"` // contribution to the score after caps
	// Class and Percent are what the note model says the sender is
	// ("scam", "spam", "fake_recruiter", "recruiter", "sales") and how
	// likely, in percent; only on the note-model flag.
	Class   string `json:"class,omitempty"`
	Percent int    `json:"percent,omitempty"`
}

// Signal is a fact that lowers the risk (a trusted person, a shared
// company, the verified badge, many mutuals, a personal note naming a
// shared context).
type Signal struct {
	ID       string   `json:"id"`
	Title    string   `json:"title"`
	Evidence []string `json:"evidence"`
	Points   int      `json:"points"` // points taken off the score
}

// Verdict is the judgement on one card.
type Verdict struct {
	Name           string         `json:"name"`
	Key            string         `json:"key,omitempty"`
	Type           Type           `json:"type"`
	Recommendation Recommendation `json:"recommendation"`
	Level          Level          `json:"level"`
	Score          int            `json:"score"`            // risk, 0 to 100
	Reason         string         `json:"reason,omitempty"` // why this type, in a few plain words
	// ReasonParts is Reason as messages of the extension's _locales
	// (Reasons lists them), for the decision log page to show in the
	// user's language: Reason is their English joined by "; ".
	ReasonParts []i18n.Message `json:"reasonParts,omitempty"`
	Flags       []Flag         `json:"flags"` // strongest first
	Signals     []Signal       `json:"signals,omitempty"`
}
