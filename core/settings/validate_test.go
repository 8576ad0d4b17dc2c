package settings

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// problems runs Validate and returns "field: message" for each problem.
func problems(t *testing.T, s Settings, knownRule func(string) bool) []string {
	t.Helper()
	err := s.Validate(knownRule)
	if err == nil {
		return nil
	}
	var errs Errors
	require.True(t, errors.As(err, &errs))
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

func many(n int, f func(i int) string) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = f(i)
	}
	return out
}

func TestValidateMessages(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *Settings)
		want   []string
	}{
		{"defaults", func(s *Settings) {}, nil},
		{"empty entry", func(s *Settings) { s.Trusted = []string{" "} }, []string{"trusted[0]: empty entry"}},
		{"trimmed entry is fine", func(s *Settings) { s.Schools = []string{"  MIT\t"} }, nil},
		{"long entry", func(s *Settings) { s.Schools = []string{strings.Repeat("é", 201)} },
			[]string{"schools[0]: longer than 200 characters"}},
		{"200 characters is fine", func(s *Settings) { s.Schools = []string{strings.Repeat("é", 200)} }, nil},
		{"too many entries", func(s *Settings) {
			s.IndustryKeywords = many(501, func(i int) string { return "k" + strconv.Itoa(i) })
		}, []string{"industry_keywords: more than 500 entries"}},
		{"500 entries is fine", func(s *Settings) {
			s.IndustryKeywords = many(500, func(i int) string { return "k" + strconv.Itoa(i) })
		}, nil},
		{"duplicate after case folding", func(s *Settings) { s.OwnCompanies = []string{"Acme  Corp", "Initech", "acme corp"} },
			[]string{`own_companies[2]: duplicate of own_companies[0] ("acme corp")`}},
		{"accents are not duplicates", func(s *Settings) { s.Schools = []string{"Ecole", "École"} }, nil},
		{"control character", func(s *Settings) { s.Competitors = []string{"Glo\nbex"} },
			[]string{"competitors[0]: contains a control character (such as a line break)"}},
		{"invalid UTF-8", func(s *Settings) { s.Competitors = []string{"Glo\xffbex"} },
			[]string{"competitors[0]: not valid UTF-8 text"}},
		{"profile URL", func(s *Settings) { s.Blocked = []string{"https://www.linkedin.com/in/x-y-123/?trk=a%20b"} }, nil},
		{"other scheme", func(s *Settings) { s.Blocked = []string{"ftp://example.com/x"} },
			[]string{"blocked[0]: must be a name or an http(s) profile URL"}},
		{"javascript URL", func(s *Settings) { s.Trusted = []string{"javascript://alert(1)"} },
			[]string{"trusted[0]: must be a name or an http(s) profile URL"}},
		{"bad URL", func(s *Settings) {
			s.Trusted = []string{"https://exa mple.com/in/x", "https:///in/x", "https://x.com/%zz"}
		},
			[]string{"trusted[0]: not a valid profile URL", "trusted[1]: not a valid profile URL", "trusted[2]: not a valid profile URL"}},
		{"trusted and blocked", func(s *Settings) {
			s.Trusted = []string{"Ada", "Bob Smith"}
			s.Blocked = []string{"Eve", " bob  smith"}
		},
			[]string{`blocked[1]: also in trusted[1] ("bob  smith"); a person cannot be both`}},
		{"strictness", func(s *Settings) { s.Strictness = "extreme" },
			[]string{`strictness: must be one of relaxed, balanced, strict (got "extreme")`}},
		{"empty strictness", func(s *Settings) { s.Strictness = "" },
			[]string{`strictness: must be one of relaxed, balanced, strict (got "")`}},
		{"rule unknown", func(s *Settings) { s.Rules = map[string]bool{"foo-bar": true, "no-mutuals": false} },
			[]string{"rules.foo-bar: unknown rule"}},
		{"rule form", func(s *Settings) { s.Rules = map[string]bool{"No_Mutuals": true} },
			[]string{`rules.No_Mutuals: must be a kebab-case rule ID such as "no-mutuals" (got "No_Mutuals")`}},
		{"nil rules", func(s *Settings) { s.Rules = nil }, nil},
		{"template placeholder", func(s *Settings) { s.Templates.ThankYou = "Hi {firstname}!" },
			[]string{"templates.thank_you: unknown placeholder {firstname}; use {first_name} or {name}"}},
		{"template placeholder with space", func(s *Settings) { s.Templates.AskContext = "Hi {first name}" },
			[]string{"templates.ask_context: unknown placeholder {first name}; use {first_name} or {name}"}},
		{"braces that are not placeholders", func(s *Settings) { s.Templates.AskContext = "Hi {name} :-{ } {} { } {\"a\":1}" }, nil},
		{"empty template", func(s *Settings) { s.Templates.ThankYou = "" }, nil},
		{"long template", func(s *Settings) { s.Templates.AskContext = strings.Repeat("ü", 1001) },
			[]string{"templates.ask_context: longer than 1000 characters"}},
		{"min delay", func(s *Settings) { s.Pacing.MinDelayMS = -1 },
			[]string{"pacing.min_delay_ms: must be between 0 and 600000"}},
		{"max delay", func(s *Settings) { s.Pacing.MaxDelayMS = 600001 },
			[]string{"pacing.max_delay_ms: must be between 0 and 600000"}},
		{"delays out of order", func(s *Settings) { s.Pacing.MinDelayMS, s.Pacing.MaxDelayMS = 5000, 4000 },
			[]string{"pacing.max_delay_ms: must not be less than pacing.min_delay_ms (5000)"}},
		{"equal delays", func(s *Settings) { s.Pacing.MinDelayMS, s.Pacing.MaxDelayMS = 0, 0 }, nil},
		{"per run zero", func(s *Settings) { s.Pacing.MaxPerRun = 0 },
			[]string{"pacing.max_per_run: must be between 1 and 500"}},
		{"per hour too high", func(s *Settings) { s.Pacing.MaxPerHour = 2001 },
			[]string{"pacing.max_per_hour: must be between 1 and 2000"}},
		{"per run above per hour", func(s *Settings) { s.Pacing.MaxPerRun, s.Pacing.MaxPerHour = 30, 20 },
			[]string{"pacing.max_per_run: must not be more than pacing.max_per_hour (20)"}},
		{"ledger low", func(s *Settings) { s.LedgerLimit = 99 }, []string{"ledger_limit: must be between 100 and 15000 (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)"}},
		{"ledger at the most", func(s *Settings) { s.LedgerLimit = 15000 }, nil},
		// An earlier version allowed up to 100,000, which the browser's
		// storage cannot hold: the message says why.
		{"ledger high", func(s *Settings) { s.LedgerLimit = 15001 }, []string{"ledger_limit: must be between 100 and 15000 (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)"}},
		{"zero value", func(s *Settings) { *s = Settings{} }, []string{
			`strictness: must be one of relaxed, balanced, strict (got "")`,
			"pacing.max_per_run: must be between 1 and 500",
			"pacing.max_per_hour: must be between 1 and 2000",
			"ledger_limit: must be between 100 and 15000 (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Defaults()
			tt.change(&s)
			assert.Equal(t, tt.want, problems(t, s, knownRules))
		})
	}
}

