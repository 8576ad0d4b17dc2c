package flag

// On reports whether the rule runs under these toggles: rules[id] when
// set, otherwise the rule's default (on unless DefaultOff). It is the same
// resolution NewContext applies.
func (r *Rule) On(rules map[string]bool) bool {
	if v, ok := rules[r.ID]; ok {
		return v
	}
	return !r.DefaultOff
}

// Overrides returns the toggles that change something: those of rules
// whose value differs from the rule's default, and those of IDs that name
// no rule (validation reports them). The options page sends a toggle for
// every rule; storing only the overrides keeps the stored settings small
// and lets a rule's default change in a later version apply.
func Overrides(rules map[string]bool) map[string]bool {
	out := make(map[string]bool, len(rules))
	for id, on := range rules {
		if r := ByID(id); r == nil || on != !r.DefaultOff {
			out[id] = on
		}
	}
	return out
}
