package settings

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestFormProblems(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []FormProblem
	}{
		{"bad profile URL", `{"trusted":["Ada Lovelace","ftp://x","https://www.linkedin.com/in/ok"]}`, []FormProblem{
			{Field: "trusted[1]", Input: "trusted", Entry: 1, Message: "must be a name or an http(s) profile URL", Detail: "must be a name or an http(s) profile URL"},
		}},
		{"duplicate names the first entry", `{"own_companies":["Acme","Initech","acme"]}`, []FormProblem{
			{Field: "own_companies[2]", Input: "own_companies", Entry: 2, Message: `duplicate of entry 1 ("acme")`, Detail: `duplicate of own_companies[0] ("acme")`},
		}},
		{"trusted and blocked", `{"trusted":["Bob","Ada"],"blocked":["ada"]}`, []FormProblem{
			{Field: "blocked[0]", Input: "blocked", Entry: 0, Message: `also in trusted entry 2 ("ada"); a person cannot be both`, Detail: `also in trusted[1] ("ada"); a person cannot be both`},
		}},
		{"min delay above max delay, in seconds", `{"pacing":{"min_delay_ms":9000,"max_delay_ms":2000}}`, []FormProblem{
			{Field: "pacing.max_delay_ms", Input: "pacing.max_delay_ms", Entry: -1, Message: "must not be less than the minimum delay", Detail: "must not be less than pacing.min_delay_ms (9000)"},
		}},
		{"delay out of range, in seconds", `{"pacing":{"min_delay_ms":-1000}}`, []FormProblem{
			{Field: "pacing.min_delay_ms", Input: "pacing.min_delay_ms", Entry: -1, Message: "must be between 0 and 600 seconds", Detail: "must be between 0 and 600000"},
		}},
		{"delay not a number", `{"pacing":{"max_delay_ms":""}}`, []FormProblem{
			{Field: "pacing.max_delay_ms", Input: "pacing.max_delay_ms", Entry: -1, Message: "must be a number of seconds", Detail: "must be a whole number"},
		}},
		{"other numbers keep their words", `{"pacing":{"max_per_run":0},"ledger_limit":5}`, []FormProblem{
			{Field: "pacing.max_per_run", Input: "pacing.max_per_run", Entry: -1, Message: "must be between 1 and 500", Detail: "must be between 1 and 500"},
			{Field: "ledger_limit", Input: "ledger_limit", Entry: -1, Message: "must be between 100 and 15000 (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)", Detail: "must be between 100 and 15000 (the browser stores at most 10 MB for Vetted: about 15000 entries beside what Vetted learnt)"},
		}},
		{"unknown rule", `{"rules":{"no-such-rule":true}}`, []FormProblem{
			{Field: "rules.no-such-rule", Input: "rules.no-such-rule", Entry: -1, Message: "unknown rule", Detail: "unknown rule"},
		}},
		{"bad strictness", `{"strictness":"paranoid"}`, []FormProblem{
			{Field: "strictness", Input: "strictness", Entry: -1, Message: `must be one of relaxed, balanced, strict (got "paranoid")`, Detail: `must be one of relaxed, balanced, strict (got "paranoid")`},
		}},
		{"not an object", `[1]`, []FormProblem{
			{Field: "", Input: "", Entry: -1, Message: "settings must be a JSON object", Detail: "settings must be a JSON object"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := FromTree(parse(t, tt.file), knownRules)
			require.Error(t, err)
			assert.Equal(t, tt.want, FormProblems(err))
		})
	}
}

func TestFormProblemsOtherErrors(t *testing.T) {
	assert.Nil(t, FormProblems(nil))
	assert.Equal(t, []FormProblem{{Entry: -1, Message: "boom", Detail: "boom"}}, FormProblems(errors.New("boom")))
	fe := &FieldError{Field: "schools[3]", Message: "empty entry"}
	assert.Equal(t, []FormProblem{{Field: "schools[3]", Input: "schools", Entry: 3, Message: "empty entry", Detail: "empty entry"}}, FormProblems(fe))
}

func TestEntriesAsNumbers(t *testing.T) {
	tests := []struct{ in, want string }{
		{"duplicate of schools[0] (\"MIT\")", "duplicate of entry 1 (\"MIT\")"},
		{"also in trusted[9] (\"x\"); a person cannot be both", "also in trusted entry 10 (\"x\"); a person cannot be both"},
		{"no path here", "no path here"},
		{"broken trusted[x] path", "broken trusted[x] path"},
		{"unclosed competitors[2", "unclosed competitors[2"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, entriesAsNumbers(tt.in), tt.in)
	}
}
