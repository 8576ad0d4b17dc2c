package settings

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefaultsAreValid(t *testing.T) {
	d := Defaults()
	require.NoError(t, d.Validate(nil))
	assert.Equal(t, Balanced, d.Strictness)
	assert.False(t, d.JobSearch)
	assert.NotNil(t, d.Rules)
	assert.Empty(t, d.Rules)
	for _, l := range [][]string{d.OwnCompanies, d.Schools, d.IndustryKeywords, d.Competitors, d.Trusted, d.Blocked} {
		assert.NotNil(t, l)
		assert.Empty(t, l)
	}
	assert.Equal(t, Pacing{MinDelayMS: 1500, MaxDelayMS: 4000, MaxPerRun: 25, MaxPerHour: 80}, d.Pacing)
	assert.Equal(t, 5000, d.LedgerLimit)
	assert.Contains(t, d.Templates.ThankYou, "{first_name}")
	assert.Contains(t, d.Templates.AskContext, "{first_name}")
}

func TestDefaultsAreIndependent(t *testing.T) {
	a := Defaults()
	a.Rules["no-mutuals"] = false
	a.Competitors = append(a.Competitors, "Globex")
	b := Defaults()
	assert.Empty(t, b.Rules)
	assert.Empty(t, b.Competitors)
}

func TestTreeRoundTripDefaults(t *testing.T) {
	d := Defaults()
	got, err := FromTree(any(d.Tree()), nil)
	require.NoError(t, err)
	assert.Equal(t, d, got)
}

func TestTreeHasEveryField(t *testing.T) {
	tree := Defaults().Tree()
	for _, f := range fieldOrder {
		assert.Contains(t, tree, f)
	}
	assert.Len(t, tree, len(fieldOrder))
	assert.Len(t, tree["templates"], len(templateFields))
	assert.Len(t, tree["pacing"], len(pacingFields))
}

// full is a realistic settings value with every field away from its default.
func full() Settings {
	s := Defaults()
	s.OwnCompanies = []string{"Acme Robotics", "Initech"}
	s.Schools = []string{"TU München", "MIT"}
	s.IndustryKeywords = []string{"robotics", "embedded", "firmware"}
	s.Competitors = []string{"Globex", "Umbrella Corp"}
	s.Trusted = []string{"Ada Lovelace", "https://www.linkedin.com/in/grace-hopper/"}
	s.Blocked = []string{"Jim Spammer", "http://www.linkedin.com/in/scammy-bob"}
	s.Strictness = Strict
	s.JobSearch = true
	s.Rules = map[string]bool{"polarizing": true, "canned-note": false}
	s.Templates = Templates{ThankYou: "Cheers {name}!", AskContext: "Hello {first_name} :-{ where did we meet?"}
	s.Pacing = Pacing{MinDelayMS: 0, MaxDelayMS: 600000, MaxPerRun: 500, MaxPerHour: 2000}
	s.LedgerLimit = 100
	return s
}

func TestTreeRoundTripThroughJSONText(t *testing.T) {
	for name, s := range map[string]Settings{"defaults": Defaults(), "full": full()} {
		t.Run(name, func(t *testing.T) {
			require.NoError(t, s.Validate(nil))
			raw, err := json.Marshal(s.Tree())
			require.NoError(t, err)
			var tree any
			require.NoError(t, json.Unmarshal(raw, &tree))
			got, err := FromTree(tree, nil)
			require.NoError(t, err)
			assert.Equal(t, s, got)

			// The struct's own JSON tags give the same file.
			raw2, err := json.Marshal(s)
			require.NoError(t, err)
			assert.JSONEq(t, string(raw), string(raw2))
		})
	}
}
