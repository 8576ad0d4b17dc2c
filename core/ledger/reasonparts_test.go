package ledger

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/i18n"
)

// An entry's reason parts (reason_parts) are read when they are well
// formed, a key this version does not know included (the page shows the
// English reason then), and left out otherwise (the check says what is
// wrong); an entry logged before the parts were kept reads as it did.
func TestEntryFromTreeReasonParts(t *testing.T) {
	entry := func(parts any) map[string]any {
		return map[string]any{"name": "Ada", "action": "ignore", "reason": "on your blocklist", "reason_parts": parts}
	}
	args := func(n int) []any {
		out := make([]any, n)
		for i := range out {
			out[i] = "x"
		}
		return out
	}
	many := make([]any, MaxReasonParts+1)
	for i := range many {
		many[i] = []any{"reasonBlocklist"}
	}
	tests := []struct {
		name string
		tree map[string]any
		want []i18n.Message
		err  string
	}{
		{"logged before the parts were kept", map[string]any{"name": "Ada", "action": "ignore", "reason": "on your blocklist"}, nil, ""},
		{"null", entry(nil), nil, ""},
		{"empty list", entry([]any{}), nil, ""},
		{"one part", entry([]any{[]any{"reasonBlocklist"}}), []i18n.Message{{Key: "reasonBlocklist"}}, ""},
		{"an argument, hostile text kept as it is", entry([]any{[]any{"reasonIndustry", "<img src=x onerror=alert(1)> $1"}}),
			[]i18n.Message{{Key: "reasonIndustry", Args: []string{"<img src=x onerror=alert(1)> $1"}}}, ""},
		{"two parts", entry([]any{[]any{"reasonMutuals"}, []any{"reasonIgnoredLike"}}),
			[]i18n.Message{{Key: "reasonMutuals"}, {Key: "reasonIgnoredLike"}}, ""},
		{"a newer version's key", entry([]any{[]any{"reasonFromTheFuture_2"}}), []i18n.Message{{Key: "reasonFromTheFuture_2"}}, ""},
		{"nine arguments", entry([]any{append([]any{"reasonIndustry"}, args(9)...)}),
			[]i18n.Message{{Key: "reasonIndustry", Args: strings.Split("x x x x x x x x x", " ")}}, ""},

		{"not a list", entry("on your blocklist"), nil, "reason_parts: not a list"},
		{"too many parts", entry(many), nil, "reason_parts: more than 8 parts"},
		{"a part not a list", entry([]any{"reasonBlocklist"}), nil, "reason_parts[0]: not a list of a message name and its arguments"},
		{"an object, not a list", entry([]any{map[string]any{"key": "reasonBlocklist"}}), nil, "reason_parts[0]: not a list of a message name and its arguments"},
		{"an empty part", entry([]any{[]any{"reasonBlocklist"}, []any{}}), nil, "reason_parts[1]: not a list of a message name and its arguments"},
		{"name not a string", entry([]any{[]any{3.0}}), nil, "reason_parts[0]: not a list of strings"},
		{"empty name", entry([]any{[]any{""}}), nil, `reason_parts[0]: not a message name: ""`},
		{"name with markup", entry([]any{[]any{"reasonBlocklist"}, []any{"<b>x</b>"}}), nil, `reason_parts[1]: not a message name: "<b>x</b>"`},
		{"name with a space", entry([]any{[]any{"reason Blocklist"}}), nil, "not a message name"},
		{"name starting with a digit", entry([]any{[]any{"1reason"}}), nil, "not a message name"},
		{"long name, clipped in the message", entry([]any{[]any{strings.Repeat("a", 65)}}), nil, `not a message name: "` + strings.Repeat("a", 40) + `…"`},
		{"an argument not a string", entry([]any{[]any{"reasonIndustry", 1.0}}), nil, "reason_parts[0]: not a list of strings"},
		{"an argument null", entry([]any{[]any{"reasonIndustry", nil}}), nil, "reason_parts[0]: not a list of strings"},
		{"ten arguments", entry([]any{append([]any{"reasonIndustry"}, args(10)...)}), nil, "reason_parts[0]: more than 9 arguments"},
		{"an argument not UTF-8", entry([]any{[]any{"reasonIndustry", "\xff"}}), nil, "reason_parts[0]: an argument is not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := EntryFromTree(tt.tree)
			require.NoError(t, err, "the entry is read, its parts or not")
			if tt.err != "" {
				_, err := reasonPartsFromTree(tt.tree["reason_parts"])
				require.Error(t, err)
				assert.Contains(t, err.Error(), tt.err)
				assert.Nil(t, e.ReasonParts, "malformed parts are left out")
			} else {
				assert.Equal(t, tt.want, e.ReasonParts)
			}
			assert.Equal(t, "on your blocklist", e.Reason, "the English reason stays")
		})
	}
}

// reason_parts is display only (the English reason is the fallback): a
// stored entry whose parts are malformed, or of a shape a later version
// might write, is read without them, not lost from the page, the CSV,
// the stats and the repeat-invite check.
func TestFromTreeReadsEntriesWithMalformedReasonParts(t *testing.T) {
	for name, parts := range map[string]any{
		"an argument not a string":  []any{[]any{7.0}},
		"an object a later version": []any{map[string]any{"key": "reasonBlocklist", "args": []any{}}},
		"too many parts": func() []any {
			p := make([]any, MaxReasonParts+1)
			for i := range p {
				p[i] = []any{"reasonBlocklist"}
			}
			return p
		}(),
		"not a reason message": []any{[]any{"ledgerCleared"}},
		"not a list":           "on your blocklist",
	} {
		t.Run(name, func(t *testing.T) {
			bad := map[string]any{"name": "Bob", "profile_url": "https://www.linkedin.com/in/bob/", "action": "ignore", "outcome": "done", "reason": "on your blocklist", "reason_parts": parts}
			l, err := FromTree([]any{map[string]any{"name": "Ada", "action": "ignore"}, bad}, 10)
			require.NoError(t, err)
			require.Len(t, l.Entries, 2)
			assert.Empty(t, l.Unreadable)
			assert.Nil(t, l.Entries[1].ReasonParts, "the parts are left out: the page shows the English reason")
			assert.Equal(t, "on your blocklist", l.Entries[1].Reason)
			assert.Len(t, l.Prior(&card.Card{Name: "Bob", ProfileURL: "https://www.linkedin.com/in/bob"}, 0), 1, "the repeat-invite check sees it")
		})
	}
}

// Only messages whose names start with "reason" can word a reason: a
// file cannot make a log row show other text of the extension.
func TestReasonPartsAreReasonMessages(t *testing.T) {
	for _, key := range []string{"ledgerCleared", "badgeActionAccept", "extName", "Reason", "reaso"} {
		_, err := reasonPartsFromTree([]any{[]any{key}})
		require.Error(t, err, key)
		assert.Contains(t, err.Error(), "reason_parts[0]: not a reason message: ")
	}
	ps, err := reasonPartsFromTree([]any{[]any{"reasonBlocklist"}})
	require.NoError(t, err)
	assert.Equal(t, []i18n.Message{{Key: "reasonBlocklist"}}, ps)
}
