package settings

import (
	"slices"

	"github.com/vetted/vetted/core/jsontree"
)

// Replaces names the fields of stored settings (what storage holds) that
// do not validate, as the options page names them (FormProblems' Input),
// each once: writing a form's settings over them replaces them, and with
// them every stored setting the form could not show. None when stored is
// nil, valid, or has only an earlier version's limit (the form shows it).
func Replaces(stored any, knownRule func(id string) bool) []string {
	_, earlier, err := FromStored(stored, knownRule)
	if stored == nil || err == nil || earlier {
		return nil
	}
	var out []string
	for _, p := range FormProblems(err) {
		if !slices.Contains(out, p.Input) {
			out = append(out, p.Input)
		}
	}
	return out
}

// WithLimit returns the stored settings (nil when none) as they are, a
// newer version's included, with ledger_limit set to limit (a number, or
// the text the user typed), when they validate as FromStored reads them;
// the error says why not. The decision log page writes its limit with it.
func WithLimit(stored, limit any, knownRule func(id string) bool) (map[string]any, error) {
	m, _ := stored.(map[string]any)
	tree := jsontree.Over(m)
	tree["ledger_limit"] = limit
	if _, err := Writable(tree, knownRule); err != nil {
		return nil, err
	}
	return tree, nil
}

// Writable reads stored settings (nil: none, the defaults) as a page that
// writes them takes them: FromStored, but a decision-log limit only an
// earlier version allowed is refused (the page asks for a smaller one).
func Writable(stored any, knownRule func(id string) bool) (Settings, error) {
	if stored == nil {
		return Defaults(), nil
	}
	s, earlier, err := FromStored(stored, knownRule)
	if earlier {
		err = s.Validate(knownRule)
	}
	return s, err
}
