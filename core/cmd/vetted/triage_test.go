package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// outLine is the public JSON output line of triage and scan.
type outLine struct {
	Name           string `json:"name"`
	Type           string `json:"type"`
	Recommendation string `json:"recommendation"`
	Level          string `json:"level"`
	Score          *int   `json:"score"`
	Flags          []struct {
		ID       string   `json:"id"`
		Title    string   `json:"title"`
		Evidence []string `json:"evidence"`
	} `json:"flags"`
}

func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func decodeLines(t *testing.T, out string) []outLine {
	t.Helper()
	var got []outLine
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if l == "" {
			continue
		}
		var o outLine
		require.NoError(t, json.Unmarshal([]byte(l), &o), l)
		got = append(got, o)
	}
	return got
}

const scamLine = `{"site":"linkedin","name":"Brian Cole","headline":"Crypto trading mentor","photo":"default","mutuals":0,"note":"Hi dear, I can show you guaranteed returns with bitcoin. Add me on WhatsApp +44 7700 900123"}`

func TestTriageJSONLines(t *testing.T) {
	in := strings.Join([]string{
		scamLine,
		``,
		`{"name":"Page Invite","kind":"newsletter"}`,
	}, "\n")
	out, errOut, code := runCLI(t, in, "triage", "--json")
	require.Equal(t, exitOK, code, errOut)
	got := decodeLines(t, out)
	require.Len(t, got, 2)

	assert.Equal(t, "Brian Cole", got[0].Name)
	assert.Equal(t, "scammer", got[0].Type)
	assert.Equal(t, "decline_block", got[0].Recommendation)
	assert.Equal(t, "danger", got[0].Level)
	require.NotNil(t, got[0].Score)
	assert.Greater(t, *got[0].Score, 50)
	ids := map[string]bool{}
	for _, f := range got[0].Flags {
		ids[f.ID] = true
		assert.NotEmpty(t, f.Title)
		assert.NotEmpty(t, f.Evidence, f.ID)
	}
	assert.True(t, ids["off-platform"], "flags: %v", ids)
	assert.True(t, ids["money-talk"], "flags: %v", ids)

	assert.Equal(t, "page_invite", got[1].Type)
	assert.Equal(t, "review", got[1].Recommendation)
	assert.NotNil(t, got[1].Flags, "flags is an empty list, not null")
}

func TestTriageMalformedLineIsReportedAndOthersJudged(t *testing.T) {
	in := strings.Join([]string{
		`{"name":"Ada Lovelace","mutuals":12}`,
		`{"name": "broken"`,
		`["not","an","object"]`,
		`{"name":"Bad Kind","kind":"robot"}`,
		`{"name":"Grace Hopper","mutuals":"many"}`,
		scamLine,
	}, "\n")
	out, errOut, code := runCLI(t, in, "triage", "--json")
	assert.Equal(t, exitInput, code)
	for _, want := range []string{"line 2:", "line 3:", "line 4: kind:", "line 5:"} {
		assert.Contains(t, errOut, want)
	}
	assert.NotContains(t, errOut, "line 1:")
	assert.NotContains(t, errOut, "line 6:")
	got := decodeLines(t, out)
	require.Len(t, got, 2)
	assert.Equal(t, "Ada Lovelace", got[0].Name)
	assert.Equal(t, "Brian Cole", got[1].Name)
}

func TestTriageTable(t *testing.T) {
	in := scamLine + "\n" + `{"name":"Evil\tName\nwith newline <script>alert(1)</script>"}` + "\n"
	out, errOut, code := runCLI(t, in, "triage")
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	require.Len(t, lines, 3, out)
	assert.True(t, strings.HasPrefix(lines[0], "NAME"))
	assert.Contains(t, lines[1], "Brian Cole")
	assert.Contains(t, lines[1], "off-platform")
	assert.Contains(t, lines[2], "Evil Name with newline")
}

func TestTriageFileArgument(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "cards.jsonl")
	require.NoError(t, os.WriteFile(file, []byte(scamLine+"\n"), 0o644))
	out, errOut, code := runCLI(t, "", "triage", "--json", file)
	require.Equal(t, exitOK, code, errOut)
	assert.Len(t, decodeLines(t, out), 1)

	_, errOut, code = runCLI(t, "", "triage", filepath.Join(dir, "missing.jsonl"))
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "missing.jsonl")
}

func TestTriageSettings(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.json")
	require.NoError(t, os.WriteFile(good, []byte(`{"competitors":["Contoso Data"]}`), 0o644))
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"strictness":"extreme"}`), 0o644))
	notJSON := filepath.Join(dir, "notjson.json")
	require.NoError(t, os.WriteFile(notJSON, []byte(`strictness = strict`), 0o644))

	in := `{"name":"Sam Rival","headline":"Account Director at Contoso Data","photo":"present","mutuals":4}` + "\n"
	out, errOut, code := runCLI(t, in, "triage", "--json")
	require.Equal(t, exitOK, code, errOut)
	assert.NotEqual(t, "competitor", decodeLines(t, out)[0].Type)

	out, errOut, code = runCLI(t, in, "triage", "--json", "--settings", good)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, "competitor", decodeLines(t, out)[0].Type)

	out, errOut, code = runCLI(t, in, "triage", "--settings", bad)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "strictness")

	// A key this version does not know: refused, as a typo or a newer
	// version's setting.
	unknown := filepath.Join(dir, "unknown.json")
	require.NoError(t, os.WriteFile(unknown, []byte(`{"competitors":["Contoso Data"],"auto_archive":true}`), 0o644))
	out, errOut, code = runCLI(t, in, "triage", "--settings", unknown)
	assert.Equal(t, exitUsage, code)
	assert.Empty(t, out)
	assert.Contains(t, errOut, "auto_archive: unknown setting (a setting this version of Vetted does not know is a typo, or was saved by a newer version of Vetted: update Vetted to read it)")

	// The options page's export of settings a newer version saved: they
	// are under their own key, and the file is taken.
	exported := filepath.Join(dir, "exported.json")
	require.NoError(t, os.WriteFile(exported, []byte(`{"competitors":["Contoso Data"],"kept_from_newer_version":{"auto_archive":true,"rules":{"deepfake-photo":true}}}`), 0o644))
	out, errOut, code = runCLI(t, in, "triage", "--json", "--settings", exported)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, "competitor", decodeLines(t, out)[0].Type)

	_, errOut, code = runCLI(t, in, "triage", "--settings", notJSON)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "not valid JSON")

	// A file an earlier version exported, with a decision-log limit it
	// allowed (up to 100,000) that is now too large: the CLI keeps no log,
	// so the file is taken.
	earlier := filepath.Join(dir, "earlier.json")
	require.NoError(t, os.WriteFile(earlier, []byte(`{"strictness":"strict","competitors":["Contoso Data"],"ledger_limit":50000}`), 0o644))
	out, errOut, code = runCLI(t, in, "triage", "--json", "--settings", earlier)
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, "competitor", decodeLines(t, out)[0].Type)
}

func TestUsage(t *testing.T) {
	_, errOut, code := runCLI(t, "")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "usage:")
	_, errOut, code = runCLI(t, "", "frobnicate")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "unknown command")
	_, _, code = runCLI(t, "", "triage", "--nope")
	assert.Equal(t, exitUsage, code)
}
