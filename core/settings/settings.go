package settings

// Strictness sets how readily a card is raised to review or danger.
type Strictness string

// The strictness levels.
const (
	Relaxed  Strictness = "relaxed"
	Balanced Strictness = "balanced"
	Strict   Strictness = "strict"
)

// Templates are the messages Vetted pre-fills in the site's composer.
// {first_name} and {name} are replaced with the sender's names (see Fill).
type Templates struct {
	_          [0]func() // not comparable: no generated equality function (core.wasm's size)
	ThankYou   string    `json:"thank_you"`
	AskContext string    `json:"ask_context"`
}

// Pacing bounds bulk actions: a random delay between two actions and caps
// per run and per hour.
type Pacing struct {
	MinDelayMS int `json:"min_delay_ms"`
	MaxDelayMS int `json:"max_delay_ms"`
	MaxPerRun  int `json:"max_per_run"`
	MaxPerHour int `json:"max_per_hour"`
}

// Settings is the user's context for triage. Start from Defaults, never
// from the zero value; FromTree and Validate keep it valid.
type Settings struct {
	OwnCompanies     []string        `json:"own_companies"`
	Schools          []string        `json:"schools"`
	IndustryKeywords []string        `json:"industry_keywords"`
	Competitors      []string        `json:"competitors"`
	Trusted          []string        `json:"trusted"` // names or profile URLs
	Blocked          []string        `json:"blocked"` // names or profile URLs
	Strictness       Strictness      `json:"strictness"`
	JobSearch        bool            `json:"job_search"`
	Rules            map[string]bool `json:"rules"` // rule ID to on/off, overriding the rule's default
	Templates        Templates       `json:"templates"`
	Pacing           Pacing          `json:"pacing"`
	LedgerLimit      int             `json:"ledger_limit"` // most ledger entries kept

	kept map[string]any // what a newer version saved that this one does not know (see Keeping), nil when nothing
}
