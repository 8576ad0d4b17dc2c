package settings

import (
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/order"
	"github.com/vetted/vetted/core/text"
)

// FromTree decodes settings from a generic JSON tree (what encoding/json
// decodes into an any, or what JavaScript's JSON.parse gives: map[string]any,
// []any, string, float64, bool, nil) and validates them with Validate.
//
// Decoding starts from Defaults: an absent field, or a field set to null,
// keeps its default; objects (templates, pacing) are merged field by field.
// Unknown keys, wrong types and invalid values are refused. On any problem
// FromTree returns the zero Settings and an Errors listing every problem
// with its field path; callers keep the settings they had before (a bad
// file never half-applies).
func FromTree(v any, knownRule func(id string) bool) (Settings, error) {
	s, errs := decode(v, knownRule)
	if len(errs) > 0 {
		return Settings{}, errs
	}
	return s, nil
}

// decode is FromTree, returning the settings decoded and normalised also
// when there are problems (Saved reads them).
func decode(v any, knownRule func(id string) bool) (Settings, Errors) {
	var errs Errors
	root, ok := v.(map[string]any)
	if !ok {
		errs.add("", "settings must be a JSON object")
		return Settings{}, errs
	}
	s := Defaults()
	keys := make([]string, 0, len(root))
	for k := range root {
		keys = append(keys, k)
	}
	order.Sort(keys, strings.Compare)
	for _, k := range keys {
		set, known := topFields[k]
		switch {
		case !known:
			errs.add(k, unknownSetting)
		case root[k] != nil:
			set(&s, root[k], &errs)
		}
	}
	decodeErrs := len(errs)
	s = s.Normalized()
	var verrs Errors
	s.validateInto(&verrs, knownRule)
	for _, e := range verrs {
		if !reportedAt(errs[:decodeErrs], e.Field) && (e.related == "" || !reportedAt(errs[:decodeErrs], e.related)) {
			errs = append(errs, e)
		}
	}
	sortErrors(errs)
	return s, errs
}

// topFields decodes each top-level key into the settings.
var topFields = map[string]func(s *Settings, v any, errs *Errors){
	"own_companies":     func(s *Settings, v any, errs *Errors) { decodeList(&s.OwnCompanies, "own_companies", v, errs) },
	"schools":           func(s *Settings, v any, errs *Errors) { decodeList(&s.Schools, "schools", v, errs) },
	"industry_keywords": func(s *Settings, v any, errs *Errors) { decodeList(&s.IndustryKeywords, "industry_keywords", v, errs) },
	"competitors":       func(s *Settings, v any, errs *Errors) { decodeList(&s.Competitors, "competitors", v, errs) },
	"trusted":           func(s *Settings, v any, errs *Errors) { decodeList(&s.Trusted, "trusted", v, errs) },
	"blocked":           func(s *Settings, v any, errs *Errors) { decodeList(&s.Blocked, "blocked", v, errs) },
	"strictness": func(s *Settings, v any, errs *Errors) {
		if str, ok := decodeString("strictness", v, errs); ok {
			s.Strictness = Strictness(str)
		}
	},
	"job_search": func(s *Settings, v any, errs *Errors) { decodeBool(&s.JobSearch, "job_search", v, errs) },
	"rules":      func(s *Settings, v any, errs *Errors) { decodeRules(s.Rules, v, errs) },
	"templates":  func(s *Settings, v any, errs *Errors) { decodeTemplates(&s.Templates, v, errs) },
	"pacing":     func(s *Settings, v any, errs *Errors) { decodePacing(&s.Pacing, v, errs) },
	"ledger_limit": func(s *Settings, v any, errs *Errors) {
		decodeInt(&s.LedgerLimit, "ledger_limit", v, errs)
	},
}

// reportedAt reports whether a problem was already found at field or at
// an object or list that holds it.
//
// Not inlined: its copies at 2 calls cost core.wasm 0.8 KB.
//
//go:noinline
func reportedAt(errs Errors, field string) bool {
	for _, e := range errs {
		if e.Field == field || hasPathPrefix(field, e.Field) {
			return true
		}
	}
	return false
}

// hasPathPrefix reports whether path lies inside parent ("pacing.x" in
// "pacing", "trusted[2]" in "trusted").
//
// Not inlined: its copies at 6 calls cost core.wasm 0.9 KB.
//
//go:noinline
func hasPathPrefix(path, parent string) bool {
	if parent == "" || len(path) <= len(parent) || path[:len(parent)] != parent {
		return false
	}
	c := path[len(parent)]
	return c == '.' || c == '['
}

// sortErrors orders problems by the order of the fields in the Settings
// struct, list entries by index, keeping the order otherwise.
func sortErrors(errs Errors) {
	order.Stable(errs, func(a, b *FieldError) int {
		if d := fieldRank(a.Field) - fieldRank(b.Field); d != 0 {
			return d
		}
		return entryIndex(a.Field) - entryIndex(b.Field)
	})
}

// entryIndex is the list index in a path such as "trusted[3]", or -1.
func entryIndex(path string) int {
	i := strings.IndexByte(path, '[')
	if i < 0 || !strings.HasSuffix(path, "]") {
		return -1
	}
	n, ok := text.Digits(path[i+1:len(path)-1], 1<<30)
	if !ok {
		return -1
	}
	return n
}

