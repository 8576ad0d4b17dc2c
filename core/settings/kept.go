package settings

import (
	"strings"

	"github.com/vetted/vetted/core/jsontree"
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

// nested reports whether the setting k is an object of members a newer
// version may add to (templates, pacing) or a rule toggle's (rules).
func nested(k string) bool { return k == "templates" || k == "pacing" || k == "rules" }

// Kept names the settings kept from a newer version (see Keeping), as
// paths ("new_key", "pacing.new_cap", "rules.new-rule"), in order; nil
// when there are none.
func (s Settings) Kept() []string {
	var out []string
	for k, v := range s.kept {
		if nested(k) {
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
// any tree, valid or not) that this version does not know kept beside
// those s keeps itself (a settings file's, Saved), which win: Tree writes
// them back as they are, so that saving s over stored loses none of what
// a newer version wrote.
func (s Settings) Keeping(stored any, knownRule func(id string) bool) Settings {
	from, errs := decode(stored, knownRule)
	from.keepNewer(stored, errs)
	for k, v := range s.kept {
		if in, ok := v.(map[string]any); ok && nested(k) {
			obj, _ := from.kept[k].(map[string]any)
			for m, mv := range in {
				obj = put(obj, m, mv)
			}
			v = obj
		}
		from.kept = put(from.kept, k, v)
	}
	s.kept = from.kept
	return s
}

// NewerKey holds, in a settings file, the settings a newer version saved
// that this one keeps (Export): Saved reads them back in their places, so
// that a file this version exported imports again; they are not typos.
const NewerKey = "kept_from_newer_version"

// Export is the settings file of what storage holds (stored; nil when
// nothing: the defaults): stored as it is, but with the settings this
// version keeps from a newer one (Keeping) moved under NewerKey, as
// {"key": value, "pacing": {"member": value}, "rules": {"id": on}}.
func Export(stored any, knownRule func(id string) bool) any {
	if stored == nil {
		return Defaults().Tree()
	}
	root, _ := stored.(map[string]any)
	kept := Defaults().Keeping(stored, knownRule).kept
	if len(kept) == 0 {
		return stored
	}
	out := jsontree.Over(root)
	for k, v := range kept {
		obj, isObj := out[k].(map[string]any)
		if !isObj || !nested(k) {
			delete(out, k)
			continue
		}
		rest := make(map[string]any, len(obj))
		for m, mv := range obj {
			if _, moved := v.(map[string]any)[m]; !moved {
				rest[m] = mv
			}
		}
		out[k] = rest
	}
	out[NewerKey] = kept
	return out
}

// unmark returns a settings file's tree with the settings under NewerKey
// put in their places, which of them it put (as decode names their
// problems: "key", "pacing.member", "rules.id"), and the problems of
// NewerKey's value: one that is no object, a setting also given in its
// place. The tree given is not changed.
func unmark(tree any) (any, map[string]bool, Errors) {
	root, _ := tree.(map[string]any)
	v, ok := root[NewerKey]
	if !ok {
		return tree, nil, nil
	}
	var errs Errors
	out := jsontree.Over(root)
	delete(out, NewerKey)
	marked := map[string]bool{}
	newer, ok := v.(map[string]any)
	if !ok {
		errs.add(NewerKey, "must be an object")
		return out, marked, errs
	}
	keys := make([]string, 0, len(newer))
	for k := range newer {
		keys = append(keys, k)
	}
	order.Sort(keys, strings.Compare)
	for _, k := range keys {
		if !nested(k) {
			if _, twice := out[k]; twice {
				errs.add(NewerKey+"."+k, "is also given outside "+NewerKey)
				continue
			}
			out[k], marked[k] = newer[k], true
			continue
		}
		members, ok := newer[k].(map[string]any)
		if !ok {
			errs.add(NewerKey+"."+k, "must be an object")
			continue
		}
		obj, _ := out[k].(map[string]any)
		merged := jsontree.Over(obj)
		names := make([]string, 0, len(members))
		for m := range members {
			names = append(names, m)
		}
		order.Sort(names, strings.Compare)
		for _, m := range names {
			if _, twice := merged[m]; twice {
				errs.add(NewerKey+"."+k+"."+m, "is also given outside "+NewerKey)
				continue
			}
			merged[m], marked[k+"."+m] = members[m], true
		}
		if out[k] == nil || obj != nil {
			out[k] = merged
		}
	}
	return out, marked, errs
}

// treeKept adds the kept settings to t, Tree's result.
func (s Settings) treeKept(t map[string]any) {
	for k, v := range s.kept {
		if obj, ok := t[k].(map[string]any); ok && nested(k) {
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
