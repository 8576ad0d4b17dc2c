package flag

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/settings"
)

// ids returns the IDs of hits in order.
func ids(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.ID
	}
	return out
}

func TestEvaluateSortsHits(t *testing.T) {
	c := person("Lily Chambers", "Financial Advisor", "Hi Sam, I share daily crypto signals with 30% weekly returns. Add me on WhatsApp: +44 7700 900781")
	c.Mutuals = 0
	hits := NewContext(nil).Evaluate(&c, nil, nil)
	require.NotEmpty(t, hits)
	assert.Subset(t, ids(hits), []string{"money-talk", "off-platform", "scam-persona", "no-mutuals"})
	for i := 1; i < len(hits); i++ {
		a, b := hits[i-1], hits[i]
		assert.True(t, a.Points() > b.Points() || a.Points() == b.Points() && a.ID < b.ID, "%s before %s", a.ID, b.ID)
	}
	for _, h := range hits {
		assert.Equal(t, ByID(h.ID).Title, h.Title)
		assert.Equal(t, ByID(h.ID).Weight, h.Weight)
		assert.NotEmpty(t, h.Evidence)
	}
}

func TestEvaluateNothingFires(t *testing.T) {
	c := person("Laura Bennett", "Marketing Coordinator at Adatum", "")
	assert.Nil(t, NewContext(nil).Evaluate(&c, nil, nil))
}

func TestSortHitsTies(t *testing.T) {
	h := []Hit{{ID: "b", Weight: 10, Strength: 1}, {ID: "a", Weight: 10, Strength: 1}, {ID: "c", Weight: 40, Strength: 0.5}}
	SortHits(h)
	assert.Equal(t, []string{"c", "a", "b"}, ids(h))
}

// TestSortHitsOrders checks SortHits on lists of up to 20 hits (past the
// ones it sorts by index) in many orders against a plain sort by the same
// order, evidence and all.
func TestSortHitsOrders(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for round := 0; round < 2000; round++ {
		h := make([]Hit, r.IntN(21))
		for i := range h {
			h[i] = Hit{ID: string(rune('a' + r.IntN(26))), Weight: 5 * r.IntN(4), Strength: float64(r.IntN(3)) / 2, Evidence: []string{strconv.Itoa(i)}}
		}
		want := slices.Clone(h)
		sort.SliceStable(want, func(i, j int) bool { return before(&want[i], &want[j]) })
		SortHits(h)
		require.Equal(t, want, h)
	}
}

func TestToggles(t *testing.T) {
	c := person("Chuck Miller", "Proud patriot | MAGA", "")
	c.Mutuals = 0

	def := NewContext(nil)
	assert.False(t, def.Enabled("polarizing"), "off by default")
	assert.True(t, def.Enabled("no-mutuals"))
	assert.NotContains(t, ids(def.Evaluate(&c, nil, nil)), "polarizing")

	s := settings.Defaults()
	s.Rules = map[string]bool{"polarizing": true, "no-mutuals": false}
	x := NewContext(&s)
	got := ids(x.Evaluate(&c, nil, nil))
	assert.Contains(t, got, "polarizing")
	assert.NotContains(t, got, "no-mutuals")
}

func TestUnknownValuesDoNotFire(t *testing.T) {
	c := card.New()
	c.Name = "Chiara Romano"
	c.Site = card.Instagram
	assert.Nil(t, NewContext(nil).Evaluate(&c, nil, nil))
}

func TestConfusables(t *testing.T) {
	tests := []struct {
		name, rule string
		card       card.Card
	}{
		{"cyrillic A in WhatsApp", "off-platform", noted("Add me on Whats\u0410pp")},
		{"cyrillic Te in Telegram", "off-platform", noted("\u0422\u0435legram only")},
		{"fullwidth whatsapp", "off-platform", noted("ｗｈａｔｓａｐｐ me")},
		{"math bold crypto", "money-talk", noted("𝐠𝐮𝐚𝐫𝐚𝐧𝐭𝐞𝐞𝐝 𝐫𝐞𝐭𝐮𝐫𝐧𝐬")},
		{"soft hyphen in bitcoin", "money-talk", noted("bit\u00adcoin")},
		{"greek omicron in passport", "personal-data-request", noted("send your pass\u0440\u03bfrt")},
		{"rtl override inside telegram", "off-platform", noted("Tele\u202e\u202cgram: @x_fund")},
		{"cyrillic brand in name", "impersonation", person("Р\u0430yPal Support", "Customer Service", "")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.card
			assert.Contains(t, ids(NewContext(nil).Evaluate(&c, nil, nil)), tt.rule)
		})
	}
}

