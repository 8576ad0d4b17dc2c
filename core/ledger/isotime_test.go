package ledger

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestISOTime(t *testing.T) {
	tests := []struct {
		ms   int64
		want string
	}{
		{0, ""},
		{-5, ""},
		{1, "1970-01-01T00:00:00.001Z"},
		{t0, "2026-03-01T12:00:00.000Z"},
		{t0 + 45_296_789, "2026-03-02T00:34:56.789Z"},
		{time.Date(2024, 2, 29, 23, 59, 59, 999e6, time.UTC).UnixMilli(), "2024-02-29T23:59:59.999Z"},
		{time.Date(2000, 12, 31, 0, 0, 0, 0, time.UTC).UnixMilli(), "2000-12-31T00:00:00.000Z"},
		{time.Date(2100, 3, 1, 0, 0, 0, 0, time.UTC).UnixMilli(), "2100-03-01T00:00:00.000Z"},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, ISOTime(tt.ms), tt.ms)
	}
}

func TestISOTimeAgreesWithPackageTime(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20000; i++ {
		ms := 1 + r.Int64N(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC).UnixMilli())
		want := time.UnixMilli(ms).UTC().Format("2006-01-02T15:04:05.000Z")
		require.Equal(t, want, ISOTime(ms), ms)
		back, err := ParseISOTime(want)
		require.NoError(t, err)
		require.Equal(t, ms, back)
	}
}

func TestParseISOTime(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		bad  bool
	}{
		{"", 0, false},
		{"2026-03-01T12:00:00.000Z", t0, false},
		{"2026-03-01T12:00:00Z", t0, false},
		{"2026-03-01 12:00:00Z", t0, false},
		{"2026-03-01T12:00:00+00:00", t0, false},
		{"2026-03-01T12:00:00.5Z", t0 + 500, false},
		{"2026-03-01T12:00:00.123456789Z", t0 + 123, false},
		{"2024-02-29T00:00:00Z", time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).UnixMilli(), false},
		{"2026-02-29T00:00:00Z", 0, true},
		{"2026-04-31T00:00:00Z", 0, true},
		{"2026-13-01T00:00:00Z", 0, true},
		{"2026-03-01T24:00:00Z", 0, true},
		{"2026-03-01T12:00:00", 0, true},
		{"2026-03-01T12:00:00+01:00", 0, true},
		{"2026-03-01T12:00:00.Z", 0, true},
		{"2026-03-01T12:00:00.1234567890Z", 0, true},
		{"1969-12-31T23:59:59Z", 0, true},
		{"20x6-03-01T12:00:00Z", 0, true},
		{"yesterday", 0, true},
		{"=1+1", 0, true},
	}
	for _, tt := range tests {
		got, err := ParseISOTime(tt.in)
		if tt.bad {
			assert.Error(t, err, tt.in)
			continue
		}
		require.NoError(t, err, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}
