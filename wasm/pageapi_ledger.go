//go:build js && wasm && pages

package main

import (
	"strconv"
	"syscall/js"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/jsontree"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/settings"
)

// ledgerAPI adds the decision log page's functions (extension/ledger.js)
// to vettedCore. entries is always the stored log as chrome.storage.local
// holds it (Log.Tree: a list of entry objects, oldest first; anything
// else is kept whole, as ledger.Decode does); the logic is
// core/ledger's, this is conversion only. Every log these functions return
// for the page to store keeps the stored items they cannot read, as they
// were, first (ledger.Log.Unreadable).
//
//   - ledgerCSV(entries) → the CSV export (ledger.CSV) as a string;
//     entries that cannot be read are left out.
//   - ledgerImport(current, text, format, limit) → {ok: true, entries,
//     added, duplicates, dropped, invalid, completed, damaged, problems}
//     with entries the merged log to store (completed: duplicates that
//     gave the stored entry members a newer version wrote; damaged: stored
//     entries that could not be read, kept in it as they are), or {ok:
//     false, error} for a file that
//     is not a decision log (format: "json", "csv" or "" to tell from the
//     text).
//   - ledgerFilter(entries, query) → {ok, rows, total, invalid, problem,
//     maxUnreadable}: invalid counts the stored items that cannot be read
//     (a stored log that is not a list is one), problem names the first;
//     rows are the entries query selects ({text, action, site, outcome, from, to}, times
//     in Unix ms, see ledger.Query), newest first, each row {index, name,
//     headline, link, at, site, action, outcome, type, recommendation,
//     level, score, flags, reason, actionLabel, outcomeLabel, typeLabel,
//     levelLabel, bulk} where link is the profile URL only when it is
//     safe to link to (ledger.ProfileLink), else "", reason the reason and
//     the labels the action, outcome, type and level in the page's
//     language (ledger.ReasonIn, LabelsIn with pageMessages). The text
//     matches these as well as the stored words.
//   - ledgerTrim(entries, limit) → {entries, dropped}: the log cut to limit.
//   - ledgerRestore(stored, recent, limit) → {entries, restored}: the
//     stored log with the entries of recent (entries the page saved a
//     moment ago) that another writer's stale write lost put back
//     (ledger.Log.Lost, AddNew); restored 0 means nothing to write.
//   - ledgerSettings(settingsTree) → {ok, limit, error, min, max}: the
//     ledger limit the extension applies (the default when the settings
//     are absent, settings.KeepLimit when invalid), whether the tree is
//     valid (read as storage is, settings.FromStored: a newer version's
//     settings aside) and why not.
func ledgerAPI(api js.Value) {
	api.Set("ledgerCSV", pageFunc(func(args []js.Value) any {
		return ledger.CSV(readEntries(arg(args, 0)))
	}))
	api.Set("ledgerImport", pageFunc(func(args []js.Value) any {
		return pageLedgerImport(arg(args, 0), arg(args, 1), arg(args, 2), arg(args, 3))
	}))
	api.Set("ledgerFilter", pageFunc(func(args []js.Value) any {
		return pageLedgerFilter(arg(args, 0), arg(args, 1))
	}))
	api.Set("ledgerTrim", pageFunc(func(args []js.Value) any {
		l := readLog(arg(args, 0))
		dropped := l.SetLimit(intArg(arg(args, 1)))
		out := jsObject.New()
		out.Set("entries", js.ValueOf(l.Tree()))
		out.Set("dropped", dropped)
		return out
	}))
	api.Set("ledgerRestore", pageFunc(func(args []js.Value) any {
		l := readLog(arg(args, 0))
		l.Limit = intArg(arg(args, 2))
		restored := l.AddNew(l.Lost(readEntries(arg(args, 1))))
		out := jsObject.New()
		out.Set("entries", js.ValueOf(l.Tree()))
		out.Set("restored", restored)
		return out
	}))
	api.Set("ledgerSettings", pageFunc(func(args []js.Value) any {
		tree := treeArg(args, 0)
		out := jsObject.New()
		out.Set("min", settings.MinLedgerLimit)
		out.Set("max", settings.MaxLedgerLimit)
		s, err := settings.Writable(tree, knownRule)
		if err != nil {
			out.Set("ok", false)
			out.Set("error", err.Error())
			out.Set("limit", settings.KeepLimit(tree))
			return out
		}
		out.Set("ok", true)
		out.Set("limit", s.LedgerLimit)
		return out
	}))
}

func arg(args []js.Value, i int) js.Value {
	if i < len(args) {
		return args[i]
	}
	return js.Undefined()
}

func intArg(v js.Value) int {
	if v.Type() != js.TypeNumber {
		return 0
	}
	f := v.Float()
	if f != f || f < 0 || f > 1e9 {
		return 0
	}
	return int(f)
}

func strArg(v js.Value) string {
	if v.Type() != js.TypeString {
		return ""
	}
	return v.String()
}

// readLog decodes the stored log to change and store again: without a
// limit, the items it cannot read kept as they are (ledger.Decode).
func readLog(v js.Value) *ledger.Log {
	l, _ := ledger.Decode(toTree(v))
	return l
}

// readEntries decodes a stored list's entries, for reading only (the
// items it cannot read are left out).
func readEntries(v js.Value) []ledger.Entry { return readLog(v).Entries }

func pageLedgerImport(current, text, format, limit js.Value) js.Value {
	out := jsObject.New()
	fail := func(msg string) js.Value {
		out.Set("ok", false)
		out.Set("error", msg)
		return out
	}
	if text.Type() != js.TypeString {
		return fail("no file text")
	}
	f, s := strArg(format), text.String()
	if f == "" {
		f = ledger.DetectFormat(s)
	}
	var (
		tree     any
		parseErr error
	)
	if f == ledger.FormatJSON { // as dataImport: a file nested too deep is refused, not cut
		tree, parseErr = jsontree.Parse(trimBOM(s))
	}
	return importInto(current, limit, f, s, tree, parseErr)
}