func TestEvidenceQuotesOriginal(t *testing.T) {
	c := noted("Please add me on Whats\u0410pp +44 7700 900123 <b>now</b>")
	hits := NewContext(nil).Evaluate(&c, nil, nil)
	var ev []string
	for _, h := range hits {
		if h.ID == "off-platform" {
			ev = h.Evidence
		}
	}
	require.NotEmpty(t, ev)
	assert.Equal(t, `"Whats`+"\u0410"+`pp"`, ev[0])
	assert.Contains(t, ev, `phone number "+44 7700 900123"`)
}

func TestHostileInput(t *testing.T) {
	long := strings.Repeat("lorem ipsum dolor sit amet ", 400) + "guaranteed returns, WhatsApp +44 7700 900123 " + strings.Repeat("\u202e\u200b", 500)
	require.Greater(t, len(long), 10000)
	cards := []card.Card{
		noted(long),
		noted("<script>alert('x')</script><img src=x onerror=alert(1)>"),
		person("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<a href=\"https://bit.ly/x\">click</a>"),
		person("\u202e\u202e\u202e", "\u200b\u200b", "\u2066\u2067\u2068\u2069"),
		person("a\xffb\xfe", "\xc3\x28", "\xed\xa0\x80 crypto"),
		person(strings.Repeat("A", 20000), strings.Repeat("𝐀", 5000), strings.Repeat("%", 5000)),
		person(strings.Repeat("$1 ", 5000), strings.Repeat("+1 ", 5000), strings.Repeat("@x.co ", 3000)),
		{},
	}
	x := NewContext(exampleSettings())
	b := NewBatch(cards)
	for i := range cards {
		c := &cards[i]
		hits := x.Evaluate(c, []Prior{{Action: "block", AgeDays: -1}}, b)
		for _, h := range hits {
			for _, e := range h.Evidence {
				assert.True(t, utf8.ValidString(e))
				assert.LessOrEqual(t, utf8.RuneCountInString(e), 200, "evidence is short")
				assert.NotContains(t, e, "\u202e")
			}
		}
	}
	c := cards[0]
	assert.Subset(t, ids(x.Evaluate(&c, nil, nil)), []string{"money-talk", "off-platform"})
	m := cards[1]
	assert.NotContains(t, ids(x.Evaluate(&m, nil, nil)), "link-in-note", "markup is text")
}

func TestDuplicateNoteOnPage(t *testing.T) {
	note := "Hello, I am looking for honest friends to share my success investing in bitcoin."
	cards := []card.Card{
		person("Amanda Lewis", "Investment Consultant", note),
		person("Jennifer Scott", "Entrepreneur", "  "+strings.ToUpper(note)),
		person("Tom W", "Engineer", "I'd like to add you to my professional network on LinkedIn."),
		person("Tim W", "Engineer", "I'd like to add you to my professional network on LinkedIn."),
	}
	b := NewBatch(cards)
	x := NewContext(nil)
	for i, want := range []bool{true, true, false, false} {
		assert.Equal(t, want, contains(ids(x.Evaluate(&cards[i], nil, b)), "duplicate-note"), cards[i].Name)
	}
	assert.Equal(t, 0, (*Batch)(nil).Senders("x"))
}

// contains reports whether s holds v.
func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func FuzzEvaluate(f *testing.F) {
	f.Add("Priya R\u0430man", "Crypto mentor | t.me/x", "Add me on WhatsApp +44 7700 900123 https://bit.ly/x $500/day", 0)
	f.Add("", "", "", -1)
	f.Add("\u202e", "<b>", "\xff", 3)
	x := NewContext(exampleSettings())
	f.Fuzz(func(t *testing.T, name, headline, note string, mutuals int) {
		c := card.Card{Name: name, Headline: headline, Note: note, Mutuals: mutuals, Photo: card.PhotoDefault}
		b := NewBatch([]card.Card{c, c})
		for _, h := range x.Evaluate(&c, []Prior{{Action: "ignore", AgeDays: 1}}, b) {
			if h.Strength <= 0 || h.Strength > 1 || len(h.Evidence) == 0 {
				t.Fatalf("bad hit %+v", h)
			}
			for _, e := range h.Evidence {
				if !utf8.ValidString(e) {
					t.Fatalf("invalid evidence %q", e)
				}
			}
		}
	})
}

func TestEvaluateConcurrent(t *testing.T) {
	cards := benchCards()
	x := NewContext(exampleSettings())
	b := NewBatch(cards)
	want := make([][]string, len(cards))
	for i := range cards {
		want[i] = ids(x.Evaluate(&cards[i], nil, b))
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for i := range cards {
				if got := ids(x.Evaluate(&cards[i], nil, b)); !assert.Equal(t, want[i], got) {
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
