package ledger

import (
	"errors"
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/card"
)

// CSVColumns are the CSV export's columns, in order: "at" is the time as
// ISO 8601 UTC text (ISOTime), "at_ms" the same time in Unix
// milliseconds, "flags" the rule IDs separated by spaces, "reason_parts"
// the reason's parts as JSON text (the JSON form's list, or empty), "bulk"
// "true" or empty; the others are the entry's fields under their JSON
// names.
var CSVColumns = []string{
	"at", "at_ms", "name", "headline", "profile_url", "key", "site", "action", "outcome",
	"type", "recommendation", "level", "score", "flags", "reason", "reason_parts", "bulk",
}

// bom starts the export so spreadsheets read it as UTF-8; import skips it.
const bom = "\ufeff"

// CSV writes the entries as CSV (RFC 4180: CRLF line ends, fields with a
// comma, quote or line break in double quotes, quotes doubled), after a
// UTF-8 byte order mark: one header row (CSVColumns), then one row per
// entry in the given order.
//
// Against spreadsheet formula injection, a cell that starts with = + - @,
// a tab, a carriage return or an apostrophe gets a leading apostrophe,
// which spreadsheets show as text and ReadCSV removes again, so every
// value round-trips.
func CSV(entries []Entry) string {
	var b strings.Builder
	b.WriteString(bom)
	writeRow(&b, CSVColumns)
	row := make([]string, len(CSVColumns))
	for i := range entries {
		e := &entries[i]
		row = row[:0]
		at, atMS := "", ""
		if e.At > 0 {
			at, atMS = ISOTime(e.At), strconv.FormatInt(e.At, 10)
		}
		bulk := ""
		if e.Bulk {
			bulk = "true"
		}
		row = append(row, at, atMS, e.Name, e.Headline, e.ProfileURL, e.Key, string(e.Site),
			e.Action, e.Outcome, e.Type, e.Recommendation, e.Level, strconv.Itoa(e.Score),
			strings.Join(e.Flags, " "), e.Reason, reasonPartsCell(e.ReasonParts), bulk)
		writeRow(&b, row)
	}
	return b.String()
}

func writeRow(b *strings.Builder, cells []string) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(quoteCell(c))
	}
	b.WriteString("\r\n")
}

