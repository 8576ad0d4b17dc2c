package ledger

import (
	"errors"
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/jsontree"
)

// DayMS is a day in milliseconds.
const DayMS = 24 * 60 * 60 * 1000

// DefaultLimit is the number of entries kept when no limit is configured.
const DefaultLimit = 1000

// Outcomes of an action, as recorded.
const (
	Done      = "done"       // the page showed the change
	Refused   = "refused"    // Vetted refused to act (the card changed, the control did not name the person)
	NeedsUser = "needs-user" // the page's control must be clicked by the user
	Stopped   = "stopped"    // a security check or unexpected page state stopped the action
	Failed    = "failed"     // the page did not change in time
)

// Entry is one action taken on one invitation.
type Entry struct {
	Name       string
	Headline   string // the card's headline at the time, if it had one
	ProfileURL string
	Key        string
	Site       card.Site
	Action     string // accept, ignore, ask, accept-thanks, ignore-report, block
	Outcome    string // done, refused, needs-user, stopped, failed; empty means done
	// At is when, in milliseconds since the Unix epoch (0: unknown). Not
	// a time.Time: package time would add about 200 KB to core.wasm.
	At int64

	// The verdict at the time of the action.
	Type           string
	Recommendation string
	Level          string
	Score          int
	Flags          []string // rule IDs
	Reason         string   // the verdict's one-line why, in the core's words
	// ReasonParts is Reason as messages of the extension's _locales
	// (verdict.Verdict.ReasonParts), for the decision log page to show in
	// the user's language; entries logged before it was kept have none
	// and show Reason.
	ReasonParts []i18n.Message

	// Bulk marks an action taken by a bulk run (core/bulk), which counts
	// against the hourly cap.
	Bulk bool

	// src is the stored object when it has members this version does not
	// read (a newer version's) or reason_parts it cannot read: Tree
	// writes them back as they were.
	src map[string]any
}

// Log is a bounded list of entries, oldest first.
type Log struct {
	Limit   int // most entries kept; DefaultLimit when 0 or less
	Entries []Entry
	// Unreadable holds the stored items that do not decode as entries
	// (damaged, or a newer version's), as they were stored, so that
	// writing the log back keeps them for a later version or the user
	// (the JSON export holds the stored list). Tree writes them first.
	// They do not count against Limit; at most MaxUnreadable are kept.
	Unreadable []any
}

// MaxUnreadable is the most unreadable items a log keeps (Log.Unreadable).
// This version never writes such items; the bound only stops another
// writer's from growing the stored log for ever. Beyond it the first
// stored go first, and the decoder's ReadError says how many.
const MaxUnreadable = 1000

// New returns an empty log keeping at most limit entries.
func New(limit int) *Log { return &Log{Limit: limit} }

// limit is not inlined: its copies at 13 calls cost core.wasm 2.5 KB.
//
//go:noinline
func (l *Log) limit() int {
	if l.Limit <= 0 {
		return DefaultLimit
	}
	return l.Limit
}

// Add appends an entry and rotates the oldest entries out beyond the limit.
// It returns the number of entries dropped.
func (l *Log) Add(e Entry) int {
	l.Entries = append(l.Entries, e)
	return l.trim()
}

// SetLimit changes the limit and trims the log to it.
//
// Not inlined: its copies at 5 calls cost core.wasm 0.7 KB.
//
//go:noinline
func (l *Log) SetLimit(n int) int {
	l.Limit = n
	return l.trim()
}

// trim is not inlined: its copies at 11 calls cost core.wasm 2.9 KB.
//
//go:noinline
func (l *Log) trim() int {
	over := len(l.Entries) - l.limit()
	if over <= 0 {
		return 0
	}
	// Drop from the front without copying the rest: a full log gets one
	// entry per action, and copying it each time made adding O(limit). The
	// dropped entries' memory goes when append next moves the array.
	l.Entries = l.Entries[over:]
	return over
}

// Prior returns the earlier decisions on the sender of c, oldest first:
// entries that match by invitation key, by profile URL or by folded name
// on the same site, and whose action was carried out (outcome done). The
// action is reduced to its decision: accept-thanks counts as accept and
// ignore-report as ignore. now (Unix milliseconds) dates the entries
// (AgeDays). To ask for many cards, build an Index once instead.
func (l *Log) Prior(c *card.Card, now int64) []flag.Prior {
	if l == nil {
		return nil
	}
	return l.Index().Prior(c, now)
}

// Index finds a log's entries by invitation key, normalised profile URL
// and folded name, so that judging a page asks the log once per card
// without normalising every entry again for every card. It is a snapshot
// of the log when it was built: build a new one after the log changes.
type Index struct {
	entries              []Entry
	byKey, byURL, byName map[string][]int // → entry positions, ascending
}

