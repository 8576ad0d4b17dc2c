package settings

import (
	"strings"

	"github.com/vetted/vetted/core/order"
)

// checkRules checks the rule toggles: every ID is kebab-case and, when
// knownRule is given, names a rule. Problems are reported in ID order.
func checkRules(errs *Errors, rules map[string]bool, knownRule func(id string) bool) {
	ids := make([]string, 0, len(rules))
	for id := range rules {
		ids = append(ids, id)
	}
	order.Sort(ids, strings.Compare)
	for _, id := range ids {
		if msg := checkRuleID(id, knownRule); msg != "" {
			errs.add("rules."+id, msg)
		}
	}
}

// checkRuleID returns "" for a valid rule ID or the message to show.
func checkRuleID(id string, knownRule func(id string) bool) string {
	if !IsRuleID(id) {
		return "must be a kebab-case rule ID such as \"no-mutuals\" (got " + quote(id) + ")"
	}
	if knownRule != nil && !knownRule(id) {
		return unknownRule
	}
	return ""
}

// IsRuleID reports whether id has the form of a rule ID: lower-case ASCII
// letters and digits in words joined by single hyphens, at most 64 bytes.
func IsRuleID(id string) bool {
	if id == "" || len(id) > 64 || id[0] == '-' || id[len(id)-1] == '-' {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && id[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
