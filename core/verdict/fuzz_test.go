package verdict

import (
	"testing"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
)

// FuzzJudge judges arbitrary cards: never a panic, the score stays in
// 0..100, and every verdict has a known type, recommendation and level,
// with scammers, blocked people and fakes at danger.
func FuzzJudge(f *testing.F) {
	for _, c := range sampleCards()[:25] {
		f.Add(c.Name, c.Headline, c.Note, c.ProfileURL, c.Mutuals, c.Verified, string(c.Kind), "Acme")
	}
	s := mySettings(func(s *settings.Settings) { s.Trusted = append(s.Trusted, "/in/x", "R") })
	j := New(s)
	f.Fuzz(func(t *testing.T, name, headline, note, url string, mutuals int, verified bool, kind, shared string) {
		c := card.New()
		c.Name, c.Headline, c.Note, c.ProfileURL = name, headline, note, url
		c.Mutuals, c.Verified, c.Kind = mutuals, verified, card.Kind(kind)
		c.MutualNames = []string{headline, name}
		if shared != "" {
			c.Shared = []string{shared}
		}
		c.Normalize()
		v := j.Card(&c, nil, nil)
		if v.Score < 0 || v.Score > 100 {
			t.Fatalf("score %d", v.Score)
		}
		if _, ok := labelOf(typeLabels, string(v.Type)); !ok {
			t.Fatalf("type %q", v.Type)
		}
		if _, ok := labelOf(recommendationLabels, string(v.Recommendation)); !ok {
			t.Fatalf("recommendation %q", v.Recommendation)
		}
		if _, ok := labelOf(levelLabels, string(v.Level)); !ok {
			t.Fatalf("level %q", v.Level)
		}
		if (v.Type == Scammer || v.Type == BlockedPerson || v.Type == FakeProfile) && v.Level != LevelDanger {
			t.Fatalf("%s at %s", v.Type, v.Level)
		}
		if v.Reason == "" {
			t.Fatal("no reason")
		}
		if len(v.ReasonParts) == 0 || v.Reason != ReasonEnglish(v.ReasonParts) {
			t.Fatalf("reason %q, parts %v", v.Reason, v.ReasonParts)
		}
	})
}