// Index builds the log's index.
func (l *Log) Index() *Index {
	x := &Index{byKey: map[string][]int{}, byURL: map[string][]int{}, byName: map[string][]int{}}
	if l == nil {
		return x
	}
	x.entries = l.Entries
	for i := range l.Entries {
		e := &l.Entries[i]
		if e.Key != "" {
			x.byKey[e.Key] = append(x.byKey[e.Key], i)
		}
		if u := NormalizeURL(e.ProfileURL); u != "" {
			x.byURL[u] = append(x.byURL[u], i)
		}
		if n := FoldName(e.Name); n != "" {
			x.byName[n] = append(x.byName[n], i)
		}
	}
	return x
}

// Prior is Log.Prior on the indexed snapshot.
func (x *Index) Prior(c *card.Card, now int64) []flag.Prior {
	if x == nil || c == nil {
		return nil
	}
	var hits []int
	if c.Key != "" {
		hits = append(hits, x.byKey[c.Key]...)
	}
	if u := NormalizeURL(c.ProfileURL); u != "" {
		hits = append(hits, x.byURL[u]...)
	}
	if n := FoldName(c.Name); n != "" {
		hits = append(hits, x.byName[n]...)
	}
	if len(hits) == 0 {
		return nil
	}
	// Each list is ascending and short: an insertion sort puts them in log
	// order (no generic sort linked into core.wasm for this).
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j] < hits[j-1]; j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
	var out []flag.Prior
	for k, i := range hits {
		if k > 0 && hits[k-1] == i {
			continue // found by more than one of key, URL and name
		}
		e := &x.entries[i]
		if e.Outcome != "" && e.Outcome != Done {
			continue
		}
		if e.Site != "" && c.Site != "" && e.Site != c.Site {
			continue
		}
		age := -1
		if e.At > 0 && now > 0 {
			age = 0
			if d := now - e.At; d > 0 {
				age = int(d / DayMS)
			}
		}
		out = append(out, flag.Prior{Action: Decision(e.Action), AgeDays: age})
	}
	return out
}

// Decision reduces an action to the decision it carries for the
// repeat-invite rule: accept-thanks is accept, ignore-report is ignore.
func Decision(action string) string {
	switch action {
	case "accept-thanks":
		return "accept"
	case "ignore-report":
		return "ignore"
	}
	return action
}

