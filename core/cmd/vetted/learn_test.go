package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/notemodel"
)

// pitchLine is a sales pitch card with an action.
func pitchLine(name, note, action string) string {
	return `{"site":"linkedin","name":"` + name + `","headline":"Account Executive at Leadly","photo":"present","mutuals":1,"note":"` + note + `","action":"` + action + `"}`
}

var decisions = []string{
	pitchLine("Ryan Cole", "Hi, our agency books demos for SaaS founders. Open to a quick call this week?", "ignore"),
	pitchLine("Ava Lind", "Our agency fills your calendar with qualified demos. Quick call on Thursday?", "ignore"),
	pitchLine("Sam Ortiz", "Hello! Our agency runs outbound for B2B teams, worth a quick call?", "ignore"),
	`{"site":"linkedin","name":"Lena Hart","headline":"Data Engineer at Litware","mutuals":5,"note":"Great meeting you at the Go meetup in Berlin yesterday, let's stay in touch!","action":"accept"}`,
}

const probe = `{"site":"linkedin","name":"Kim Ward","headline":"Account Executive at Demo Makers","photo":"present","mutuals":1,"note":"Hi there, our agency helps startups book more demos. Would a quick call work?"}`

func TestLearnThenTriage(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	out, errOut, code := runCLI(t, strings.Join(decisions, "\n"), "learn", "--state", state)
	require.Equal(t, exitOK, code, errOut)
	assert.Contains(t, out, "learnt 4 decision(s)")
	raw, err := os.ReadFile(state)
	require.NoError(t, err, "the state is created")
	var tree map[string]any
	require.NoError(t, json.Unmarshal(raw, &tree))
	assert.Equal(t, 4.0, tree["seq"])

	// Without the state the pitch is to review; with it, to ignore, and
	// the verdict says why.
	out, errOut, code = runCLI(t, probe, "triage", "--json")
	require.Equal(t, exitOK, code, errOut)
	assert.Equal(t, "review_accept_if_relevant", decodeLines(t, out)[0].Recommendation)
	out, errOut, code = runCLI(t, probe, "triage", "--json", "--state", state)
	require.Equal(t, exitOK, code, errOut)
	got := decodeLines(t, out)[0]
	assert.Equal(t, "ignore_or_vet", got.Recommendation)
	var ev []string
	for _, f := range got.Flags {
		if f.ID == "learnt" {
			ev = f.Evidence
		}
	}
	require.NotEmpty(t, ev)
	assert.Contains(t, ev[0], "you ignored 3 invitations like this")

	// Learning more updates the same file.
	_, errOut, code = runCLI(t, `{"name":"Ola Berg","headline":"People Partner at Contoso","correct":{"type":"recruiter"}}`, "learn", "--state", state)
	require.Equal(t, exitOK, code, errOut)
	raw, err = os.ReadFile(state)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &tree))
	assert.Equal(t, 5.0, tree["seq"])
	assert.Equal(t, 1.0, tree["corrected"])
}

func TestLearnMalformedLines(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	in := strings.Join([]string{
		decisions[0],
		`not json`,
		`{"name":"No Action"}`,
		`{"name":"Bad Action","action":"like"}`,
		`{"name":"Both","action":"accept","correct":{"type":"recruiter"}}`,
		`{"name":"Bad Type","correct":{"type":"scammer"}}`,
		`{"name":"Empty Correction","correct":{}}`,
		`{"name":"Bad Site","site":"myspace","action":"ignore"}`,
		``,
		decisions[1],
	}, "\n")
	out, errOut, code := runCLI(t, in, "learn", "--state", state)
	assert.Equal(t, exitInput, code)
	assert.Contains(t, out, "learnt 2 decision(s)", "the valid lines still count")
	for _, l := range []string{"line 2:", "line 3: no action", "line 4: action:", "line 5:", "line 6: correct: unknown type", "line 7:", "line 8: site:"} {
		assert.Contains(t, errOut, l)
	}
	assert.Contains(t, errOut, "7 malformed line(s) skipped")
	raw, err := os.ReadFile(state)
	require.NoError(t, err)
	assert.Contains(t, string(raw), `"seq": 2`)
}