// fieldOrder is the order of the top-level settings.
var fieldOrder = []string{
	"own_companies", "schools", "industry_keywords", "competitors", "trusted", "blocked",
	"strictness", "job_search", "rules", "templates", "pacing", "ledger_limit",
}

// fieldRank is the position of the top-level setting a path starts with;
// the whole file comes first and unknown keys last.
func fieldRank(path string) int {
	if path == "" {
		return -1
	}
	for i, f := range fieldOrder {
		if path == f || hasPathPrefix(path, f) {
			return i
		}
	}
	return len(fieldOrder)
}

// Stored gives the settings the extension runs with from what storage
// holds (tree; nil when nothing was saved), and the problem to tell the
// user, "" when none. Storage is read with FromStored: what a newer
// version saved that this one does not know is kept aside, unused; saved
// settings that do not validate are not used, the defaults are, until the
// user fixes them, with the decision log's limit KeepLimit gives.
// Settings whose one problem is a ledger_limit that an earlier version
// allowed but storage cannot hold (above MaxLedgerLimit, up to
// EarlierMaxLedgerLimit) are used, with that limit, and the problem says
// to lower it. Both homes of the core and the old in-page glue read the
// stored settings with it.
func Stored(tree any, knownRule func(id string) bool) (Settings, string) {
	if tree == nil {
		return Defaults(), ""
	}
	s, earlier, err := FromStored(tree, knownRule)
	switch {
	case earlier:
		return s, EarlierLimitProblem
	case err == nil:
		return s, ""
	}
	keep := KeepLimit(tree)
	s = Defaults()
	s.LedgerLimit = keep
	return s, "Vetted's saved settings are not valid (" + err.Error() + "); Vetted judges with the default settings until they are fixed, and the decision log keeps up to " + strconv.Itoa(keep) + " entries meanwhile."
}

// FromStored decodes the settings storage holds, which this or another
// version of Vetted wrote (storage.sync is shared between computers): as
// Saved, but the keys, members of templates and pacing, and rule IDs this
// version does not know are no problem; they are kept, unused (Kept
// names them), and Tree writes them back as they were. Every setting
// this version knows is validated as FromTree does. A settings file is
// read with Saved, which refuses unknown keys as typos.
func FromStored(tree any, knownRule func(id string) bool) (s Settings, earlier bool, err error) {
	s, errs := decode(tree, knownRule)
	return s.checked(tree, s.keepNewer(tree, errs))
}

// Saved decodes settings that this or an earlier version saved or
// exported (a settings file): as FromTree, but the settings under NewerKey
// (what Export moved there: a newer version's) are read in their places
// and, those this version does not know, kept as FromStored keeps them;
// an unknown key elsewhere is still refused as a typo. Settings whose one problem
// is a ledger_limit an earlier version allowed (above MaxLedgerLimit, up
// to EarlierMaxLedgerLimit) are taken with that limit, and earlier says
// so (EarlierLimitProblem tells what to do). The options page's import
// and the CLI's --settings read files with it; core.wasm, which reads
// only storage (FromStored), links none of NewerKey's reading.
func Saved(tree any, knownRule func(id string) bool) (s Settings, earlier bool, err error) {
	tree, marked, errs := unmark(tree)
	s, decoded := decode(tree, knownRule)
	var keep Errors
	for _, e := range decoded {
		if marked[e.Field] {
			keep = append(keep, e)
		} else {
			errs = append(errs, e)
		}
	}
	errs = append(errs, s.keepNewer(tree, keep)...)
	sortErrors(errs)
	return s.checked(tree, errs)
}

// checked is FromStored's and Saved's result for s decoded from tree
// with the problems errs: s when none, or when the one problem is an
// earlier version's limit, else the problems.
func (s Settings) checked(tree any, errs Errors) (Settings, bool, error) {
	if len(errs) == 0 {
		return s, false, nil
	}
	if keep := KeepLimit(tree); len(errs) == 1 && errs[0].Field == "ledger_limit" && s.LedgerLimit == keep && keep > MaxLedgerLimit {
		return s, true, nil // its one problem: an earlier version's limit
	}
	return Settings{}, false, errs
}

// EarlierLimitProblem is Stored's problem when the saved settings' one
// problem is a ledger_limit that an earlier version allowed but storage
// cannot hold (above MaxLedgerLimit, up to EarlierMaxLedgerLimit): they
// are used, that limit included.
const EarlierLimitProblem = "Vetted's saved decision-log limit is more than the browser's storage holds (at most 15000 entries): once it is full, decisions are not saved. Lower the limit on the options page or the decision log page."

// KeepLimit is the decision log's limit while the saved settings (tree)
// do not validate or cannot be read (nil): their ledger_limit when it is
// a whole number that this or an earlier version allowed, else the
// largest any version allowed, so that wrong settings (a newer version's,
// synced) never rotate the log's entries out.
func KeepLimit(tree any) int {
	o, _ := tree.(map[string]any)
	if n, ok := o["ledger_limit"].(float64); ok && n == float64(int(n)) && n >= MinLedgerLimit && n <= EarlierMaxLedgerLimit {
		return int(n)
	}
	return EarlierMaxLedgerLimit
}

// Unreadable is the problem told when storage could not be read (msg
// says why): the defaults judge, and the log keeps KeepLimit(nil).
func Unreadable(msg string) string {
	// 100000 is KeepLimit(nil), written out: core.wasm's size.
	return "Vetted could not read its settings (" + msg + "); it judges with the default settings, and the decision log keeps up to 100000 entries meanwhile."
}
