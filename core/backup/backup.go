package backup

import (
	"errors"
	"strconv"

	"github.com/vetted/vetted/core/learn"
)

// Format marks an export file; Version is its version.
const (
	Format  = "vetted-export"
	Version = 1
)

// Export returns the JSON tree of an export file of the decision log
// (Log.Tree, or the list as stored) and the learnt state as stored (nil
// when nothing was learnt), exported at the time at (Unix milliseconds).
// Both are written as they are, so that nothing stored is left out.
func Export(ledger []any, learnt any, at int64) map[string]any {
	if ledger == nil {
		ledger = []any{}
	}
	out := map[string]any{"format": Format, "version": float64(Version), "exported_at": float64(at), "ledger": ledger}
	if learnt != nil {
		out["learnt"] = learnt
	}
	return out
}

// File is what an import file holds.
type File struct {
	// Ledger is the decision log's list of entries (for ledger.Log.Import)
	// when HasLedger.
	Ledger    []any
	HasLedger bool
	// Learnt is the validated learnt state when HasLearnt.
	Learnt    *learn.Model
	HasLearnt bool
}

// Read reads the parsed JSON of an import file: an export (Export), a
// decision log alone (a list) or a learnt state alone (an object with a
// version and features). Anything else, and a file whose learnt state does
// not validate (learn.FromTree), is refused with an error that says why.
func Read(tree any) (File, error) {
	var f File
	switch v := tree.(type) {
	case []any:
		f.Ledger, f.HasLedger = v, true
		return f, nil
	case map[string]any:
		if v["format"] == Format {
			return readExport(v)
		}
		if _, ok := v["features"]; ok {
			return readLearnt(v, f)
		}
		if _, ok := v["seq"]; ok {
			return readLearnt(v, f)
		}
	}
	return f, errors.New("not a Vetted decision log: the JSON is not a list of entries, a Vetted export or a learnt state")
}

func readExport(o map[string]any) (File, error) {
	var f File
	if ver, ok := o["version"].(float64); !ok || ver != Version {
		return f, errors.New("a Vetted export of an unknown version (this version of Vetted reads version " + strconv.Itoa(Version) + ")")
	}
	switch l := o["ledger"].(type) {
	case nil:
	case []any:
		f.Ledger, f.HasLedger = l, true
	default:
		return f, errors.New("the export's decision log (ledger) is not a list of entries")
	}
	if s, ok := o["learnt"]; ok && s != nil {
		return readLearnt(s, f)
	}
	if !f.HasLedger {
		return f, errors.New("the export holds neither a decision log nor a learnt state")
	}
	return f, nil
}

func readLearnt(v any, f File) (File, error) {
	m, err := learn.FromTree(v)
	if err != nil {
		return File{}, errors.New("what Vetted learnt does not validate: " + err.Error())
	}
	f.Learnt, f.HasLearnt = m, true
	return f, nil
}
