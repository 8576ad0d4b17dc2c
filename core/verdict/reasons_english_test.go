package verdict

import "github.com/vetted/vetted/core/i18n"

// ReasonEnglish is a reason's parts in English, joined by "; ", worked
// out from the parts alone: the tests check that Verdict.Reason says the
// same. A part whose name is not one of Reasons shows its name.
func ReasonEnglish(parts []i18n.Message) string {
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += "; "
		}
		en := p.Key
		for k := range reasons {
			if reasons[k].key == p.Key {
				en = i18n.Substitute(reasons[k].en, p.Args...)
				break
			}
		}
		s += en
	}
	return s
}
