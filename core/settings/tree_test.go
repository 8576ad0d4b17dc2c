package settings

import (
	"encoding/json"
	"errors"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// parse decodes JSON text the way the CLI and the options page do.
func parse(t testing.TB, text string) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(text), &v), text)
	return v
}

// knownRules stands in for flag.ByID.
func knownRules(id string) bool {
	switch id {
	case "no-mutuals", "canned-note", "polarizing", "money-talk":
		return true
	}
	return false
}

// fieldErrors runs FromTree and returns its problems as "field: message".
func fieldErrors(t *testing.T, text string) []string {
	t.Helper()
	s, err := FromTree(parse(t, text), knownRules)
	require.Error(t, err, text)
	assert.Equal(t, Settings{}, s, "a refused file gives the zero Settings")
	var errs Errors
	require.True(t, errors.As(err, &errs))
	out := make([]string, len(errs))
	for i, e := range errs {
		out[i] = e.Error()
	}
	return out
}

func TestFromTreeRealisticFile(t *testing.T) {
	text := `{
	  "own_companies": ["  Acme Robotics ", "Initech"],
	  "schools": ["TU München"],
	  "industry_keywords": ["robotics", "firmware"],
	  "competitors": ["Globex"],
	  "trusted": ["Ada Lovelace", "https://www.linkedin.com/in/grace-hopper/"],
	  "blocked": [],
	  "strictness": "strict",
	  "job_search": true,
	  "rules": {"polarizing": true, "canned-note": false},
	  "templates": {"thank_you": "Cheers, {first_name}!"},
	  "pacing": {"max_per_run": 10}
	}`
	s, err := FromTree(parse(t, text), knownRules)
	require.NoError(t, err)
	want := Defaults()
	want.OwnCompanies = []string{"Acme Robotics", "Initech"}
	want.Schools = []string{"TU München"}
	want.IndustryKeywords = []string{"robotics", "firmware"}
	want.Competitors = []string{"Globex"}
	want.Trusted = []string{"Ada Lovelace", "https://www.linkedin.com/in/grace-hopper/"}
	want.Strictness = Strict
	want.JobSearch = true
	want.Rules = map[string]bool{"polarizing": true, "canned-note": false}
	want.Templates.ThankYou = "Cheers, {first_name}!"
	want.Pacing.MaxPerRun = 10
	assert.Equal(t, want, s)
}

func TestFromTreeAbsentAndNullKeepDefaults(t *testing.T) {
	for _, text := range []string{
		`{}`,
		`{"own_companies": null, "strictness": null, "rules": null, "templates": null, "pacing": null, "ledger_limit": null}`,
		`{"templates": {"thank_you": null}, "pacing": {"min_delay_ms": null}}`,
		`{"templates": {}, "pacing": {}, "rules": {}}`,
	} {
		s, err := FromTree(parse(t, text), nil)
		require.NoError(t, err, text)
		assert.Equal(t, Defaults(), s, text)
	}
}

func TestFromTreeAcceptsGoValues(t *testing.T) {
	tree := map[string]any{
		"competitors":  []string{"Globex"},
		"ledger_limit": 2000,
		"pacing":       map[string]any{"max_per_hour": int64(100)},
	}
	s, err := FromTree(tree, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"Globex"}, s.Competitors)
	assert.Equal(t, 2000, s.LedgerLimit)
	assert.Equal(t, 100, s.Pacing.MaxPerHour)
}

func TestFromTreeRefusesUnknownKeys(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{`{"colour": "red"}`, []string{"colour: unknown setting"}},
		{`{"Strictness": "strict"}`, []string{"Strictness: unknown setting"}},
		{`{"zeta": 1, "alpha": null}`, []string{"alpha: unknown setting", "zeta: unknown setting"}},
		{`{"pacing": {"delay": 5}}`, []string{"pacing.delay: unknown field"}},
		{`{"templates": {"welcome": "hi"}}`, []string{"templates.welcome: unknown field"}},
		{`{"rules": {"foo-bar": true}}`, []string{"rules.foo-bar: unknown rule"}},
		{`{"rules": {"Foo Bar": true}}`, []string{`rules.Foo Bar: must be a kebab-case rule ID such as "no-mutuals" (got "Foo Bar")`}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, fieldErrors(t, tt.text), tt.text)
	}
}

func TestFromTreeRefusesNonObject(t *testing.T) {
	for _, text := range []string{`null`, `[]`, `"balanced"`, `3`, `true`} {
		assert.Equal(t, []string{"settings must be a JSON object"}, fieldErrors(t, text), text)
	}
}