// FoldName folds a name for matching: lower case, single spaces, no
// surrounding space.
func FoldName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// NormalizeURL reduces a profile URL for matching: no scheme, no "www.",
// no query or fragment, no trailing slash, lower-case host.
func NormalizeURL(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if i := strings.IndexAny(s, "?#"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	host, path, _ := strings.Cut(s, "/")
	host = strings.TrimPrefix(strings.ToLower(host), "www.")
	path = strings.TrimRight(path, "/")
	if path == "" {
		return host
	}
	return host + "/" + path
}

// Tree encodes the log as a generic JSON tree: the unreadable items as
// they were stored, then the entries, oldest first. Times are
// milliseconds since the Unix epoch.
func (l *Log) Tree() []any {
	out := make([]any, 0, len(l.Unreadable)+len(l.Entries))
	out = append(out, l.Unreadable...)
	for i := range l.Entries {
		out = append(out, l.Entries[i].Tree())
	}
	return out
}

// Tree encodes one entry as a JSON object; empty fields are left out.
// An entry read from an object with members this version does not read
// (EntryFromTree) is written as that object with every field this version
// knows set, empty ones as empty, so that those members stay as they
// were; stored reason_parts this version cannot read stay as stored
// while the entry holds none of its own.
func (e *Entry) Tree() map[string]any {
	m := jsontree.Over(e.src)
	all := e.src != nil
	for _, f := range e.fields() {
		if *f.v != "" || all {
			m[f.name] = *f.v
		}
	}
	if e.At > 0 || all {
		m["at"] = float64(e.At)
	}
	m["score"] = float64(e.Score)
	if len(e.Flags) > 0 || all {
		fs := make([]any, len(e.Flags))
		for i, f := range e.Flags {
			fs[i] = f
		}
		m["flags"] = fs
	}
	if len(e.ReasonParts) > 0 {
		m["reason_parts"] = reasonPartsTree(e.ReasonParts)
	} else if all && readableParts(m["reason_parts"]) {
		delete(m, "reason_parts") // cleared: stored parts this version read
	}
	if e.Bulk || all {
		m["bulk"] = e.Bulk
	}
	return m
}

// field is one string field of an entry and its JSON name.
type field struct {
	name string
	v    *string
}

// fields lists the entry's string fields in their JSON order.
func (e *Entry) fields() [11]field {
	return [11]field{
		{"name", &e.Name}, {"headline", &e.Headline}, {"profile_url", &e.ProfileURL}, {"key", &e.Key},
		{"site", (*string)(&e.Site)}, {"action", &e.Action}, {"outcome", &e.Outcome},
		{"type", &e.Type}, {"recommendation", &e.Recommendation}, {"level", &e.Level},
		{"reason", &e.Reason},
	}
}

// FromTree decodes a log from a generic JSON tree (a list of entry
// objects) and rotates the oldest entries out beyond limit. Items that
// cannot be decoded are kept as they are in Unreadable (at most
// MaxUnreadable) and reported in the returned error, a *ReadError; the
// entries that could be decoded are always returned. A nil tree is an
// empty log.
func FromTree(v any, limit int) (*Log, error) {
	l, err := Decode(v)
	l.Limit = limit
	l.trim()
	return l, err
}

// Decode is FromTree without a limit: every entry that decodes is kept.
func Decode(v any) (*Log, error) { return decode(v, nil) }

// decode is Decode that also appends to index, when it is not nil, each
// entry's index in the stored list (Select).
func decode(v any, index *[]int) (*Log, error) {
	l := New(0)
	if v == nil {
		return l, nil
	}
	list, ok := v.([]any)
	if !ok { // kept whole: writing the log back puts it first
		l.Unreadable = []any{v}
		return l, &ReadError{Unreadable: 1, Problems: []string{"the stored log is not a list of entries"}}
	}
	var re ReadError
	for i, item := range list {
		e, err := EntryFromTree(item)
		if err != nil {
			re.Unreadable++
			if len(re.Problems) < MaxProblems {
				re.Problems = append(re.Problems, "entry "+strconv.Itoa(i)+": "+err.Error())
			}
			l.Unreadable = append(l.Unreadable, item)
			continue
		}
		l.Entries = append(l.Entries, e)
		if index != nil {
			*index = append(*index, i)
		}
	}
	if re.Unreadable == 0 {
		return l, nil
	}
	if over := len(l.Unreadable) - MaxUnreadable; over > 0 {
		l.Unreadable = l.Unreadable[over:]
		re.Dropped = over
	}
	return l, &re
}

// ReadError is Decode's and FromTree's error when stored items could not
// be read: how many, how many of them beyond MaxUnreadable are not kept,
// and the first problems (at most MaxProblems). Its text is the problem
// told to the user, with the first of them.
type ReadError struct {
	Unreadable int
	Dropped    int
	Problems   []string
}

func (e *ReadError) Error() string {
	s := "Vetted cannot read " + strconv.Itoa(e.Unreadable) + " of the entries in its decision log (damaged, or written by a newer version); it keeps them as they are, and the JSON export of the decision log page includes them."
	if e.Dropped > 0 {
		// 1000 is MaxUnreadable, written out: core.wasm's size.
		s += " It keeps at most 1000 such entries: the " + strconv.Itoa(e.Dropped) + " stored first go at the next save."
	}
	if len(e.Problems) > 0 {
		s += " The first: " + e.Problems[0] + "."
	}
	return s
}

// EntryFromTree decodes one entry object. An object with members this
// version does not read (a newer version's) or reason_parts it cannot
// read is kept in the entry as it is, for Tree.
func EntryFromTree(v any) (Entry, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return Entry{}, errors.New("not an object")
	}
	var e Entry
	n := 0 // the members read
	for _, f := range e.fields() {
		switch x := m[f.name].(type) {
		case nil:
		case string:
			*f.v = x
			n++
		default:
			return Entry{}, errors.New(f.name + ": not a string")
		}
	}
	if e.Action == "" {
		return Entry{}, errors.New("action: missing")
	}
	if e.Name == "" && e.Key == "" && e.ProfileURL == "" {
		return Entry{}, errors.New("no name, key or profile URL")
	}
	switch at := m["at"].(type) {
	case nil:
	case float64:
		e.At = int64(at)
		n++
	default:
		return Entry{}, errors.New("at: not a number")
	}
	switch s := m["score"].(type) {
	case nil:
	case float64:
		e.Score = int(s)
		n++
	default:
		return Entry{}, errors.New("score: not a number")
	}
	switch fs := m["flags"].(type) {
	case nil:
	case []any:
		for _, f := range fs {
			s, ok := f.(string)
			if !ok {
				return Entry{}, errors.New("flags: not a list of strings")
			}
			e.Flags = append(e.Flags, s)
		}
		n++
	default:
		return Entry{}, errors.New("flags: not a list")
	}
	switch b := m["bulk"].(type) {
	case nil:
	case bool:
		e.Bulk = b
		n++
	default:
		return Entry{}, errors.New("bulk: not a boolean")
	}
	if ps := m["reason_parts"]; ps != nil {
		// Display only, with Reason as the fallback: malformed parts (or a
		// later version's shape) are not shown, the entry is kept, and so
		// are they, as stored (Tree).
		var err error
		if e.ReasonParts, err = reasonPartsFromTree(ps); err == nil {
			n++
		}
	}
	if len(m) > n { // a newer version's members (or null ones): kept
		e.src = m
	}
	return e, nil
}
