package locales

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/render"
	"github.com/vetted/vetted/core/verdict"
)

const root = "../.."

type placeholder struct {
	Content string `json:"content"`
	Example string `json:"example"`
}

type message struct {
	Message      string                 `json:"message"`
	Description  string                 `json:"description"`
	Placeholders map[string]placeholder `json:"placeholders"`
}

func load(t *testing.T, lang string) map[string]message {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "extension/_locales", lang, "messages.json"))
	require.NoError(t, err)
	var m map[string]message
	require.NoError(t, json.Unmarshal(b, &m), lang)
	return m
}

func locales(t *testing.T) []string {
	t.Helper()
	dirs, err := os.ReadDir(filepath.Join(root, "extension/_locales"))
	require.NoError(t, err)
	var out []string
	for _, d := range dirs {
		if d.IsDir() {
			out = append(out, d.Name())
		}
	}
	require.Contains(t, out, "en")
	require.Contains(t, out, "de")
	return out
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var namedRef = regexp.MustCompile(`\$([A-Za-z0-9_@]+)\$`)

// refs returns the placeholder names a message uses, lower-cased.
func refs(s string) []string {
	out := []string{}
	seen := map[string]bool{}
	for _, m := range namedRef.FindAllStringSubmatch(s, -1) {
		n := strings.ToLower(m[1])
		if !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	sort.Strings(out)
	return out
}

func lowerKeys(m map[string]placeholder) map[string]string {
	out := map[string]string{}
	for k, v := range m {
		out[strings.ToLower(k)] = v.Content
	}
	return out
}

func TestLocalesMatchEnglish(t *testing.T) {
	en := load(t, "en")
	require.NotEmpty(t, en)
	for _, lang := range locales(t) {
		m := load(t, lang)
		assert.Equal(t, keys(en), keys(m), "%s has exactly the keys of en", lang)
		for k, msg := range m {
			assert.NotEmpty(t, strings.TrimSpace(msg.Message), "%s: %s is empty", lang, k)
			assert.Equal(t, keys(lowerKeys(msg.Placeholders)), refs(msg.Message), "%s: %s uses exactly its placeholders", lang, k)
			if e, ok := en[k]; ok {
				assert.Equal(t, lowerKeys(e.Placeholders), lowerKeys(msg.Placeholders), "%s: %s has the placeholders of en", lang, k)
			}
		}
	}
}

var (
	jsKeys = []*regexp.Regexp{
		regexp.MustCompile(`getMessage\(\s*['"` + "`" + `]([A-Za-z0-9_@]+)['"` + "`" + `]`),
		regexp.MustCompile(`\bmsg\(\s*['"` + "`" + `]([A-Za-z0-9_@]+)['"` + "`" + `]`),
		regexp.MustCompile(`data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_@]+)"`),
		regexp.MustCompile(`__MSG_([A-Za-z0-9_@]+)__`),
		regexp.MustCompile(`\bk: '([A-Za-z0-9_@]+)'`), // the shell's render.Text literals
	}
	goKeys = []*regexp.Regexp{
		regexp.MustCompile(`\btr\(\s*"([A-Za-z0-9_@]+)"`),
		regexp.MustCompile(`"((?:badge|keys)[A-Z][A-Za-z0-9_]*)"`),
	}
	goFallback = regexp.MustCompile(`\b(?:tr|Msg)\(\s*"([A-Za-z0-9_@]+)",\s*("(?:[^"\\\n]|\\.)*")`)
)

// used returns the message keys files use, each with the first file.
func used(t *testing.T, patterns []string, res []*regexp.Regexp) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, p := range patterns {
		files, err := filepath.Glob(filepath.Join(root, p))
		require.NoError(t, err)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			b, err := os.ReadFile(f)
			require.NoError(t, err)
			for _, re := range res {
				for _, m := range re.FindAllStringSubmatch(string(b), -1) {
					if _, ok := out[m[1]]; !ok {
						out[m[1]] = filepath.Base(f)
					}
				}
			}
		}
	}
	return out
}

func TestUsedKeysExist(t *testing.T) {
	en := load(t, "en")
	js := used(t, []string{"extension/*.js", "extension/*.html", "extension/manifest.json"}, jsKeys)
	goUsed := used(t, goFiles, goKeys)
	require.NotEmpty(t, js, "the scan finds the extension's keys")
	require.NotEmpty(t, goUsed, "the scan finds the Go glue's keys")
	for _, all := range []map[string]string{js, goUsed} {
		for k, f := range all {
			_, ok := en[k]
			assert.True(t, ok, "%s uses %q, which extension/_locales/en lacks", f, k)
		}
	}
	for _, k := range keys(en) {
		if strings.HasPrefix(k, "badge") || strings.HasPrefix(k, "keys") {
			_, inGo := goUsed[k]
			_, inJS := js[k]
			assert.True(t, inGo || inJS, "en has %q, which neither the core nor the shell uses", k)
		}
	}
}

// english is the en message with its placeholders as $1…$9 (what the Go
// fallbacks use).
func english(m message) string {
	ph := lowerKeys(m.Placeholders)
	return namedRef.ReplaceAllStringFunc(m.Message, func(s string) string {
		if c, ok := ph[strings.ToLower(s[1:len(s)-1])]; ok {
			return c
		}
		return s
	})
}

func TestGoFallbacksAreEnglish(t *testing.T) {
	en := load(t, "en")
	var files []string
	for _, p := range goFiles {
		fs, err := filepath.Glob(filepath.Join(root, p))
		require.NoError(t, err)
		files = append(files, fs...)
	}
	n := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for _, m := range goFallback.FindAllStringSubmatch(string(b), -1) {
			fb, err := strconv.Unquote(m[2])
			require.NoError(t, err, m[0])
			n++
			if msg, ok := en[m[1]]; ok {
				assert.Equal(t, english(msg), fb, "%s: the fallback of %s", filepath.Base(f), m[1])
			}
		}
	}
	assert.Greater(t, n, 20, "the scan finds the fallbacks")
}

