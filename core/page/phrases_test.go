package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// phraseLanguages are the languages each phrase table covers.
var phraseLanguages = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr"}

// TestPhraseTables reads every example of the mutuals, time and relation
// tables, and checks that each table covers every language.
func TestPhraseTables(t *testing.T) {
	langs := map[string]map[string]bool{"mutuals": {}, "age": {}, "relation": {}}
	for _, m := range mutualTable {
		langs["mutuals"][m.Lang] = true
		assert.NotEmpty(t, m.Examples, m.Lang)
		for _, ex := range m.Examples {
			n, _, ok := ParseMutuals(ex.Line)
			assert.True(t, ok, "%s: %q", m.Lang, ex.Line)
			assert.Equal(t, ex.N, n, "%s: %q", m.Lang, ex.Line)
		}
	}
	for _, a := range ageTable {
		langs["age"][a.Lang] = true
		assert.NotEmpty(t, a.Examples, a.Lang)
		for _, ex := range a.Examples {
			d, ok := ParseAge(ex.Line)
			assert.True(t, ok, "%s: %q", a.Lang, ex.Line)
			assert.Equal(t, ex.Days, d, "%s: %q", a.Lang, ex.Line)
			d, ok = a.parse(fold(ex.Line))
			assert.True(t, ok && d == ex.Days, "%s reads its own example %q", a.Lang, ex.Line)
		}
	}
	for _, r := range relationTable {
		langs["relation"][r.Lang] = true
		assert.NotEmpty(t, r.Examples, r.Lang)
		for _, ex := range r.Examples {
			assert.True(t, isRelation(ex.Line), "%s: %q is a relation line", r.Lang, ex.Line)
			if ex.Name != "" {
				name, ok := relationName(ex.Line)
				assert.True(t, ok, "%s: %q", r.Lang, ex.Line)
				assert.Equal(t, ex.Name, name, "%s: %q", r.Lang, ex.Line)
			}
			kind := ""
			switch f := fold(ex.Line); {
			case containsAny(f, newsletterPhrases):
				kind = "newsletter"
			case containsAny(f, eventPhrases):
				kind = "event"
			case containsAny(f, groupPhrases):
				kind = "group"
			case containsAny(f, pagePhrases):
				kind = "page"
			}
			assert.Equal(t, ex.Kind, kind, "%s: %q", r.Lang, ex.Line)
		}
	}
	for table, have := range langs {
		for _, l := range phraseLanguages {
			assert.True(t, have[l], "the %s table covers %s", table, l)
		}
	}
}

// TestPhrasesAreFolded: every phrase a text is compared with is written
// folded (lower-case, plain apostrophes, single spaces), since the
// comparison does not fold it again.
func TestPhrasesAreFolded(t *testing.T) {
	check := func(where string, list []string) {
		for _, p := range list {
			assert.Equal(t, fold(p), p, "%s: %q", where, p)
		}
	}
	for _, a := range All {
		for _, fs := range [][]Finder{a.Fields.Key, a.Fields.Kind, a.Fields.Name, a.Fields.Headline, a.Fields.ProfileURL, a.Fields.Photo,
			a.Fields.Mutuals, a.Fields.Age, a.Fields.Note, a.Fields.Verified, a.Fields.Premium, a.Fields.FollowsYou, a.Fields.Shared,
			a.Fields.Inviter, a.EmptyState, a.Controls.Accept, a.Controls.Ignore, a.Controls.Message, a.Controls.More, a.Controls.SeeMore, a.Controls.Report} {
			for _, f := range fs {
				check(a.ID+" "+f.Sel, f.Is)
				check(a.ID+" "+f.Sel, f.Has)
			}
		}
		for _, v := range a.Verbs {
			check(a.ID+" verbs "+v.Lang, v.Words)
		}
	}
	for _, r := range relationTable {
		check("relations "+r.Lang, r.Phrases)
		check("relations "+r.Lang, r.Follows)
		check("relations "+r.Lang, r.Newsletter)
		check("relations "+r.Lang, r.Event)
		check("relations "+r.Lang, r.Group)
		check("relations "+r.Lang, r.Page)
	}
}