// quoteCell neutralises a formula and quotes the cell when it must.
func quoteCell(c string) string {
	if c != "" && strings.IndexByte("=+-@\t\r'", c[0]) >= 0 {
		c = "'" + c
	}
	if strings.ContainsAny(c, ",\"\r\n") {
		return `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
	}
	return c
}

// record is one CSV record and the line it starts on (1-based).
type record struct {
	line  int
	cells []string
}

// parseCSV splits RFC 4180 text into records. Line ends may be CRLF or
// LF; blank lines are skipped. A quote inside an unquoted field, text
// after a closing quote and an unterminated quoted field are errors that
// name the line.
func parseCSV(s string) ([]record, error) {
	s = strings.TrimPrefix(s, bom)
	var out []record
	line := 1
	i := 0
	for i < len(s) {
		start := line
		var cells []string
		for {
			var cell strings.Builder
			if i < len(s) && s[i] == '"' {
				i++
				for {
					if i >= len(s) {
						return nil, lineErr(start, "a quoted field is not closed")
					}
					c := s[i]
					if c == '"' {
						if i+1 < len(s) && s[i+1] == '"' {
							cell.WriteByte('"')
							i += 2
							continue
						}
						i++
						break
					}
					if c == '\n' {
						line++
					}
					cell.WriteByte(c)
					i++
				}
				if i < len(s) && s[i] != ',' && s[i] != '\n' && !(s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n') && !(s[i] == '\r' && i+1 == len(s)) {
					return nil, lineErr(line, "text after a closing quote")
				}
			} else {
				for i < len(s) && s[i] != ',' && s[i] != '\n' && !(s[i] == '\r' && (i+1 == len(s) || s[i+1] == '\n')) {
					if s[i] == '"' {
						return nil, lineErr(line, "a quote inside an unquoted field")
					}
					cell.WriteByte(s[i])
					i++
				}
			}
			cells = append(cells, cell.String())
			if i < len(s) && s[i] == ',' {
				i++
				continue
			}
			break
		}
		// End of record: CRLF, LF, a final CR or the end of the text.
		if i < len(s) && s[i] == '\r' {
			i++
		}
		if i < len(s) && s[i] == '\n' {
			i++
		}
		if !(len(cells) == 1 && cells[0] == "") {
			out = append(out, record{line: start, cells: cells})
		}
		line++
	}
	return out, nil
}

func lineErr(line int, msg string) error {
	return errors.New("line " + strconv.Itoa(line) + ": " + msg)
}

// unneutralise removes the apostrophe CSV put before a cell.
func unneutralise(c string) string {
	return strings.TrimPrefix(c, "'")
}

// ReadCSV reads entries from CSV text in CSV's format. The first record
// is the header: it must name "action" and at least one of "name", "key"
// and "profile_url"; the columns may come in any order, unknown ones are
// ignored, "at_ms" wins over "at" when both are given. A leading
// apostrophe (the formula guard) is removed from every cell.
//
// A text that is not CSV, or whose header is unusable, is an error (the
// returned entries are nil). Rows that cannot be read (a wrong number of
// cells, a bad time or score, no action) are skipped; each is described,
// with its line, in bad.
func ReadCSV(text string) (entries []Entry, bad []string, err error) {
	recs, err := parseCSV(text)
	if err != nil {
		return nil, nil, err
	}
	if len(recs) == 0 {
		return nil, nil, errors.New("the file is empty")
	}
	head := recs[0]
	col := map[string]int{}
	for i, h := range head.cells {
		h = strings.ToLower(strings.TrimSpace(unneutralise(h)))
		if _, dup := col[h]; dup && h != "" {
			return nil, nil, lineErr(head.line, "the column "+quote(h)+" appears twice")
		}
		col[h] = i
	}
	_, hasAction := col["action"]
	_, hasName := col["name"]
	_, hasKey := col["key"]
	_, hasURL := col["profile_url"]
	if !hasAction || !(hasName || hasKey || hasURL) {
		return nil, nil, lineErr(head.line, "not a Vetted decision log: the header needs the columns action and name, key or profile_url")
	}
	for _, r := range recs[1:] {
		e, err := entryFromRow(r.cells, col, len(head.cells))
		if err != nil {
			bad = append(bad, lineErr(r.line, err.Error()).Error())
			continue
		}
		entries = append(entries, e)
	}
	return entries, bad, nil
}

func entryFromRow(cells []string, col map[string]int, width int) (Entry, error) {
	if len(cells) != width {
		return Entry{}, errors.New(strconv.Itoa(len(cells)) + " cells, the header has " + strconv.Itoa(width))
	}
	get := func(name string) string {
		if i, ok := col[name]; ok {
			return unneutralise(cells[i])
		}
		return ""
	}
	e := Entry{
		Name: get("name"), Headline: get("headline"), ProfileURL: get("profile_url"), Key: get("key"),
		Site: card.Site(get("site")), Action: get("action"), Outcome: get("outcome"),
		Type: get("type"), Recommendation: get("recommendation"), Level: get("level"),
		Reason: get("reason"),
	}
	if fs := strings.Fields(get("flags")); len(fs) > 0 {
		e.Flags = fs
	}
	if e.Action == "" {
		return Entry{}, errors.New("action: missing")
	}
	if e.Name == "" && e.Key == "" && e.ProfileURL == "" {
		return Entry{}, errors.New("no name, key or profile URL")
	}
	if ms := strings.TrimSpace(get("at_ms")); ms != "" {
		n, err := strconv.ParseInt(ms, 10, 64)
		if err != nil || n < 0 {
			return Entry{}, errors.New("at_ms: not a whole number of milliseconds: " + quote(ms))
		}
		e.At = n
	} else {
		n, err := ParseISOTime(strings.TrimSpace(get("at")))
		if err != nil {
			return Entry{}, errors.New("at: " + err.Error())
		}
		e.At = n
	}
	if s := strings.TrimSpace(get("score")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			return Entry{}, errors.New("score: not a whole number: " + quote(s))
		}
		e.Score = n
	}
	switch b := strings.ToLower(strings.TrimSpace(get("bulk"))); b {
	case "", "false":
	case "true":
		e.Bulk = true
	default:
		return Entry{}, errors.New("bulk: not true or false: " + quote(b))
	}
	// Display only, as in EntryFromTree: malformed parts are left out.
	e.ReasonParts, _ = reasonPartsFromCell(strings.TrimSpace(get("reason_parts")))
	return e, nil
}

// quote puts a value in double quotes for an error message.
func quote(s string) string { return `"` + s + `"` }