func TestFromTreeRefusesWrongTypes(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{`{"own_companies": "Acme"}`, "own_companies: must be a list of strings"},
		{`{"schools": {"a": 1}}`, "schools: must be a list of strings"},
		{`{"industry_keywords": 3}`, "industry_keywords: must be a list of strings"},
		{`{"competitors": ["a", "b", 3]}`, "competitors[2]: must be a string"},
		{`{"trusted": [null]}`, "trusted[0]: must be a string"},
		{`{"blocked": [["x"]]}`, "blocked[0]: must be a string"},
		{`{"strictness": 2}`, "strictness: must be a string"},
		{`{"job_search": "yes"}`, "job_search: must be true or false"},
		{`{"job_search": 1}`, "job_search: must be true or false"},
		{`{"rules": ["no-mutuals"]}`, "rules: must be an object of rule IDs to true or false"},
		{`{"rules": {"no-mutuals": "off"}}`, "rules.no-mutuals: must be true or false"},
		{`{"templates": "hi"}`, "templates: must be an object"},
		{`{"templates": {"thank_you": 5}}`, "templates.thank_you: must be a string"},
		{`{"templates": {"ask_context": false}}`, "templates.ask_context: must be a string"},
		{`{"pacing": 5}`, "pacing: must be an object"},
		{`{"pacing": {"min_delay_ms": "1500"}}`, "pacing.min_delay_ms: must be a whole number"},
		{`{"pacing": {"max_delay_ms": 1.5}}`, "pacing.max_delay_ms: must be a whole number"},
		{`{"pacing": {"max_per_run": true}}`, "pacing.max_per_run: must be a whole number"},
		{`{"pacing": {"max_per_hour": [1]}}`, "pacing.max_per_hour: must be a whole number"},
		{`{"ledger_limit": "5000"}`, "ledger_limit: must be a whole number"},
		{`{"ledger_limit": 1e300}`, "ledger_limit: is out of range"},
	}
	for _, tt := range tests {
		assert.Equal(t, []string{tt.want}, fieldErrors(t, tt.text), tt.text)
	}
}

func TestFromTreeReportsEveryProblemInFieldOrder(t *testing.T) {
	got := fieldErrors(t, `{
	  "ledger_limit": 5,
	  "strictness": "extreme",
	  "competitors": ["", 7, "Globex", "globex "],
	  "pacing": {"min_delay_ms": -1, "max_per_run": 50, "max_per_hour": 10},
	  "extra": true
	}`)
	assert.Equal(t, []string{
		"competitors[0]: empty entry",
		"competitors[1]: must be a string",
		`competitors[3]: duplicate of competitors[2] ("globex")`,
		`strictness: must be one of relaxed, balanced, strict (got "extreme")`,
		"pacing.min_delay_ms: must be between 0 and 600000",
		"pacing.max_per_run: must not be more than pacing.max_per_hour (10)",
		"ledger_limit: must be between 100 and 15000 (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)",
		"extra: unknown setting",
	}, got)
}

func TestFromTreeNoMisleadingCrossFieldError(t *testing.T) {
	// max_per_hour is refused, so comparing max_per_run with its default
	// would only confuse.
	got := fieldErrors(t, `{"pacing": {"max_per_run": 100, "max_per_hour": "ten"}}`)
	assert.Equal(t, []string{"pacing.max_per_hour: must be a whole number"}, got)
	got = fieldErrors(t, `{"pacing": {"min_delay_ms": 5000, "max_delay_ms": null, "max_per_run": 0}}`)
	assert.Equal(t, []string{
		"pacing.max_delay_ms: must not be less than pacing.min_delay_ms (5000)",
		"pacing.max_per_run: must be between 1 and 500",
	}, got)
}

func TestFromTreeErrorsAreTyped(t *testing.T) {
	_, err := FromTree(parse(t, `{"strictness": "extreme", "ledger_limit": 1}`), nil)
	require.Error(t, err)
	var fe *FieldError
	require.True(t, errors.As(err, &fe))
	assert.Equal(t, "strictness", fe.Field)
	assert.Equal(t, `must be one of relaxed, balanced, strict (got "extreme")`, fe.Message)
	var errs Errors
	require.True(t, errors.As(err, &errs))
	assert.Len(t, errs, 2)
	assert.True(t, errs.Has("ledger_limit"))
	assert.False(t, errs.Has("pacing"))
	assert.Equal(t, `strictness: must be one of relaxed, balanced, strict (got "extreme"); ledger_limit: must be between 100 and 15000 (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)`, err.Error())
}

func TestFromTreeNilKnownRuleChecksFormOnly(t *testing.T) {
	s, err := FromTree(parse(t, `{"rules": {"some-future-rule": true}}`), nil)
	require.NoError(t, err)
	assert.Equal(t, map[string]bool{"some-future-rule": true}, s.Rules)
	_, err = FromTree(parse(t, `{"rules": {"some_rule": true}}`), nil)
	require.Error(t, err)
}

func TestBadFileLeavesCallersSettingsAlone(t *testing.T) {
	current := full()
	before := full()
	next, err := FromTree(parse(t, `{"strictness": "relaxed", "competitors": [1]}`), nil)
	if err == nil {
		current = next
	}
	require.Error(t, err)
	assert.Equal(t, before, current)
	assert.Equal(t, Settings{}, next)
}

func TestFromTreeDoesNotShareInput(t *testing.T) {
	tree := parse(t, `{"competitors": ["Globex"], "rules": {"no-mutuals": false}}`).(map[string]any)
	s, err := FromTree(tree, knownRules)
	require.NoError(t, err)
	tree["competitors"].([]any)[0] = "changed"
	tree["rules"].(map[string]any)["no-mutuals"] = true
	assert.Equal(t, []string{"Globex"}, s.Competitors)
	assert.False(t, s.Rules["no-mutuals"])
}

