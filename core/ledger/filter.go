package ledger

import (
	"strings"

	"github.com/vetted/vetted/core/card"
)

// Query selects entries for the decision log page. Every set field must
// match; the zero Query matches everything.
type Query struct {
	// Text is free text: every word of it must occur, ignoring case, in
	// one of the entry's name, headline, profile URL, key, site, action,
	// outcome, type, recommendation, level, flags or reason, as stored
	// and, for the reason, action, outcome, type and level, as the page
	// shows them in Messages' language.
	Text    string
	Action  string    // exactly this action
	Site    card.Site // exactly this site
	Outcome string    // exactly this outcome; "done" also matches an empty outcome
	// From and To bound At in Unix milliseconds, From inclusive and To
	// exclusive; 0 is no bound. An entry without a time never matches a
	// bound.
	From, To int64
	// Messages words the reason and the labels in the reader's language
	// (ReasonIn, LabelsIn); nil searches the stored words only.
	Messages Messages
}

// Match reports whether e is selected by q.
func (q *Query) Match(e *Entry) bool {
	if q.Action != "" && e.Action != q.Action {
		return false
	}
	if q.Site != "" && e.Site != q.Site {
		return false
	}
	if q.Outcome != "" && outcome(e) != q.Outcome {
		return false
	}
	if q.From > 0 && (e.At <= 0 || e.At < q.From) {
		return false
	}
	if q.To > 0 && (e.At <= 0 || e.At >= q.To) {
		return false
	}
	words := strings.Fields(strings.ToLower(q.Text))
	if len(words) == 0 {
		return true
	}
	hay := searchText(e, q.Messages)
	for _, w := range words {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// Selected is an entry the decision log page lists, with its index in
// the stored list.
type Selected struct {
	Index int
	Entry Entry
}

// Select reads a stored log as Decode does and returns the entries q
// selects, newest first, how many entries it read, and, when stored items
// cannot be read, the *ReadError that says how many and names the first.
func Select(v any, q *Query) (sel []Selected, total int, re *ReadError) {
	var index []int
	l, err := decode(v, &index)
	re, _ = err.(*ReadError)
	for k := len(l.Entries) - 1; k >= 0; k-- {
		if q.Match(&l.Entries[k]) {
			sel = append(sel, Selected{Index: index[k], Entry: l.Entries[k]})
		}
	}
	return sel, len(l.Entries), re
}

func outcome(e *Entry) string {
	if e.Outcome == "" {
		return Done
	}
	return e.Outcome
}

// searchText is e's searchable text, lower case, one field a line so no
// word matches across two fields; with msgs, the reason and the labels as
// the page shows them too (ReasonIn, LabelsIn).
func searchText(e *Entry, msgs Messages) string {
	var b strings.Builder
	for _, f := range e.fields() {
		b.WriteString(*f.v)
		b.WriteByte('\n')
	}
	b.WriteString(outcome(e))
	for _, f := range e.Flags {
		b.WriteByte('\n')
		b.WriteString(f)
	}
	if msgs != nil {
		l := LabelsIn(e, msgs)
		for _, t := range [...]string{ReasonIn(e, msgs), l.Action, l.Outcome, l.Type, l.Level} {
			b.WriteByte('\n')
			b.WriteString(t)
		}
	}
	return strings.ToLower(b.String())
}

// Filter returns the indexes of the entries q selects, in log order.
func (l *Log) Filter(q Query) []int {
	out := []int{}
	for i := range l.Entries {
		if q.Match(&l.Entries[i]) {
			out = append(out, i)
		}
	}
	return out
}

// profileHosts are the hosts of the supported sites whose profile URLs
// the decision log page links to.
var profileHosts = map[string]bool{
	"www.linkedin.com": true, "linkedin.com": true,
	"www.facebook.com": true, "facebook.com": true,
	"x.com": true, "twitter.com": true,
	"www.instagram.com": true, "instagram.com": true,
	"www.xing.com": true, "xing.com": true,
}

// ProfileLink returns u when it is safe to link to: an https URL on one
// of the supported sites (exact host, no user info, no port), with no
// white space, control character or backslash anywhere. Otherwise it
// returns "" and the page shows the name as text only.
func ProfileLink(u string) string {
	rest, ok := strings.CutPrefix(u, "https://")
	if !ok || len(u) > 2000 {
		return ""
	}
	for i := 0; i < len(u); i++ {
		if c := u[i]; c <= ' ' || c == 0x7f || c == '\\' {
			return ""
		}
	}
	if strings.ContainsRune(u, '\u00a0') {
		return ""
	}
	host := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		host = rest[:i]
	}
	if !profileHosts[strings.ToLower(host)] {
		return ""
	}
	return u
}
