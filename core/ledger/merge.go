package ledger

import (
	"errors"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// Identity is what makes two entries the same decision for Merge: the
// same time (At, to the millisecond), the same action and the same
// person, who is the invitation key when the entry has one, else the
// normalised profile URL (NormalizeURL), else the folded name (FoldName).
// An entry with a key and one without are never the same.
func (e *Entry) Identity() string {
	who := "k:" + e.Key
	switch {
	case e.Key != "":
	case e.ProfileURL != "":
		who = "u:" + NormalizeURL(e.ProfileURL)
	default:
		who = "n:" + FoldName(e.Name)
	}
	return strconv.FormatInt(e.At, 10) + "\x00" + e.Action + "\x00" + who
}

// MergeResult counts what Merge did.
type MergeResult struct {
	Added      int // incoming entries that were new (before rotation)
	Duplicates int // incoming entries already in the log, or repeated in the batch
	Dropped    int // entries rotated out to keep the limit (old or new)
	Invalid    int // entries that could not be read (set by the importers)
	// Completed counts the duplicates that gave the log's entry members
	// it lacked that this version does not read (adopt).
	Completed int
}

// Merge adds the incoming entries that the log does not hold yet (see
// Identity), keeps the log in time order (oldest first; entries without a
// time count as the oldest, and entries with equal times keep their
// order, the log's own first), and rotates the oldest out beyond the
// limit. An incoming entry the log holds gives the log's entry the
// members a newer version wrote that it lacks (adopt).
func (l *Log) Merge(incoming []Entry) MergeResult {
	var r MergeResult
	seen := make(map[string]int, len(l.Entries)+len(incoming)) // → index in l.Entries
	for i := range l.Entries {
		seen[l.Entries[i].Identity()] = i
	}
	for i := range incoming {
		id := incoming[i].Identity()
		if j, ok := seen[id]; ok {
			r.Duplicates++
			if l.Entries[j].adopt(&incoming[i]) {
				r.Completed++
			}
			continue
		}
		seen[id] = len(l.Entries)
		l.Entries = append(l.Entries, incoming[i])
		r.Added++
	}
	if r.Added > 0 {
		slices.SortStableFunc(l.Entries, func(a, b Entry) int {
			switch {
			case a.At < b.At:
				return -1
			case a.At > b.At:
				return 1
			}
			return 0
		})
	}
	r.Dropped = l.trim()
	return r
}

// adopt gives e the members of o's stored object (o is the same entry,
// read elsewhere: an import) that this version does not read and e's
// lacks, and reports whether there were any: a newer version's members,
// and reason_parts of a shape this version cannot read (not null) when e
// has no parts at all. e's own stay as they are.
func (e *Entry) adopt(o *Entry) bool {
	var add map[string]any
	for k, v := range o.src {
		if _, held := e.src[k]; held {
			continue
		}
		if knownKey(k) && (v == nil || k != "reason_parts" || len(e.ReasonParts) > 0 || readableParts(v)) {
			continue
		}
		if add == nil {
			add = maps.Clone(e.src)
			if add == nil {
				add = map[string]any{}
			}
		}
		add[k] = v
	}
	if add != nil {
		e.src = add
	}
	return add != nil
}

// knownKey reports whether this version reads the member k of an entry
// object.
func knownKey(k string) bool {
	var e Entry
	for _, f := range e.fields() {
		if f.name == k {
			return true
		}
	}
	switch k {
	case "at", "score", "flags", "bulk", "reason_parts":
		return true
	}
	return false
}

// Format names an import file's format.
const (
	FormatJSON = "json"
	FormatCSV  = "csv"
)

// ImportResult is the outcome of Import: the counts, and the rows or
// entries that were skipped, each described (at most MaxProblems).
type ImportResult struct {
	MergeResult
	Problems []string
}

// MaxProblems caps the skipped rows described in an ImportResult.
const MaxProblems = 20

// Import reads an exported log and merges it into l. format is
// FormatJSON, FormatCSV or "" to tell from the text; for JSON, tree is the
// parsed text (JSON.parse in the browser, encoding/json natively) and
// text is not read again, and parseErr is the parser's error, if any.
//
// The JSON form is the one Log.Tree gives and chrome.storage.local holds:
// a list of entry objects. The CSV form is CSV's.
//
// A file that is not a decision log (not JSON or CSV, the wrong shape, an
// unusable header, or no entry that can be read) is refused: the error
// says why and l is unchanged. Otherwise the entries that can be read are
// merged (Merge) and the others counted as invalid.
func (l *Log) Import(format, text string, tree any, parseErr error) (ImportResult, error) {
	if format == "" {
		format = DetectFormat(text)
	}
	var (
		entries []Entry
		bad     []string
	)
	switch format {
	case FormatJSON:
		if parseErr != nil {
			return ImportResult{}, errors.New("not valid JSON: " + parseErr.Error())
		}
		list, ok := tree.([]any)
		if !ok {
			return ImportResult{}, errors.New("not a Vetted decision log: the JSON is not a list of entries")
		}
		for i, item := range list {
			e, err := EntryFromTree(item)
			if err != nil {
				bad = append(bad, "entry "+strconv.Itoa(i+1)+": "+err.Error())
				continue
			}
			entries = append(entries, e)
		}
	case FormatCSV:
		var err error
		entries, bad, err = ReadCSV(text)
		if err != nil {
			return ImportResult{}, err
		}
	default:
		return ImportResult{}, errors.New("unknown format " + quote(format) + " (json or csv)")
	}
	if len(entries) == 0 && len(bad) > 0 {
		return ImportResult{}, errors.New("no entry could be read: " + bad[0])
	}
	r := ImportResult{MergeResult: l.Merge(entries)}
	r.Invalid = len(bad)
	if len(bad) > MaxProblems {
		bad = append(bad[:MaxProblems:MaxProblems], "and "+strconv.Itoa(len(bad)-MaxProblems)+" more")
	}
	r.Problems = bad
	return r, nil
}

// DetectFormat tells JSON from CSV by the first character that is not
// white space or a byte order mark: [ or { is JSON.
func DetectFormat(text string) string {
	t := strings.TrimLeft(strings.TrimPrefix(text, bom), " \t\r\n")
	if t != "" && (t[0] == '[' || t[0] == '{') {
		return FormatJSON
	}
	return FormatCSV
}
