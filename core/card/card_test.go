package card

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestNewIsUnknown(t *testing.T) {
	c := New()
	assert.Equal(t, -1, c.Mutuals)
	assert.Equal(t, -1, c.AgeDays)
	assert.Equal(t, PhotoUnknown, c.Photo)
	assert.True(t, c.IsPerson())
}

func TestDecodeKeepsUnknownForAbsentFields(t *testing.T) {
	tests := []struct {
		line        string
		wantMutuals int
		wantAge     int
	}{
		{`{"name":"Ada"}`, -1, -1},
		{`{"name":"Ada","mutuals":0,"age_days":0}`, 0, 0},
		{`{"mutuals":12,"age_days":3}`, 12, 3},
	}
	for _, tt := range tests {
		c := New()
		require.NoError(t, json.Unmarshal([]byte(tt.line), &c), tt.line)
		c.Normalize()
		assert.Equal(t, tt.wantMutuals, c.Mutuals, tt.line)
		assert.Equal(t, tt.wantAge, c.AgeDays, tt.line)
	}
}

func TestNormalize(t *testing.T) {
	c := Card{Mutuals: -7, AgeDays: -3}
	c.Normalize()
	assert.Equal(t, Person, c.Kind)
	assert.Equal(t, PhotoUnknown, c.Photo)
	assert.Equal(t, -1, c.Mutuals)
	assert.Equal(t, -1, c.AgeDays)
	p := Card{Kind: Newsletter}
	assert.False(t, p.IsPerson())
}
