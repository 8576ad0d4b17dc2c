package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page/htmlnode"
)

// fixtureGolden is the part of a core/page fixture's .cards.json that scan
// must agree with.
type fixtureGolden struct {
	Adapter string `json:"adapter"`
	Error   string `json:"error"`
	Cards   []struct {
		Card struct {
			Name string `json:"name"`
			Key  string `json:"key"`
		} `json:"card"`
	} `json:"cards"`
}

const fixtures = "../../page/testdata"

// TestScanEveryFixture scans every adapter fixture page, with and without
// --site, and checks scan prints one verdict per card the adapter tests
// expect, in page order, and refuses unknown layouts.
func TestScanEveryFixture(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join(fixtures, "*", "*.html"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(pages), 10, "the adapters' fixture pages")
	for _, p := range pages {
		rel, _ := filepath.Rel(fixtures, p)
		t.Run(rel, func(t *testing.T) {
			var want fixtureGolden
			data, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".cards.json")
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(data, &want))

			out, errOut, code := runCLI(t, "", "scan", "--json", p)
			if want.Adapter == "" {
				assert.Equal(t, exitInput, code, "an unknown layout is an error")
				assert.Empty(t, out)
				assert.Contains(t, errOut, "no invitation list found (tried: linkedin, linkedin-legacy, linkedin-grow, facebook, x, instagram, xing)")
				return
			}
			require.Equal(t, exitOK, code, errOut)
			got := decodeLines(t, out)
			require.Len(t, got, len(want.Cards))
			for i, c := range want.Cards {
				assert.Equal(t, c.Card.Name, got[i].Name, "card %d", i+1)
				assert.NotEmpty(t, got[i].Type)
				assert.NotEmpty(t, got[i].Recommendation)
				assert.NotEmpty(t, got[i].Level)
			}
			if len(want.Cards) == 0 {
				assert.Contains(t, errOut, "a "+want.Adapter+" page with no invitations")
			}

			forced, _, code := runCLI(t, "", "scan", "--json", "--site", want.Adapter, p)
			require.Equal(t, exitOK, code)
			assert.Equal(t, out, forced, "--site %s gives the same verdicts", want.Adapter)
		})
	}
}

func TestScanTableAndKeys(t *testing.T) {
	p := filepath.Join(fixtures, "linkedin", "received.html")
	out, errOut, code := runCLI(t, "", "scan", p)
	require.Equal(t, exitOK, code, errOut)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 15, "header and 14 cards")
	assert.Regexp(t, `^NAME\s+TYPE\s+RECOMMENDATION\s+LEVEL\s+SCORE\s+FLAGS$`, lines[0])

	out, _, code = runCLI(t, "", "scan", "--json", p)
	require.Equal(t, exitOK, code)
	var first struct {
		Key string `json:"key"`
	}
	require.NoError(t, json.Unmarshal([]byte(strings.SplitN(out, "\n", 2)[0]), &first))
	assert.True(t, strings.HasPrefix(first.Key, "urn:li:invitation:"), "LinkedIn's stable key: %q", first.Key)
}

func TestScanStdinAndSettings(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join(fixtures, "linkedin", "received.html"))
	require.NoError(t, err)
	def, errOut, code := runCLI(t, string(raw), "scan", "--json", "-")
	require.Equal(t, exitOK, code, errOut)

	// Blocking one sender by name changes that sender's verdict only.
	dir := t.TempDir()
	first := decodeLines(t, def)[1]
	file := filepath.Join(dir, "settings.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"blocked":["`+first.Name+`"]}`), 0o600))
	blocked, errOut, code := runCLI(t, string(raw), "scan", "--json", "--settings", file, "-")
	require.Equal(t, exitOK, code, errOut)
	a, b := decodeLines(t, def), decodeLines(t, blocked)
	require.Equal(t, len(a), len(b))
	assert.Equal(t, "blocked_person", b[1].Type)
	assert.NotEqual(t, a[1].Type, b[1].Type)
	assert.Equal(t, a[2], b[2])
}

func TestScanBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
		return p
	}
	received := filepath.Join(fixtures, "linkedin", "received.html")
	for _, tc := range []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no page", []string{"scan"}, exitUsage, "exactly one page"},
		{"two pages", []string{"scan", received, received}, exitUsage, "exactly one page"},
		{"unknown site", []string{"scan", "--site", "myspace", received}, exitUsage, `unknown site "myspace" (known: linkedin, linkedin-legacy`},
		{"wrong site", []string{"scan", "--site", "facebook", received}, exitInput, "no invitation list found (tried: facebook)"},
		{"missing file", []string{"scan", filepath.Join(dir, "nope.html")}, exitInput, "nope.html"},
		{"empty file", []string{"scan", write("empty.html", "  \n")}, exitInput, "empty file"},
		{"binary junk", []string{"scan", write("junk.html", "\x00\xff\xfe<<<>>>\x01")}, exitInput, "no invitation list found"},
		{"plain text", []string{"scan", write("text.html", "Accept Ignore 3 mutual connections")}, exitInput, "no invitation list found"},
		{"bad settings", []string{"scan", "--settings", write("s.json", `{"strictness":"paranoid"}`), received}, exitUsage, "strictness"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "", tc.args...)
			assert.Equal(t, tc.code, code, errOut)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.err)
		})
	}
}

