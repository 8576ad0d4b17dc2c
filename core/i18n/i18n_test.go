package i18n

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSubstitute(t *testing.T) {
	tests := []struct {
		name string
		s    string
		args []string
		want string
	}{
		{"plain", "Done.", nil, "Done."},
		{"one", "Accepted $1.", []string{"Ada"}, "Accepted Ada."},
		{"two", "$1 — $2", []string{"Recruiter", "review"}, "Recruiter — review"},
		{"order", "$2, $1", []string{"a", "b"}, "b, a"},
		{"repeat", "$1 and $1", []string{"x"}, "x and x"},
		{"missing argument", "Ignored $1$2.", []string{"Ada"}, "Ignored Ada."},
		{"dollar", "costs $$5", nil, "costs $5"},
		{"lone dollar", "a $ b $", nil, "a $ b $"},
		{"$0 is text", "$0", []string{"x"}, "$0"},
		{"hostile argument stays", "Hi $1, $2", []string{"$2 $$", "B"}, "Hi $2 $$, B"},
		{"markup is text", "$1", []string{"<img src=x onerror=alert(1)>"}, "<img src=x onerror=alert(1)>"},
		{"utf-8", "„$1“", []string{"Jürgen"}, "„Jürgen“"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Substitute(tt.s, tt.args...))
		})
	}
}

func TestValidKey(t *testing.T) {
	tests := []struct {
		key  string
		want bool
	}{
		{"reasonBlocklist", true},
		{"bulkStop_run_cap", true},
		{"a", true},
		{"z9_", true},
		{"", false},
		{"1reason", false},
		{"_reason", false},
		{"reason Blocklist", false},
		{"reason-blocklist", false},
		{"<b>", false},
		{"reasonÄ", false},
		{"a123456789012345678901234567890123456789012345678901234567890123", true},   // 64 bytes
		{"a1234567890123456789012345678901234567890123456789012345678901234", false}, // 65 bytes
	}
	for _, tt := range tests {
		t.Run(tt.key, func(t *testing.T) {
			assert.Equal(t, tt.want, ValidKey(tt.key))
		})
	}
}
