package settings

import "strconv"

// Validate checks every setting and returns all problems as Errors, or nil.
// knownRule says whether a rule ID exists; when it is nil, rule IDs are only
// checked for form (kebab-case). List entries are judged trimmed (see
// Normalized), so " Acme " is valid and equal to "acme" for duplicates.
func (s Settings) Validate(knownRule func(id string) bool) error {
	var errs Errors
	s.validateInto(&errs, knownRule)
	return errs.err()
}

// validateInto adds every problem with s to errs.
func (s Settings) validateInto(errs *Errors, knownRule func(id string) bool) {
	checkList(errs, "own_companies", s.OwnCompanies, false)
	checkList(errs, "schools", s.Schools, false)
	checkList(errs, "industry_keywords", s.IndustryKeywords, false)
	checkList(errs, "competitors", s.Competitors, false)
	checkList(errs, "trusted", s.Trusted, true)
	checkList(errs, "blocked", s.Blocked, true)
	checkOverlap(errs, s.Trusted, s.Blocked)
	checkStrictness(errs, s.Strictness)
	checkRules(errs, s.Rules, knownRule)
	checkTemplate(errs, "templates.thank_you", s.Templates.ThankYou)
	checkTemplate(errs, "templates.ask_context", s.Templates.AskContext)
	checkPacing(errs, s.Pacing)
	checkRange(errs, "ledger_limit", s.LedgerLimit, MinLedgerLimit, MaxLedgerLimit, ledgerLimitWhy)
}

// checkStrictness refuses anything but the three strictness levels.
func checkStrictness(errs *Errors, v Strictness) {
	switch v {
	case Relaxed, Balanced, Strict:
		return
	}
	errs.add("strictness", "must be one of relaxed, balanced, strict (got "+quote(string(v))+")")
}

// checkPacing checks the delay bounds and the caps and that they are in
// order: min delay ≤ max delay, per run ≤ per hour.
func checkPacing(errs *Errors, p Pacing) {
	okMin := checkRange(errs, "pacing.min_delay_ms", p.MinDelayMS, 0, MaxDelayMS, "")
	okMax := checkRange(errs, "pacing.max_delay_ms", p.MaxDelayMS, 0, MaxDelayMS, "")
	if okMin && okMax && p.MaxDelayMS < p.MinDelayMS {
		errs.addRelated("pacing.max_delay_ms", "pacing.min_delay_ms", "must not be less than pacing.min_delay_ms ("+strconv.Itoa(p.MinDelayMS)+")")
	}
	okRun := checkRange(errs, "pacing.max_per_run", p.MaxPerRun, 1, MaxPerRunLimit, "")
	okHour := checkRange(errs, "pacing.max_per_hour", p.MaxPerHour, 1, MaxPerHourCap, "")
	if okRun && okHour && p.MaxPerRun > p.MaxPerHour {
		errs.addRelated("pacing.max_per_run", "pacing.max_per_hour", "must not be more than pacing.max_per_hour ("+strconv.Itoa(p.MaxPerHour)+")")
	}
}

// checkRange refuses v outside [lo, hi], adding why to the message, and
// reports whether it was inside.
func checkRange(errs *Errors, field string, v, lo, hi int, why string) bool {
	if v < lo || v > hi {
		errs.add(field, "must be between "+strconv.Itoa(lo)+" and "+strconv.Itoa(hi)+why)
		return false
	}
	return true
}

// ledgerLimitWhy says why ledger_limit is at most MaxLedgerLimit (a
// literal: core.wasm's size).
const ledgerLimitWhy = " (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)"
