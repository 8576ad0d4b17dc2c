package settings

import (
	"strings"

	"github.com/vetted/vetted/core/order"
)

// Settings in chrome.storage.sync are shared by every computer the user
// signs in to, and so by every version of Vetted they run. What a newer
// version added (a key, a member of templates or pacing, a rule ID) is
// kept: read aside, not used, and written back as it was by Tree.

// The problems FromTree reports for what this version does not know.
const (
	unknownSetting = "unknown setting" // a top-level key
	unknownField   = "unknown field"   // a member of templates or pacing
	unknownRule    = "unknown rule"    // a rule ID of the form of one
)

// keepNewer takes the settings this version does not know out of errs
// (decode's problems with tree) and out of s, and keeps them in s as tree
// holds them; it returns the other problems.
func (s *Settings) keepNewer(tree any, errs Errors) Errors {
	root, _ := tree.(map[string]any)
	s.kept = nil
	var rest Errors
	for _, e := range errs {
		switch obj, member, _ := strings.Cut(e.Field, "."); {
		case e.Message == unknownSetting:
			s.kept = put(s.kept, e.Field, root[e.Field])
		case e.Message == unknownField || e.Message == unknownRule:
			if obj == "rules" {
				delete(s.Rules, member) // a template's or pacing's is no rule
			}
			in, _ := s.kept[obj].(map[string]any)
			s.kept = put(s.kept, obj, put(in, member, root[obj].(map[string]any)[member]))
		default:
			rest = append(rest, e)
		}
	}
	return rest
}

// put sets o[k] = v, making o when nil.
func put(o map[string]any, k string, v any) map[string]any {
	if o == nil {
		o = map[string]any{}
	}
	o[k] = v
	return o
}

// Kept names the settings kept from a newer version (see Keeping), as
// paths ("new_key", "pacing.new_cap", "rules.new-rule"), in order; nil
// when there are none.
func (s Settings) Kept() []string {
	var out []string
	for k, v := range s.kept {
		if k == "templates" || k == "pacing" || k == "rules" {
			for m := range v.(map[string]any) {
				out = append(out, k+"."+m)
			}
			continue
		}
		out = append(out, k)
	}
	order.Sort(out, strings.Compare)
	return out
}

// Keeping returns s with the settings of stored (what storage holds:
// any tree, valid or not) that this version does not know kept in place
// of those s kept: Tree writes them back as they are, so that saving s
// over stored loses none of what a newer version wrote.
func (s Settings) Keeping(stored any, knownRule func(id string) bool) Settings {
	from, errs := decode(stored, knownRule)
	from.keepNewer(stored, errs)
	s.kept = from.kept
	return s
}

// treeKept adds the kept settings to t, Tree's result.
func (s Settings) treeKept(t map[string]any) {
	for k, v := range s.kept {
		if obj, ok := t[k].(map[string]any); ok && (k == "templates" || k == "pacing" || k == "rules") {
			for m, mv := range v.(map[string]any) {
				obj[m] = mv
			}
			continue
		}
		t[k] = v
	}
}

// Unknown names the fields of the problems that are settings this version
// does not know (a key, a member of templates or pacing, a rule ID): in a
// settings file, a typo or a newer version's setting.
func (es Errors) Unknown() []string {
	var out []string
	for _, e := range es {
		if e.Message == unknownSetting || e.Message == unknownField || e.Message == unknownRule {
			out = append(out, e.Field)
		}
	}
	return out
}

// UnknownHint is said after the problems of a settings file that names
// settings this version does not know (Errors.Unknown).
const UnknownHint = "a setting this version of Vetted does not know is a typo, or was saved by a newer version of Vetted: update Vetted to read it"

// Readable is what the options page shows of stored settings that do not
// validate, for the user to fix: every setting as far as it can be read,
// an invalid value as it is (a list entry that is not text as ""), the
// default where a value cannot be read, a newer version's settings kept,
// and the decision log's limit KeepLimit gives (what the log keeps
// meanwhile, so that saving the form rotates nothing out unasked).
func Readable(tree any, knownRule func(id string) bool) Settings {
	s, errs := decode(tree, knownRule)
	if _, ok := tree.(map[string]any); !ok {
		s = Defaults()
	}
	s.keepNewer(tree, errs)
	s.LedgerLimit = KeepLimit(tree)
	return s
}