// camel is "review_accept" or "accept-thanks" as "ReviewAccept", "AcceptThanks".
func camel(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if r == '_' || r == '-' {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// The core's labels are the badge's English (the Go glue falls back to
// them): English says the same.
func TestCoreLabelsAreEnglish(t *testing.T) {
	en := load(t, "en")
	check := func(key, label string) {
		m, ok := en[key]
		if assert.True(t, ok, "en has %s", key) {
			assert.Equal(t, label, m.Message, key)
		}
	}
	for _, ty := range []verdict.Type{verdict.BlockedPerson, verdict.Scammer, verdict.FakeProfile, verdict.Competitor,
		verdict.PageInvite, verdict.KnownContact, verdict.Recruiter, verdict.Salesperson, verdict.VerifiedAccount,
		verdict.IndustryPeer, verdict.Stranger} {
		check("badgeType"+camel(string(ty)), ty.Label())
	}
	for _, r := range []verdict.Recommendation{verdict.Accept, verdict.ReviewAccept, verdict.ReviewAcceptIfRelevant,
		verdict.IgnoreOrVet, verdict.Decline, verdict.DeclineBlock, verdict.Review} {
		check("badgeRec"+camel(string(r)), r.Label())
	}
	for _, l := range []verdict.Level{verdict.LevelSafe, verdict.LevelReview, verdict.LevelDanger} {
		check("badgeLevel"+camel(string(l)), l.Label())
	}
	for _, k := range action.Kinds {
		check("badgeAction"+camel(string(k)), k.Label())
	}
	for _, title := range verdict.SignalTitles() {
		m := render.SignalTitle(title)
		if assert.NotEmpty(t, m.Key, "the signal %q has a message", title) {
			check(m.Key, title)
		}
	}
}

// goFiles are the Go files that name messages: the in-page glue and the
// core's render models (core/render, core/session), which the shell
// resolves.
var goFiles = []string{"wasm/*.go", "core/render/*.go", "core/session/*.go"}

var langKeyDecl = regexp.MustCompile(`const langKey = "([A-Za-z0-9_@]+)"`)

// The Go glue asks for wasm/lang.go's langKey message to learn which
// language the browser shows, and picks the red flags' titles and docs by
// it: each locale's message is its own folder's name ("en", "de").
func TestLangMessageNamesTheLocale(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(root, "wasm/lang.go"))
	require.NoError(t, err)
	m := langKeyDecl.FindStringSubmatch(string(b))
	require.NotNil(t, m, "wasm/lang.go declares langKey")
	for _, lang := range locales(t) {
		msg, ok := load(t, lang)[m[1]]
		if assert.True(t, ok, "%s has %q", lang, m[1]) {
			assert.Equal(t, lang, msg.Message, "%s: %s", lang, m[1])
		}
	}
}

var citesSeed = regexp.MustCompile(`(?i)\bseeds?\W*\d`)

// What a user reads says what it means for them; it cites no source
// document ("seed 004"), in any locale or in the pages' HTML.
func TestNoMessageCitesASeed(t *testing.T) {
	for _, lang := range locales(t) {
		for k, msg := range load(t, lang) {
			assert.NotRegexp(t, citesSeed, msg.Message, "%s: %s", lang, k)
		}
	}
	// The pages' built-in English text, shown before the messages load.
	files, err := filepath.Glob(filepath.Join(root, "extension/*.html"))
	require.NoError(t, err)
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		assert.NotRegexp(t, citesSeed, string(b), filepath.Base(f))
	}
}

var informalGerman = regexp.MustCompile(`\b(?:[Dd]u|[Dd]ich|[Dd]ir|[Dd]ein(?:e[mnrs]?)?)\b`)

// German addresses the reader formally throughout ("Sie", "Ihr"): the
// popup's bulk texts once said "du" beside the badge's "Sie".
func TestGermanSaysSie(t *testing.T) {
	for k, msg := range load(t, "de") {
		assert.NotRegexp(t, informalGerman, msg.Message, "de: %s", k)
	}
}

// Every part the verdict's reason can have (verdict.Reasons) is a message
// that English words as the core does and every locale translates, with
// its argument as a placeholder; and every reason* message is one of them.
// A new reason without its messages fails here.
func TestVerdictReasonsAreTranslated(t *testing.T) {
	en := load(t, "en")
	reasons := verdict.Reasons()
	require.NotEmpty(t, reasons)
	known := map[string]bool{}
	for _, r := range reasons {
		known[r.Key] = true
		m, ok := en[r.Key]
		if !assert.True(t, ok, "en has %s", r.Key) {
			continue
		}
		assert.Equal(t, r.English, english(m), "en: %s says what the core says", r.Key)
		for _, lang := range locales(t) {
			msg, ok := load(t, lang)[r.Key]
			if assert.True(t, ok, "%s has %s", lang, r.Key) {
				assert.NotEmpty(t, strings.TrimSpace(msg.Message), "%s: %s", lang, r.Key)
				assert.Equal(t, strings.Contains(r.English, "$1"), len(msg.Placeholders) == 1, "%s: %s has a placeholder exactly when the core's English has $1", lang, r.Key)
			}
		}
	}
	for k := range en {
		if strings.HasPrefix(k, "reason") {
			assert.True(t, known[k], "en has %s, which the verdict never gives", k)
		}
	}
}
