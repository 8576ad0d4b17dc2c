package ledger

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/i18n"
)

// hostileEntries have names and fields that break naive CSV writers and
// spreadsheets.
func hostileEntries() []Entry {
	return []Entry{
		{
			Name: `Ada "Countess" Lovelace, PhD`, Headline: "Line one\nLine two\r\nLine three", ProfileURL: "https://www.linkedin.com/in/ada/",
			Key: "urn:li:invitation:1", Site: card.LinkedIn, Action: "ignore", Outcome: Done, At: t0,
			Type: "scammer", Recommendation: "decline_block", Level: "danger", Score: 87,
			Flags: []string{"money-talk", "off-platform"}, Reason: "asks for money, moves off the site",
			ReasonParts: []i18n.Message{
				{Key: "reasonRecruiterTitle", Args: []string{`=HYPERLINK("x"), "quoted"`, "<b>$1 $$</b>\n\u2028"}},
				{Key: "reasonIgnoredLike"},
			},
		},
		{Name: "=HYPERLINK(\"https://evil.example\",\"click\")", Action: "accept", At: t0 + 1},
		{Name: "+1 555 0100", Action: "accept", At: t0 + 2},
		{Name: "-2+3", Action: "accept", At: t0 + 3},
		{Name: "@SUM(A1:A9)", Action: "accept", At: t0 + 4},
		{Name: "\tTabbed", Action: "accept", At: t0 + 5},
		{Name: "\rCR first", Action: "accept", At: t0 + 6},
		{Name: "'quoted already", Action: "accept", At: t0 + 7},
		{Name: "'=both", Action: "accept", At: t0 + 8},
		{Name: "\u202eevil\u202c RTL override", Key: "k\u202e", Action: "block", Outcome: NeedsUser},
		{Name: "Ünïcødé 名前 😀", Headline: ",,,", Action: "ignore-report", Outcome: Stopped, Bulk: true},
		{Name: `"`, Action: "ask", At: t0 + 9},
		{Name: "trailing space ", Headline: " leading", Action: "accept", At: t0 + 10},
		{Key: "only-a-key", Action: "accept", Score: -3},
	}
}

func TestCSVRoundTripsHostileEntries(t *testing.T) {
	in := hostileEntries()
	text := CSV(in)
	got, bad, err := ReadCSV(text)
	require.NoError(t, err)
	assert.Empty(t, bad)
	assert.Equal(t, in, got)
}

func TestCSVIsRFC4180AndNeutralisesFormulas(t *testing.T) {
	in := hostileEntries()
	text := CSV(in)
	require.True(t, strings.HasPrefix(text, "\ufeffat,at_ms,name,"), "BOM and header")
	assert.True(t, strings.HasSuffix(text, "\r\n"))
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(text, "\ufeff")))
	rows, err := r.ReadAll()
	require.NoError(t, err, "encoding/csv reads the export")
	require.Len(t, rows, len(in)+1)
	assert.Equal(t, CSVColumns, rows[0])
	name := 2
	for i, row := range rows[1:] {
		require.Len(t, row, len(CSVColumns))
		for j, cell := range row {
			if cell != "" {
				assert.NotContains(t, "=+-@\t\r", string(cell[0]), "row %d cell %d %q starts with a formula character", i+1, j, cell)
			}
		}
	}
	assert.Equal(t, "'=HYPERLINK(\"https://evil.example\",\"click\")", rows[2][name])
	assert.Equal(t, "'+1 555 0100", rows[3][name])
	assert.Equal(t, "'-2+3", rows[4][name])
	assert.Equal(t, "'@SUM(A1:A9)", rows[5][name])
	assert.Equal(t, "'\tTabbed", rows[6][name])
	assert.Equal(t, "''quoted already", rows[8][name])
	assert.Equal(t, "'-3", rows[14][12], "a negative score is guarded too")
	assert.Equal(t, "2026-03-01T12:00:00.000Z", rows[1][0])
	assert.Equal(t, "1772366400000", rows[1][1])
	assert.Equal(t, "money-talk off-platform", rows[1][13])
	assert.Equal(t, "", rows[10][0], "no time: empty")
	assert.Equal(t, "true", rows[11][16])
	assert.Equal(t, `[["reasonRecruiterTitle","=HYPERLINK(\"x\"), \"quoted\"","<b>$1 $$</b>\n`+"\u2028"+`"],["reasonIgnoredLike"]]`, rows[1][15], "the reason's parts as JSON text")
}

func TestCSVEmpty(t *testing.T) {
	text := CSV(nil)
	assert.Equal(t, "\ufeff"+strings.Join(CSVColumns, ",")+"\r\n", text)
	got, bad, err := ReadCSV(text)
	require.NoError(t, err)
	assert.Empty(t, got)
	assert.Empty(t, bad)
}

