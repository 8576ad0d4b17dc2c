package learn

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// TestWeighGrowsWithEvidence: a feature's weight grows with the decisions
// behind it, a feature on every card weighs nothing, and with no
// decision one way no feature weighs anything.
func TestWeighGrowsWithEvidence(t *testing.T) {
	m := New()
	m.accept, m.ignore = 20, 30
	all := m.accept + m.ignore
	w := func(ign, acc float64) float64 { return m.weigh(&Feature{Ignore: ign, Accept: acc}, all) }
	assert.InDelta(t, 0, w(30, 20), 1e-9, "on every card")
	assert.InDelta(t, 0, w(3, 2), 1e-9, "as often as any card")
	prev := 0.0
	for k := 1.0; k <= 8; k++ {
		assert.Greater(t, w(k, 0), prev, "%v ignores", k)
		assert.Less(t, w(0, k), -prev, "%v accepts", k)
		prev = w(k, 0)
	}
	assert.Less(t, w(1, 0), w(5, 0)/2, "one decision weighs less than half of five")
	assert.Less(t, w(1, 0), 1.0)

	m.accept = 0
	assert.Zero(t, m.weigh(&Feature{Ignore: 30}, m.ignore), "nothing accepted yet: every feature was on every ignored card")
	assert.Zero(t, m.weigh(&Feature{Ignore: 1}, m.ignore))
}

// TestTitleEnd: the headline's features come from the title, before the
// company.
func TestTitleEnd(t *testing.T) {
	for h, want := range map[string]string{
		"data engineer at litware":         "data engineer",
		"recruiter @ contoso | hiring":     "recruiter",
		"cto, founder - speaker":           "cto",
		"head of talent":                   "head of talent",
		"at the edge":                      "at the edge",
		"ingenieurin bei fabrikam":         "ingenieurin",
		"vp sales | saas - emea at adatum": "vp sales",
		"":                                 "",
	} {
		assert.Equal(t, want, h[:titleEnd(h)], h)
	}
}

// TestFactLabelsFit: every fact's label is at most MaxLabel characters,
// as README says of a label, and so recorded whole and loaded back.
func TestFactLabelsFit(t *testing.T) {
	for _, f := range facts {
		assert.LessOrEqual(t, utf8.RuneCountInString(f.label), MaxLabel, f.label)
		assert.Equal(t, f.label, cut(f.label), "not cut")
	}
}