func TestLearnRefusesABadState(t *testing.T) {
	dir := t.TempDir()
	state := filepath.Join(dir, "state.json")
	bad := `{"version": 1, "seq": 1, "accept": 0, "ignore": 1, "accepted": 0, "ignored": -3, "corrected": 0}`
	require.NoError(t, os.WriteFile(state, []byte(bad), 0o644))
	_, errOut, code := runCLI(t, decisions[0], "learn", "--state", state)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "state.json: learnt state: ignored:")
	raw, err := os.ReadFile(state)
	require.NoError(t, err)
	assert.Equal(t, bad, string(raw), "a state that does not validate is left as it was")

	_, errOut, code = runCLI(t, probe, "triage", "--state", state)
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "learnt state")

	_, errOut, code = runCLI(t, probe, "triage", "--state", filepath.Join(dir, "missing.json"))
	assert.Equal(t, exitUsage, code, "triage needs an existing state")
	assert.NotEmpty(t, errOut)

	_, errOut, code = runCLI(t, decisions[0], "learn")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "--state FILE is required")
}

func TestLearnListForgetReset(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	report := `{"name":"Jennifer Scott","profile_url":"https://www.linkedin.com/in/jennifer-scott-42","note":"Hello dear, I am looking for honest friends to share my success investing in bitcoin.","action":"report"}`
	_, errOut, code := runCLI(t, strings.Join(append(decisions, report), "\n"), "learn", "--state", state)
	require.Equal(t, exitOK, code, errOut)

	out, _, code := runCLI(t, "", "learn", "--state", state, "--list")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "quick call")
	assert.Contains(t, out, "note you reported")
	var id string
	for _, l := range strings.Split(out, "\n") {
		if strings.HasSuffix(strings.TrimSpace(l), `quick call`) {
			id = strings.Fields(l)[0]
		}
	}
	require.NotEmpty(t, id)

	_, errOut, code = runCLI(t, "", "learn", "--state", state, "--forget", id)
	require.Equal(t, exitOK, code, errOut)
	out, _, _ = runCLI(t, "", "learn", "--state", state, "--list")
	assert.NotContains(t, out, id)
	raw, err := os.ReadFile(state)
	require.NoError(t, err)
	assert.NotContains(t, string(raw), `"quick call"`, "forgotten: gone from the state")

	before, _ := os.ReadFile(state)
	_, errOut, code = runCLI(t, "", "learn", "--state", state, "--forget", "f000000")
	assert.Equal(t, exitUsage, code)
	assert.Contains(t, errOut, "nothing changed")
	after, _ := os.ReadFile(state)
	assert.Equal(t, string(before), string(after))

	_, errOut, code = runCLI(t, "", "learn", "--state", state, "--reset")
	require.Equal(t, exitOK, code, errOut)
	out, _, _ = runCLI(t, "", "learn", "--state", state, "--list")
	assert.Equal(t, 1, strings.Count(strings.TrimSpace(out), "\n")+1, "only the header is left")
}

// A fact this version does not read of a card (here an older version's,
// "the note reads personal") is listed as not used by this version; the
// facts it reads are not.
func TestLearnListMarksRetiredFacts(t *testing.T) {
	state := filepath.Join(t.TempDir(), "state.json")
	_, errOut, code := runCLI(t, strings.Join(decisions, "\n"), "learn", "--state", state)
	require.Equal(t, exitOK, code, errOut)
	raw, err := os.ReadFile(state)
	require.NoError(t, err)
	var tree map[string]any
	require.NoError(t, json.Unmarshal(raw, &tree))
	id := fmt.Sprintf("f%06x", notemodel.TagHash("learn:kind:legit"))
	tree["features"] = append(tree["features"].([]any), map[string]any{"id": id, "part": "fact", "label": "the note reads personal",
		"accept": 6.0, "ignore": 0.0, "accepted": 6, "ignored": 0, "corrected": 0, "last": 1})
	raw, err = json.Marshal(tree)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(state, raw, 0o600))

	out, errOut, code := runCLI(t, "", "learn", "--state", state, "--list")
	require.Equal(t, exitOK, code, errOut)
	marked := 0
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, "(not used by this version)") {
			marked++
			assert.True(t, strings.HasPrefix(l, id), l)
		}
	}
	assert.Equal(t, 1, marked, out)
}
