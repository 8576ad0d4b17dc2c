package flag

// RepeatInvite fires when the user ignored, declined or blocked the same
// sender before.
var RepeatInvite = &Rule{
	ID:      "repeat-invite",
	Title:   "Invited again after a refusal",
	TitleDE: "Erneute Einladung nach Ablehnung",
	Group:   GroupContext,
	Weight:  25,
	Check: func(in *Input) (float64, []string) {
		s, n, last := 0.0, 0, -1
		verb := ""
		for _, p := range in.Prior {
			x := 0.0
			switch p.Action {
			case "block", "report":
				x = 1
			case "decline":
				x = 0.8
			case "ignore", "ignore-report":
				x = 0.6
			default:
				continue
			}
			n++
			if x >= s {
				s, verb = x, p.Action
			}
			if p.AgeDays >= 0 && (last < 0 || p.AgeDays < last) {
				last = p.AgeDays
			}
		}
		if n == 0 {
			return 0, nil
		}
		if n > 1 {
			s = min(1, s+0.2)
		}
		e := "you " + pastTense(verb) + " this sender before"
		if n > 1 {
			e = "you refused this sender " + plural(n, "time", "times") + " before"
		}
		if last >= 0 {
			e += " (last " + plural(last, "day", "days") + " ago)"
		}
		return s, []string{e}
	},
}

// repeatInviteDoc is RepeatInvite's doc (Rule.DocIn).
var repeatInviteDoc = Doc{
	EN: "Your decision log shows you ignored, declined, reported or blocked this sender before; inviting again after a refusal is pushy, and after a block it is a red flag.",
	DE: "Laut Ihrem Entscheidungsprotokoll haben Sie diesen Absender schon einmal ignoriert, abgelehnt, gemeldet oder blockiert; eine erneute Einladung nach einer Ablehnung ist aufdringlich, nach einer Blockierung ein Warnsignal.",
}

// repeatInviteExamples are RepeatInvite's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func repeatInviteExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "ignored twice", Card: person("Nathan Ellery", "Operations Manager at Woodgrove Logistics", ""), Prior: []Prior{{Action: "ignore", AgeDays: 75}, {Action: "ignore", AgeDays: 30}}},
		{Name: "blocked", Card: noted("Hi again Sam, last chance to join my forex group!"), Prior: []Prior{{Action: "block", AgeDays: 60}}},
		{Name: "declined, date unknown", Card: noted(""), Prior: []Prior{{Action: "decline", AgeDays: -1}}},
	}
	quiet = []Example{
		{Name: "accepted before", Card: noted("Lost access to my old account, rebuilding my network."), Prior: []Prior{{Action: "accept", AgeDays: 420}}},
		{Name: "no history", Card: noted("")},
		{Name: "asked for context", Card: noted(""), Prior: []Prior{{Action: "ask", AgeDays: 3}}},
	}
	return fires, quiet
}

// pastTense returns the past tense of a ledger decision for evidence.
func pastTense(action string) string {
	switch action {
	case "block":
		return "blocked"
	case "report":
		return "reported"
	case "decline":
		return "declined"
	}
	return "ignored"
}