// importInto merges a file (format f, its text s, for JSON its parsed
// tree or parseErr) into the stored log current, as ledgerImport returns
// it.
func importInto(current, limit js.Value, f, s string, tree any, parseErr error) js.Value {
	out := jsObject.New()
	fail := func(msg string) js.Value {
		out.Set("ok", false)
		out.Set("error", msg)
		return out
	}
	l := readLog(current) // a stored log that is not a list is kept whole
	l.Limit = intArg(limit)
	r, err := l.Import(f, s, tree, parseErr)
	if err != nil {
		return fail(err.Error())
	}
	out.Set("ok", true)
	out.Set("entries", js.ValueOf(l.Tree()))
	out.Set("added", r.Added)
	out.Set("duplicates", r.Duplicates)
	out.Set("dropped", r.Dropped)
	out.Set("invalid", r.Invalid)
	out.Set("completed", r.Completed)
	out.Set("damaged", len(l.Unreadable))
	probs := jsArray.New(len(r.Problems))
	for i, p := range r.Problems {
		probs.SetIndex(i, p)
	}
	out.Set("problems", probs)
	return out
}

func trimBOM(s string) string {
	if len(s) >= 3 && s[:3] == "\ufeff" {
		return s[3:]
	}
	return s
}

func pageLedgerFilter(entries, query js.Value) js.Value {
	var q ledger.Query
	if query.Type() == js.TypeObject {
		q = ledger.Query{
			Text: strArg(query.Get("text")), Action: strArg(query.Get("action")),
			Site: card.Site(strArg(query.Get("site"))), Outcome: strArg(query.Get("outcome")),
		}
		if v := query.Get("from"); v.Type() == js.TypeNumber {
			q.From = int64(v.Float())
		}
		if v := query.Get("to"); v.Type() == js.TypeNumber {
			q.To = int64(v.Float())
		}
	}
	q.Messages = pageMessages
	sel, total, re := ledger.Select(toTree(entries), &q)
	rows := jsArray.New(len(sel))
	for k := range sel {
		rows.SetIndex(k, ledgerRow(sel[k].Index, &sel[k].Entry))
	}
	invalid, problem := 0, ""
	if re != nil {
		invalid, problem = re.Unreadable, re.Problems[0]
	}
	out := jsObject.New()
	out.Set("ok", true)
	out.Set("rows", rows)
	out.Set("total", total)
	out.Set("invalid", invalid)
	out.Set("problem", problem)
	out.Set("maxUnreadable", ledger.MaxUnreadable)
	return out
}

func ledgerRow(i int, e *ledger.Entry) js.Value {
	o := jsObject.New()
	o.Set("index", i)
	o.Set("name", e.Name)
	o.Set("headline", e.Headline)
	o.Set("link", ledger.ProfileLink(e.ProfileURL))
	o.Set("profile_url", e.ProfileURL)
	o.Set("key", e.Key)
	o.Set("at", float64(e.At))
	o.Set("site", string(e.Site))
	o.Set("action", e.Action)
	outcome := e.Outcome
	if outcome == "" {
		outcome = ledger.Done
	}
	o.Set("outcome", outcome)
	o.Set("type", e.Type)
	o.Set("recommendation", e.Recommendation)
	o.Set("level", e.Level)
	o.Set("score", e.Score)
	flags := jsArray.New(len(e.Flags))
	for j, f := range e.Flags {
		flags.SetIndex(j, f)
	}
	o.Set("flags", flags)
	o.Set("reason", ledger.ReasonIn(e, pageMessages))
	l := ledger.LabelsIn(e, pageMessages)
	o.Set("actionLabel", l.Action)
	o.Set("outcomeLabel", l.Outcome)
	o.Set("typeLabel", l.Type)
	o.Set("levelLabel", l.Level)
	o.Set("bulk", e.Bulk)
	return o
}

// messageTexts holds pageMessages' answers by message name.
var messageTexts = map[string]string{}

// pageMessages is ledger.Messages in the page's language, from the
// browser's chrome.i18n.getMessage, so the core words a reason as the
// browser words the page: each message asked for once, with markers as
// its nine arguments, which become $1…$9 (and a dollar sign of the text
// $$). "" without the extension API or the message.
func pageMessages(key string) string {
	if t, ok := messageTexts[key]; ok {
		return t
	}
	t := ""
	if api := extAPI(); !api.IsUndefined() {
		if i := api.Get("i18n"); i.Type() == js.TypeObject && i.Get("getMessage").Type() == js.TypeFunction {
			marks := jsArray.New(i18n.MaxArgs)
			for k := range i18n.MaxArgs {
				marks.SetIndex(k, string(rune(argMark))+strconv.Itoa(k+1))
			}
			if v, ok := call(i, "getMessage", key, marks); ok && v.Type() == js.TypeString {
				t = substForm(v.String())
			}
		}
	}
	messageTexts[key] = t
	return t
}

// argMark starts the marker pageMessages passes getMessage for an
// argument: argMark and its number.
const argMark = '\x01'

// substForm turns a message getMessage gave with pageMessages' markers
// into i18n.Substitute's form.
func substForm(s string) string {
	b := make([]byte, 0, len(s)+8)
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '$':
			b = append(b, '$', '$')
		case c == argMark && i+1 < len(s) && s[i+1] >= '1' && s[i+1] <= '9':
			b = append(b, '$', s[i+1])
			i++
		default:
			b = append(b, c)
		}
	}
	return string(b)
}