func TestSavedURL(t *testing.T) {
	for _, tc := range []struct {
		name, html, want string
	}{
		{"browser comment", "<!-- saved from url=(0063)https://www.linkedin.com/mynetwork/invitation-manager/received/ -->\n<html></html>",
			"https://www.linkedin.com/mynetwork/invitation-manager/received/"},
		{"canonical", `<html><head><link rel="canonical" href="https://www.facebook.com/friends/requests"></head></html>`,
			"https://www.facebook.com/friends/requests"},
		{"og:url", `<html><head><meta property="og:url" content=" https://www.xing.com/network/requests/incoming "></head></html>`,
			"https://www.xing.com/network/requests/incoming"},
		{"base", `<html><head><base href="https://x.com/follower_requests"></head></html>`, "https://x.com/follower_requests"},
		{"comment wins", "<!-- saved from url=(0020)https://www.xing.com/ --><link rel=canonical href=https://x.com/>", "https://www.xing.com/"},
		{"not a web address", `<html><head><base href="javascript:alert(1)"><link rel="canonical" href="file:///etc/passwd"></head></html>`, ""},
		{"broken comment", "<!-- saved from url=(0020", ""},
		{"nothing", "<p>hello</p>", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := htmlnode.Parse(strings.NewReader(tc.html))
			require.NoError(t, err)
			assert.Equal(t, tc.want, savedURL([]byte(tc.html), root))
		})
	}
}

// TestScanPageInvitations: an invitation to a page, newsletter, event or
// group names both what it invites to and who sent it.
func TestScanPageInvitations(t *testing.T) {
	out, errOut, code := runCLI(t, "", "scan", "--json", filepath.Join(fixtures, "linkedin", "received.html"))
	require.Equal(t, exitOK, code, errOut)
	type line struct {
		Name    string `json:"name"`
		Kind    string `json:"kind"`
		Inviter string `json:"inviter"`
	}
	var entities []line
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var x line
		require.NoError(t, json.Unmarshal([]byte(l), &x))
		if x.Kind != "" {
			entities = append(entities, x)
		} else {
			assert.Empty(t, x.Inviter, "a person's invitation has no inviter besides the person")
		}
	}
	require.NotEmpty(t, entities)
	for _, e := range entities {
		assert.NotEmpty(t, e.Inviter, "%s (%s)", e.Name, e.Kind)
		assert.NotEqual(t, e.Name, e.Inviter)
	}
	assert.Contains(t, entities, line{Name: entities[0].Name, Kind: "newsletter", Inviter: "Jane Doe"})
}

// TestScanFragment: a card list without the page around it is read when
// the site is named.
func TestScanFragment(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ site, src, name string }{
		{"linkedin", `<div role="listitem"><a href="/in/ana-b/"><strong>Ana B</strong></a><p>Ana B is inviting you to connect</p>` +
			`<button aria-label="Ignore an invitation to connect from Ana B">Ignore</button><button aria-label="Accept Ana B’s invitation">Accept</button></div>`, "Ana B"},
		{"facebook", `<a href="https://www.facebook.com/friends/requests/?profile_id=42" role="link"><span dir="auto">Bo C</span><span>2 mutual friends</span>` +
			`<div aria-label="Confirm" role="button">Confirm</div><div aria-label="Delete" role="button">Delete</div></a>`, "Bo C"},
		{"x", `<div data-testid="UserCell"><a href="/cyd" role="link"><span>Cy D</span></a><a href="/cyd" role="link"><span>@cyd</span></a>` +
			`<button aria-label="Decline">Decline</button><button aria-label="Accept">Accept</button></div>`, "Cy D"},
	} {
		p := filepath.Join(dir, tc.site+".html")
		require.NoError(t, os.WriteFile(p, []byte(tc.src), 0o600))
		out, errOut, code := runCLI(t, "", "scan", "--json", "--site", tc.site, p)
		require.Equal(t, exitOK, code, "%s: %s", tc.site, errOut)
		got := decodeLines(t, out)
		require.Len(t, got, 1, tc.site)
		assert.Equal(t, tc.name, got[0].Name, tc.site)
	}
}

// TestScanSaysWhatCouldNotBeRead: an Accept control outside every card is
// counted on stderr.
func TestScanSaysWhatCouldNotBeRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "page.html")
	require.NoError(t, os.WriteFile(p, []byte(`<ul><li><a href="/in/ana-b/"><strong>Ana B</strong></a>`+
		`<button aria-label="Ignore an invitation to connect from Ana B">Ignore</button><button aria-label="Accept Ana B’s invitation">Accept</button></li></ul>`+
		`<div><button>Accept</button></div>`), 0o600))
	out, errOut, code := runCLI(t, "", "scan", "--json", "--site", "linkedin", p)
	require.Equal(t, exitOK, code, errOut)
	assert.Len(t, decodeLines(t, out), 1)
	assert.Contains(t, errOut, "1 invitation(s) on this page could not be read")
}