func TestStored(t *testing.T) {
	known := func(string) bool { return true }
	for _, tc := range []struct {
		name    string
		tree    any
		problem string // a part of the problem told, "" for none
		limit   int    // the decision log's limit applied
	}{
		{"nothing saved", nil, "", 5000},
		{"valid", map[string]any{}, "", 5000},
		{"not an object", "x", "saved settings are not valid", 100000},
		// Saved settings that do not validate (a newer version's, synced)
		// never rotate the decision log's entries out: their own limit
		// when it is valid, or was valid in an earlier version, else the
		// largest any version allowed.
		{"invalid, with a valid limit", map[string]any{"strictness": "paranoid", "ledger_limit": 2000.0}, "saved settings are not valid", 2000},
		{"invalid, with an earlier version's limit", map[string]any{"strictness": "paranoid", "ledger_limit": 50000.0}, "saved settings are not valid", 50000},
		{"invalid limit", map[string]any{"ledger_limit": 5.0}, "saved settings are not valid", 100000},
		{"limit not a number", map[string]any{"ledger_limit": "many"}, "saved settings are not valid", 100000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, problem := Stored(tc.tree, known)
			if tc.problem == "" {
				assert.Empty(t, problem)
			} else {
				// The problem says what is true: the defaults judge, and
				// the log keeps the limit KeepLimit gives.
				assert.Contains(t, problem, tc.problem)
				assert.Contains(t, problem, "; Vetted judges with the default settings until they are fixed, and the decision log keeps up to "+strconv.Itoa(tc.limit)+" entries meanwhile.")
				assert.NotContains(t, problem, "using the defaults")
			}
			assert.Equal(t, tc.limit, s.LedgerLimit)
			want := Defaults()
			want.LedgerLimit = tc.limit
			assert.Equal(t, want, s)
		})
	}
	assert.Equal(t, "Vetted could not read its settings (gone); it judges with the default settings, and the decision log keeps up to 100000 entries meanwhile.", Unreadable("gone"))
	assert.Equal(t, 100000, KeepLimit(nil), "settings that cannot be read rotate nothing out")
}

// A decision-log limit above what the browser's storage holds, which an
// earlier version allowed, is the one problem of settings that are
// otherwise valid: they stay in use, the log keeps their limit (nothing is
// rotated out), and the problem says what to do.
func TestStoredEarlierVersionsLimit(t *testing.T) {
	tree := map[string]any{"strictness": "strict", "blocked": []any{"Mallory"}, "ledger_limit": 50000.0}
	s, problem := Stored(tree, func(string) bool { return true })
	assert.Equal(t, Strict, s.Strictness, "the saved settings judge")
	assert.Equal(t, []string{"Mallory"}, s.Blocked)
	assert.Equal(t, 50000, s.LedgerLimit, "no entry is rotated out")
	assert.Equal(t, EarlierLimitProblem, problem)
	assert.Equal(t, "Vetted's saved decision-log limit is more than the browser's storage holds (at most "+strconv.Itoa(MaxLedgerLimit)+" entries): once it is full, decisions are not saved. Lower the limit on the options page or the decision log page.", problem)

	_, problem = Stored(map[string]any{"strictness": "extreme", "ledger_limit": 50000.0}, nil)
	assert.Contains(t, problem, "saved settings are not valid", "other problems too: the defaults judge")
}

// Saved takes what this or an earlier version saved or exported: settings
// whose one problem is an earlier version's decision-log limit are taken,
// with that limit, and said to be earlier; anything else invalid is
// refused as FromTree refuses it.
func TestSaved(t *testing.T) {
	known := func(string) bool { return true }
	for _, tc := range []struct {
		name    string
		tree    any
		earlier bool
		limit   int
		err     string // a part of the error, "" for none
	}{
		{"valid", map[string]any{"ledger_limit": 15000.0}, false, 15000, ""},
		{"earlier version's limit", map[string]any{"strictness": "strict", "ledger_limit": 50000.0}, true, 50000, ""},
		{"earliest limit", map[string]any{"ledger_limit": 100000.0}, true, 100000, ""},
		{"above any version's", map[string]any{"ledger_limit": 100001.0}, false, 0, "ledger_limit: must be between 100 and 15000"},
		{"not whole", map[string]any{"ledger_limit": 50000.5}, false, 0, "ledger_limit"},
		{"other problems too", map[string]any{"strictness": "extreme", "ledger_limit": 50000.0}, false, 0, "strictness"},
		{"not an object", "x", false, 0, "settings must be a JSON object"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, earlier, err := Saved(tc.tree, known)
			if tc.err != "" {
				require.Error(t, err)
				assert.Contains(t, err.Error(), tc.err)
				assert.Equal(t, Settings{}, s)
				assert.False(t, earlier)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.earlier, earlier)
			assert.Equal(t, tc.limit, s.LedgerLimit)
		})
	}
}
