package settings

import (
	"slices"
	"strings"

	"github.com/vetted/vetted/core/order"
)

// Settings in chrome.storage.sync are shared by every computer the user
// signs in to, and so by every version of Vetted they run. What a newer
// version added (a key, a member of templates or pacing, a rule ID) is
// kept: read aside, not used, and written back as it was by Tree.

// split returns tree without the members this version does not know, and
// those members in a tree of the same shape (nil when there are none):
// top-level keys, keys of the templates and pacing objects, and rule IDs
// of the form of a rule ID that knownRule does not know. A member of the
// wrong type, or an ID not of the form, is left for decode to refuse.
func split(tree any, knownRule func(id string) bool) (known any, kept map[string]any) {
	root, ok := tree.(map[string]any)
	if !ok {
		return tree, nil
	}
	out := make(map[string]any, len(root))
	for k, v := range root {
		if _, isKnown := topFields[k]; !isKnown {
			putKept(&kept, "", k, v)
			continue
		}
		out[k] = v
		obj, isObj := v.(map[string]any)
		if !isObj {
			continue
		}
		var rest map[string]any
		for m := range obj {
			unknown := false
			switch k {
			case "templates":
				unknown = !slices.Contains(templateFields, m)
			case "pacing":
				unknown = !slices.Contains(pacingFields, m)
			case "rules":
				unknown = knownRule != nil && IsRuleID(m) && !knownRule(m)
			}
			if !unknown {
				continue
			}
			if rest == nil {
				rest = make(map[string]any, len(obj))
				for mk, mkv := range obj {
					rest[mk] = mkv
				}
				out[k] = rest
			}
			delete(rest, m)
			putKept(&kept, k, m, obj[m])
		}
	}
	return out, kept
}

// putKept records member key of the object in (top level when "") in *kept.
func putKept(kept *map[string]any, in, key string, v any) {
	if *kept == nil {
		*kept = map[string]any{}
	}
	if in == "" {
		(*kept)[key] = v
		return
	}
	obj, _ := (*kept)[in].(map[string]any)
	if obj == nil {
		obj = map[string]any{}
		(*kept)[in] = obj
	}
	obj[key] = v
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
	_, s.kept = split(stored, knownRule)
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