func TestFieldErrorWithoutField(t *testing.T) {
	assert.Equal(t, "broken", (&FieldError{Message: "broken"}).Error())
}

func TestIsRuleID(t *testing.T) {
	for _, id := range []string{"no-mutuals", "a", "x2", "link-in-note", "a-1-b"} {
		assert.True(t, IsRuleID(id), id)
	}
	for _, id := range []string{"", "-a", "a-", "a--b", "A", "a_b", "a b", "é", strings.Repeat("a", 65)} {
		assert.False(t, IsRuleID(id), id)
	}
}

func TestNormalized(t *testing.T) {
	s := Defaults()
	s.Competitors = []string{" Globex ", "Umbrella"}
	s.Rules = nil
	n := s.Normalized()
	assert.Equal(t, []string{"Globex", "Umbrella"}, n.Competitors)
	assert.Equal(t, " Globex ", s.Competitors[0], "the original is left alone")
	assert.NotNil(t, n.Rules)
	n.Rules["x"] = true
	assert.Nil(t, s.Rules)
}

// ledgerLimitWhy writes MaxLedgerLimit out (core.wasm's size): the same
// number.
func TestLedgerLimitWhyNamesTheMost(t *testing.T) {
	assert.Contains(t, ledgerLimitWhy, " about "+strconv.Itoa(MaxLedgerLimit)+" entries")
}
