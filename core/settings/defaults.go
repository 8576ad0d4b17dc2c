package settings

// DefaultThankYou is the thank-you message sent after accepting.
const DefaultThankYou = "Thanks for connecting, {first_name}! Looking forward to staying in touch."

// DefaultAskContext is the message that asks a sender for context.
const DefaultAskContext = "Hi {first_name}, thanks for the invitation. How do we know each other / what would you like to connect about?"

// Defaults returns settings that work with nothing set: balanced
// strictness, job search off, empty lists, no rule overrides, the default
// templates, gentle pacing and a 5,000-entry ledger. Every slice and the
// Rules map are non-nil and empty.
//
// Not inlined: its copies at 7 calls cost core.wasm 1.8 KB.
//
//go:noinline
func Defaults() Settings {
	return Settings{
		OwnCompanies:     []string{},
		Schools:          []string{},
		IndustryKeywords: []string{},
		Competitors:      []string{},
		Trusted:          []string{},
		Blocked:          []string{},
		Strictness:       Balanced,
		JobSearch:        false,
		Rules:            map[string]bool{},
		Templates: Templates{
			ThankYou:   DefaultThankYou,
			AskContext: DefaultAskContext,
		},
		Pacing: Pacing{
			MinDelayMS: 1500,
			MaxDelayMS: 4000,
			MaxPerRun:  25,
			MaxPerHour: 80,
		},
		LedgerLimit: 5000,
	}
}