func TestReadCSVFlexibleInput(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []Entry
	}{
		{"LF line ends, columns in another order, unknown column", "action,name,extra\nignore,Ada,x\naccept,Bob,y\n",
			[]Entry{{Name: "Ada", Action: "ignore"}, {Name: "Bob", Action: "accept"}}},
		{"no final line end, blank lines", "name,action\r\n\r\nAda,ignore\r\n\nBob,accept",
			[]Entry{{Name: "Ada", Action: "ignore"}, {Name: "Bob", Action: "accept"}}},
		{"header case and spaces", " Name , ACTION ,At\nAda,ignore,2026-03-01T12:00:00Z\n",
			[]Entry{{Name: "Ada", Action: "ignore", At: t0}}},
		{"at_ms wins over at", "name,action,at,at_ms\nAda,ignore,2020-01-01T00:00:00Z,1772366400000\n",
			[]Entry{{Name: "Ada", Action: "ignore", At: t0}}},
		{"quoted cells with line breaks", "name,action\n\"A\nda\",\"ign\"\"ore\"\n",
			[]Entry{{Name: "A\nda", Action: "ign\"ore"}}},
		{"key only", "key,action\nk1,block\n", []Entry{{Key: "k1", Action: "block"}}},
		{"flags split on spaces", "name,action,flags\nAda,ignore,  a   b \n", []Entry{{Name: "Ada", Action: "ignore", Flags: []string{"a", "b"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, bad, err := ReadCSV(tt.text)
			require.NoError(t, err)
			assert.Empty(t, bad)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestReadCSVErrorsNameTheLine(t *testing.T) {
	tests := []struct {
		name string
		text string
		err  string
	}{
		{"empty", "", "the file is empty"},
		{"only a BOM and blank lines", "\ufeff\r\n\r\n", "the file is empty"},
		{"not a log", "hello,world\n1,2\n", "line 1: not a Vetted decision log"},
		{"no action column", "name,key\nAda,k\n", "line 1: not a Vetted decision log"},
		{"no person column", "action,at\nignore,\n", "line 1: not a Vetted decision log"},
		{"duplicate column", "name,action,name\n", `line 1: the column "name" appears twice`},
		{"unterminated quote", "name,action\nAda,ignore\n\"Bob,accept\n\n", "line 3: a quoted field is not closed"},
		{"quote inside a field", "name,action\nAda,ignore\nB\"ob,accept\n", "line 3: a quote inside an unquoted field"},
		{"text after a closing quote", "name,action\n\"a\nb\"x,ignore\n", "line 3: text after a closing quote"},
		{"a lone CR is not a line end", "name,action\rAda,ignore\r", "line 1: not a Vetted decision log"},
		{"JSON is not CSV", `[{"name":"Ada","action":"ignore"}]`, "line 1: a quote inside an unquoted field"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := ReadCSV(tt.text)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.err)
			assert.Nil(t, got)
		})
	}
}

func TestReadCSVSkipsBadRows(t *testing.T) {
	text := "name,action,at,score,bulk,reason_parts\n" +
		"Ada,ignore,2026-03-01T12:00:00Z,5,,\n" + // line 2: good
		"Bob,,,,,\n" + // line 3: no action
		"\"Cy\nCy\",accept,yesterday,,,\n" + // line 4: bad time
		"Di,accept,,many,,\n" + // line 6: bad score
		"Ed,accept\n" + // line 7: too few cells
		",accept,,,,\n" + // line 8: nobody
		"Fay,accept,,,maybe,\n" + // line 9: bad bulk
		"Gus,accept,,,TRUE,\n" + // line 10: good
		"Hal,accept,,,,not json\n" + // line 11: bad reason parts, read without them
		"Ida,accept,,,,\"[[\"\"<b>\"\"]]\"\n" + // line 12: a key that names no message, read without it
		"Jo,accept,,,,\"[[\"\"reasonIndustry\"\",\"\"ML\"\"]]\"\n" // line 13: good
	got, bad, err := ReadCSV(text)
	require.NoError(t, err)
	require.Len(t, got, 5)
	assert.Equal(t, "Ada", got[0].Name)
	assert.Equal(t, 5, got[0].Score)
	assert.True(t, got[1].Bulk)
	assert.Equal(t, "Hal", got[2].Name)
	assert.Nil(t, got[2].ReasonParts, "reason_parts is display only: malformed, it is left out")
	assert.Equal(t, "Ida", got[3].Name)
	assert.Nil(t, got[3].ReasonParts)
	assert.Equal(t, []i18n.Message{{Key: "reasonIndustry", Args: []string{"ML"}}}, got[4].ReasonParts)
	require.Len(t, bad, 6)
	assert.Contains(t, bad[0], "line 3: action: missing")
	assert.Contains(t, bad[1], "line 4: at: not a UTC time")
	assert.Contains(t, bad[2], "line 6: score: not a whole number")
	assert.Contains(t, bad[3], "line 7: 2 cells, the header has 6")
	assert.Contains(t, bad[4], "line 8: no name, key or profile URL")
	assert.Contains(t, bad[5], "line 9: bulk: not true or false")
}

func FuzzReadCSV(f *testing.F) {
	f.Add(CSV(hostileEntries()))
	f.Add("name,action\n\"a\"\"b\",x\n")
	f.Add("\ufeff\"")
	f.Fuzz(func(t *testing.T, text string) {
		got, _, err := ReadCSV(text)
		if err != nil {
			return
		}
		// Whatever was read writes out and reads back the same.
		again, bad, err := ReadCSV(CSV(got))
		require.NoError(t, err)
		require.Empty(t, bad)
		if len(got) == 0 {
			require.Empty(t, again)
			return
		}
		require.Equal(t, got, again)
	})
}

func TestTreeRoundTripsHostileEntries(t *testing.T) {
	l := &Log{Entries: hostileEntries()}
	got, err := FromTree(jsonTree(t, l.Tree()), 100)
	require.NoError(t, err)
	assert.Equal(t, l.Entries, got.Entries)
}
