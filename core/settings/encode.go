package settings

// Tree encodes the settings as a generic JSON tree with every field
// present: lists as []any of strings, numbers as float64, rules as a
// map[string]any of booleans, and the settings kept from a newer version
// (Kept) as they were stored, in their places. FromTree(s.Tree(), …)
// gives s back exactly for valid, normalized settings that keep nothing.
func (s Settings) Tree() map[string]any {
	rules := make(map[string]any, len(s.Rules))
	for id, on := range s.Rules {
		rules[id] = on
	}
	t := map[string]any{
		"own_companies":     listTree(s.OwnCompanies),
		"schools":           listTree(s.Schools),
		"industry_keywords": listTree(s.IndustryKeywords),
		"competitors":       listTree(s.Competitors),
		"trusted":           listTree(s.Trusted),
		"blocked":           listTree(s.Blocked),
		"strictness":        string(s.Strictness),
		"job_search":        s.JobSearch,
		"rules":             rules,
		"templates": map[string]any{
			"thank_you":   s.Templates.ThankYou,
			"ask_context": s.Templates.AskContext,
		},
		"pacing": map[string]any{
			"min_delay_ms": float64(s.Pacing.MinDelayMS),
			"max_delay_ms": float64(s.Pacing.MaxDelayMS),
			"max_per_run":  float64(s.Pacing.MaxPerRun),
			"max_per_hour": float64(s.Pacing.MaxPerHour),
		},
		"ledger_limit": float64(s.LedgerLimit),
	}
	s.treeKept(t)
	return t
}

// listTree converts a list to []any, never nil.
func listTree(l []string) []any {
	out := make([]any, len(l))
	for i, v := range l {
		out[i] = v
	}
	return out
}
