package verdict

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
)

// Every part a reason can have has a message name and its English; the
// names are unique and can name a message in _locales (the locales' test,
// scripts/locales, checks each locale has them).
func TestReasonsTable(t *testing.T) {
	rs := Reasons()
	require.Len(t, rs, int(reasonCount))
	seen := map[string]bool{}
	for i, r := range rs {
		assert.True(t, i18n.ValidKey(r.Key), "reason %d: %q", i, r.Key)
		assert.True(t, strings.HasPrefix(r.Key, "reason"), r.Key)
		assert.False(t, seen[r.Key], "%s twice", r.Key)
		seen[r.Key] = true
		assert.NotEmpty(t, r.English, r.Key)
		assert.Equal(t, strings.ToLower(r.English[:1]), r.English[:1], "%s: a part starts in lower case, as it follows another", r.Key)
		assert.NotContains(t, r.English, "$2", "%s: a part takes at most one argument", r.Key)
	}
}

// The note model's classes and the types a correction sets each have
// their part, which says what it did before parts existed.
func TestModelAndCorrectedReasons(t *testing.T) {
	for c, want := range map[notemodel.Class]string{
		notemodel.Scam:          "the note reads like a scam",
		notemodel.Spam:          "the note reads like spam",
		notemodel.FakeRecruiter: "the note reads like a fake job offer",
	} {
		assert.Equal(t, want, reasons[modelReason(c)].en, string(c))
	}
	require.Len(t, correctedReasons, len(learntTypes))
	for lt, ty := range learntTypes {
		if learn.Type(lt) == learn.TypeNone {
			continue
		}
		r := correctedReasons[lt]
		assert.Equal(t, "you corrected invitations like this to "+strings.ToLower(ty.Label()), reasons[r].en, string(ty))
	}
}

// A reason's parts carry the type's part with its argument as it is (page
// content, never interpreted), then the learnt part; the English is theirs.
func TestReasonOf(t *testing.T) {
	tests := []struct {
		name   string
		why    reason
		arg    string
		learnt reason
		parts  []i18n.Message
		en     string
	}{
		{"a plain part", whyBlocklist, "", noReason, []i18n.Message{{Key: "reasonBlocklist"}}, "on your blocklist"},
		{"an argument", whyRecruiterTitle, "talent acquisition", noReason,
			[]i18n.Message{{Key: "reasonRecruiterTitle", Args: []string{"talent acquisition"}}}, "recruiter title in the headline: talent acquisition"},
		{"markup and placeholders in the argument stay text", whyIndustry, `<img src=x onerror="alert(1)"> $1 $$`, noReason,
			[]i18n.Message{{Key: "reasonIndustry", Args: []string{`<img src=x onerror="alert(1)"> $1 $$`}}}, `works in your field: <img src=x onerror="alert(1)"> $1 $$`},
		{"a learnt part follows", whySalesTitle, "vertriebsleiter", whyIgnoredLike,
			[]i18n.Message{{Key: "reasonSalesTitle", Args: []string{"vertriebsleiter"}}, {Key: "reasonIgnoredLike"}},
			"sales title in the headline: vertriebsleiter; you ignored invitations like this"},
		{"a corrected type with a held lean", whyCorrectedStranger, "", whyAcceptedHeld,
			[]i18n.Message{{Key: "reasonCorrectedStranger"}, {Key: "reasonAcceptedHeld"}},
			"you corrected invitations like this to stranger; you accepted invitations like this, but that alone never recommends accepting a stranger"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, en := reasonOf(tt.why, tt.arg, tt.learnt)
			assert.Equal(t, tt.parts, parts)
			assert.Equal(t, tt.en, en)
			assert.Equal(t, en, ReasonEnglish(parts), "ReasonEnglish says the same")
		})
	}
	assert.Equal(t, "reasonFromTheFuture", ReasonEnglish([]i18n.Message{{Key: "reasonFromTheFuture"}}), "a name it does not know shows as it is")
	assert.Equal(t, "", ReasonEnglish(nil))
}
