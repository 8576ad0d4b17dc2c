package flag

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/vetted/vetted/core/settings"
)

func TestOverrides(t *testing.T) {
	tests := []struct {
		name string
		in   map[string]bool
		want map[string]bool
	}{
		{"nil", nil, map[string]bool{}},
		{"defaults dropped", map[string]bool{"no-mutuals": true, "polarizing": false}, map[string]bool{}},
		{"changes kept", map[string]bool{"no-mutuals": false, "polarizing": true, "money-talk": true},
			map[string]bool{"no-mutuals": false, "polarizing": true}},
		{"unknown kept for validation", map[string]bool{"no-such-rule": true}, map[string]bool{"no-such-rule": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Overrides(tt.in))
		})
	}
}

func TestRuleOnMatchesContext(t *testing.T) {
	for _, rules := range []map[string]bool{nil, {"polarizing": true, "no-mutuals": false}, Overrides(map[string]bool{"odd-name": false})} {
		s := settings.Defaults()
		s.Rules = rules
		x := NewContext(&s)
		for _, r := range All {
			assert.Equal(t, r.On(rules), x.Enabled(r.ID), r.ID)
		}
	}
	assert.True(t, NoMutuals.On(nil))
	assert.False(t, Polarizing.On(nil))
	assert.True(t, Polarizing.On(map[string]bool{"polarizing": true}))
}
