package learn_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/learn"
)

var ctx = flag.NewContext(nil)

// person is an invitation from an ordinary-looking person.
func person(name, headline, note string) card.Card {
	return card.Card{Site: card.LinkedIn, Kind: card.Person, Photo: card.PhotoPresent, Mutuals: 4, AgeDays: 2,
		Name: name, Headline: headline, Note: note, ProfileURL: "https://www.linkedin.com/in/" + strings.ReplaceAll(strings.ToLower(name), " ", "-")}
}

var (
	pitch1   = person("Ryan Cole", "Growth Lead at Blue Yonder", "Hi, our agency books demos for SaaS founders. Open to a quick call this week?")
	pitch2   = person("Ava Lind", "Founder at Leadly", "Our agency fills your calendar with qualified demos. Quick call on Thursday?")
	pitch3   = person("Sam Ortiz", "Partner at Pipeline Pros", "Hello! Our agency runs outbound for B2B teams, worth a quick call?")
	pitchNew = person("Kim Ward", "Head of Growth at Upward", "Hi there, our agency helps startups book more demos. Would a quick call work?")
	friend1  = person("Lena Hart", "Data Engineer at Litware", "Great meeting you at the Go meetup in Berlin yesterday, let's stay in touch!")
	friend2  = person("Jonas Weber", "Software Engineer at Contoso", "Lovely to meet you at the Kafka meetup last night, let's keep in touch.")
)

func sample(c card.Card) *learn.Sample {
	s := ctx.Sample(&c)
	return &s
}

func record(t *testing.T, m *learn.Model, c card.Card, d learn.Decision) {
	t.Helper()
	require.NoError(t, m.Record(sample(c), d))
}

var (
	ignore = learn.Decision{Action: learn.ActionIgnore}
	accept = learn.Decision{Action: learn.ActionAccept}
)

// encode returns the model's state as JSON text.
func encode(t *testing.T, m *learn.Model) string {
	t.Helper()
	b, err := json.Marshal(m.Tree())
	require.NoError(t, err)
	return string(b)
}

func TestOneDecisionIsNeverEnough(t *testing.T) {
	for _, d := range []learn.Decision{ignore, accept, {Action: learn.ActionReport}, {Action: learn.ActionBlock},
		{Action: learn.ActionIgnore, Bulk: true}, {Correct: learn.NotScam}, {Correct: "recruiter"}} {
		t.Run(d.Action+d.Correct, func(t *testing.T) {
			m := learn.New()
			record(t, m, pitch1, d)
			r := m.Judge(sample(pitch1)) // the very same card
			assert.Equal(t, learn.LeanNone, r.Lean)
			assert.Equal(t, learn.TypeNone, r.Type)
		})
	}
}

func TestLeans(t *testing.T) {
	tests := []struct {
		name    string
		decided []card.Card
		ds      []learn.Decision
		card    card.Card
		want    learn.Lean
	}{
		{"ignored pitches", []card.Card{pitch1, pitch2, friend1}, []learn.Decision{ignore, ignore, accept}, pitchNew, learn.LeanIgnore},
		{"accepted friends", []card.Card{friend1, pitch1, pitch2}, []learn.Decision{accept, ignore, ignore}, friend2, learn.LeanNone},
		{"accepted two friends", []card.Card{friend1, friend2, pitch1, pitch2}, []learn.Decision{accept, accept, ignore, ignore},
			person("Mia Roth", "Backend Engineer", "Great to meet you at the Go meetup, let's stay in touch!"), learn.LeanAccept},
		{"bulk ignores count too", []card.Card{pitch1, pitch2, pitch3, friend1}, []learn.Decision{{Action: learn.ActionIgnore, Bulk: true}, {Action: learn.ActionIgnore, Bulk: true}, {Action: learn.ActionIgnore, Bulk: true}, accept}, pitchNew, learn.LeanIgnore},
		{"a friend after ignored pitches", []card.Card{pitch1, pitch2, pitch3}, []learn.Decision{ignore, ignore, ignore}, friend1, learn.LeanNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := learn.New()
			for i, c := range tt.decided {
				record(t, m, c, tt.ds[i])
			}
			r := m.Judge(sample(tt.card))
			assert.Equal(t, tt.want, r.Lean, "score %.2f", r.Score)
			if tt.want != learn.LeanNone {
				assert.GreaterOrEqual(t, r.Count, learn.MinSupport)
				assert.Positive(t, r.NEvidence)
				assert.Greater(t, r.Strength, 0.0)
				assert.LessOrEqual(t, r.Strength, 1.0)
			}
		})
	}
}

func TestCorrectionsCountMore(t *testing.T) {
	m := learn.New()
	record(t, m, pitch1, accept)
	record(t, m, pitch2, learn.Decision{Correct: learn.NotScam})
	record(t, m, pitch3, learn.Decision{Action: learn.ActionAccept, Bulk: true})
	var f learn.Feature
	for _, x := range m.Features() {
		if x.Label == "our agency" {
			f = x
		}
	}
	assert.Equal(t, 3, f.Accepted)
	assert.Equal(t, 1, f.Corrected)
	assert.InDelta(t, 1+3+0.5, f.Accept, 1e-9, "a click 1, a correction 3, a bulk decision 0.5")
	a, i, c := m.Totals()
	assert.Equal(t, [3]int{3, 0, 1}, [3]int{a, i, c})
}

func TestTypeCorrections(t *testing.T) {
	m := learn.New()
	record(t, m, person("Ana Gil", "Talent Partner at Adatum", ""), learn.Decision{Correct: "recruiter"})
	r := m.Judge(sample(person("Ines Vidal", "Talent Partner at Northwind", "")))
	assert.Equal(t, learn.TypeNone, r.Type, "one correction is not enough")
	record(t, m, person("Luis Mora", "Talent Partner, Litware", ""), learn.Decision{Correct: "recruiter"})
	r = m.Judge(sample(person("Ines Vidal", "Talent Partner at Northwind", "")))
	assert.Equal(t, learn.Recruiter, r.Type)
	assert.Equal(t, 2, r.TypeCount)
	assert.Positive(t, r.NTypeEvidence)
}

func TestInvalidDecisionChangesNothing(t *testing.T) {
	m := learn.New()
	record(t, m, pitch1, ignore)
	before := encode(t, m)
	for _, d := range []learn.Decision{{}, {Action: "like"}, {Correct: "scammer"}, {Action: "accept", Correct: "recruiter"}} {
		assert.Error(t, m.Record(sample(pitch2), d), "%+v", d)
	}
	assert.Equal(t, before, encode(t, m))
}

// trained returns a model that learnt to ignore pitches and accept
// friends.
func trained(t *testing.T) *learn.Model {
	m := learn.New()
	for _, c := range []card.Card{pitch1, pitch2, pitch3} {
		record(t, m, c, ignore)
	}
	record(t, m, friend1, accept)
	record(t, m, friend2, accept)
	record(t, m, pitch3, learn.Decision{Action: learn.ActionReport})
	return m
}

func TestForgetReallyForgets(t *testing.T) {
	m := trained(t)
	r := m.Judge(sample(pitchNew))
	require.Equal(t, learn.LeanIgnore, r.Lean)
	// Forget every feature the lean quoted, then everything it still
	// leans on, until it leans no more: each forgotten one is gone from
	// the judgement and from the state.
	for i := 0; i < 200 && r.Lean != learn.LeanNone; i++ {
		var f learn.Feature
		for _, x := range m.Features() {
			if x.Ignored > 0 && x.Hash == r.Evidence[0].Hash {
				f = x
			}
		}
		require.NotZero(t, f.Hash, "the evidence is a learnt feature")
		n := m.Len()
		require.True(t, m.Forget(f.ID()))
		assert.Equal(t, n-1, m.Len())
		assert.False(t, m.Forget(f.ID()), "forgotten already")
		state := encode(t, m)
		assert.NotContains(t, state, `"`+f.ID()+`"`)
		for _, x := range m.Features() {
			assert.NotEqual(t, f.Hash, x.Hash)
		}
		r = m.Judge(sample(pitchNew))
		for _, e := range r.Evidence[:r.NEvidence] {
			assert.NotEqual(t, f.Hash, e.Hash, "a forgotten feature is never evidence")
		}
	}
	assert.Equal(t, learn.LeanNone, r.Lean)

	// Reported entries are forgotten the same way.
	rep := m.ReportedList()
	require.Len(t, rep, 2, "the sender and the note")
	for _, x := range rep {
		assert.True(t, m.Forget(x.ID()))
		assert.NotContains(t, encode(t, m), x.ID())
	}
	_, ok := m.ReportedNote(sample(pitch3).Note)
	assert.False(t, ok)
	assert.False(t, m.Forget("f000000"))
}

func TestReset(t *testing.T) {
	m := trained(t)
	m.Reset()
	assert.True(t, m.Empty())
	assert.Equal(t, 0, m.Seq())
	assert.Equal(t, learn.LeanNone, m.Judge(sample(pitchNew)).Lean)
	assert.Equal(t, encode(t, learn.New()), encode(t, m))
}

func TestBounds(t *testing.T) {
	m := learn.New()
	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu")
	for i := 0; i < 1500; i++ {
		var b strings.Builder
		for k := 0; k < 12; k++ {
			b.WriteString(words[(i*7+k*k+i/26)%len(words)] + strconv.Itoa(i%97+k) + " ")
		}
		c := person("Sender "+strconv.Itoa(i), "Title"+strconv.Itoa(i%300), b.String())
		d := ignore
		if i%3 == 0 {
			d = learn.Decision{Action: learn.ActionReport}
		}
		record(t, m, c, d)
		require.LessOrEqual(t, m.Len(), learn.MaxFeatures)
	}
	assert.Greater(t, m.Len(), learn.MaxFeatures/2, "the bound is used")
	assert.LessOrEqual(t, len(m.ReportedList()), learn.MaxReported)
	assert.Equal(t, 1500, m.Seq())
	for _, f := range m.Features() {
		assert.LessOrEqual(t, len([]rune(f.Label)), learn.MaxLabel+len("headline: "))
	}
	// The bounded state still round-trips.
	back, err := learn.FromTree(roundTrip(t, m.Tree()))
	require.NoError(t, err)
	assert.Equal(t, encode(t, m), encode(t, back))
}

// roundTrip sends a tree through JSON text, as storage does.
func roundTrip(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	require.NoError(t, err)
	var out any
	require.NoError(t, json.Unmarshal(b, &out))
	return out
}

func TestTreeRoundTrip(t *testing.T) {
	m := trained(t)
	record(t, m, person("Ana Gil", "Talent Partner at Adatum", ""), learn.Decision{Correct: "recruiter"})
	back, err := learn.FromTree(roundTrip(t, m.Tree()))
	require.NoError(t, err)
	assert.Equal(t, encode(t, m), encode(t, back))
	assert.Equal(t, m.Judge(sample(pitchNew)), back.Judge(sample(pitchNew)))
	assert.Equal(t, m.Seq(), back.Seq())
	empty, err := learn.FromTree(nil)
	require.NoError(t, err)
	assert.True(t, empty.Empty())
}

func TestMalformedStateRefused(t *testing.T) {
	good := func() map[string]any { return roundTrip(t, trained(t).Tree()).(map[string]any) }
	feature := func(o map[string]any) map[string]any { return o["features"].([]any)[0].(map[string]any) }
	tests := []struct {
		name   string
		change func(o map[string]any) any
		want   string
	}{
		{"not an object", func(map[string]any) any { return []any{} }, "not an object"},
		{"no version", func(o map[string]any) any { delete(o, "version"); return o }, "version: missing"},
		{"future version", func(o map[string]any) any { o["version"] = 2.0; return o }, "version: must be 1"},
		{"negative count", func(o map[string]any) any { o["ignored"] = -1.0; return o }, "ignored: must be a number"},
		{"fractional count", func(o map[string]any) any { o["seq"] = 2.5; return o }, "seq: not a whole number"},
		{"huge weight", func(o map[string]any) any { o["accept"] = 1e300; return o }, "accept: must be a number"},
		{"count as text", func(o map[string]any) any { feature(o)["ignored"] = "3"; return o }, "features[0]: ignored: not a number"},
		{"bad id", func(o map[string]any) any { feature(o)["id"] = "f12"; return o }, "features[0]: id"},
		{"repeated id", func(o map[string]any) any {
			fs := o["features"].([]any)
			o["features"] = append(fs, fs[0])
			return o
		}, "id: repeated"},
		{"unknown part", func(o map[string]any) any { feature(o)["part"] = "photo"; return o }, "part: must be"},
		{"label too long", func(o map[string]any) any { feature(o)["label"] = strings.Repeat("x", 200); return o }, "label: longer than"},
		{"unknown type", func(o map[string]any) any { feature(o)["types"] = map[string]any{"scammer": 2.0}; return o }, "unknown type"},
		{"from the future", func(o map[string]any) any { feature(o)["last"] = 1e6; return o }, "last: after"},
		{"features not a list", func(o map[string]any) any { o["features"] = "all"; return o }, "features: not a list"},
		{"too many features", func(o map[string]any) any {
			fs := make([]any, learn.MaxFeatures+1)
			for i := range fs {
				fs[i] = feature(o)
			}
			o["features"] = fs
			return o
		}, "more than 4000"},
		{"reported action", func(o map[string]any) any {
			o["reported"].([]any)[0].(map[string]any)["action"] = "ignore"
			return o
		}, "reported[0]: action"},
		{"reported id", func(o map[string]any) any {
			o["reported"].([]any)[0].(map[string]any)["id"] = "x1"
			return o
		}, "reported[0]: id"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := learn.FromTree(tt.change(good()))
			require.Error(t, err)
			assert.Nil(t, m, "nothing is returned from a state that does not validate")
			assert.Contains(t, err.Error(), tt.want)
			assert.True(t, strings.HasPrefix(err.Error(), "learnt state"), err.Error())
		})
	}
}

func TestReportedSenderAndNote(t *testing.T) {
	m := learn.New()
	record(t, m, pitch1, learn.Decision{Action: learn.ActionBlock})
	s := sample(pitch1)
	r, ok := m.ReportedSender(s.Sender)
	require.True(t, ok)
	assert.Equal(t, "Ryan Cole", r.Name)
	assert.Equal(t, learn.ActionBlock, r.Action)
	_, ok = m.ReportedNote(s.Note)
	assert.True(t, ok)
	_, ok = m.ReportedSender(sample(pitch2).Sender)
	assert.False(t, ok)
	// Ignoring remembers nothing as reported.
	m2 := learn.New()
	record(t, m2, pitch1, ignore)
	assert.Empty(t, m2.ReportedList())
}

// TestStrangerHeld: the user's accepts never make Vetted lean to
// accepting a stranger (a person with no mutual connection and nothing in
// common), since scams copy the notes people accept; ignoring leans,
// people with ties, unknown counts and pages are not held.
func TestStrangerHeld(t *testing.T) {
	with := func(c card.Card, f func(*card.Card)) card.Card { f(&c); return c }
	friend := person("Mia Roth", "Backend Engineer", "Great to meet you at the Go meetup, let's stay in touch!")
	tests := []struct {
		name     string
		card     card.Card
		wantLean learn.Lean
		wantHeld bool
	}{
		{"ties: mutual connections", friend, learn.LeanAccept, false},
		{"stranger: no mutuals, nothing in common", with(friend, func(c *card.Card) { c.Mutuals = 0 }), learn.LeanNone, true},
		{"a company in common", with(friend, func(c *card.Card) { c.Mutuals, c.Shared = 0, []string{"Contoso"} }), learn.LeanAccept, false},
		{"mutuals unknown", with(friend, func(c *card.Card) { c.Mutuals = -1 }), learn.LeanAccept, false},
		{"a page", with(friend, func(c *card.Card) { c.Mutuals, c.Kind = 0, card.Page }), learn.LeanAccept, false},
		{"an ignoring lean on a stranger", with(pitchNew, func(c *card.Card) { c.Mutuals = 0 }), learn.LeanIgnore, false},
	}
	m := learn.New()
	for _, c := range []card.Card{friend1, friend2} {
		record(t, m, c, accept)
	}
	for _, c := range []card.Card{pitch1, pitch2} {
		record(t, m, c, ignore)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := m.Judge(sample(tt.card))
			assert.Equal(t, tt.wantLean, r.Lean, "score %.2f", r.Score)
			assert.Equal(t, tt.wantHeld, r.Held)
			if tt.wantHeld {
				assert.Less(t, r.Score, 0.0, "it would lean to accepting")
				assert.GreaterOrEqual(t, r.Count, learn.MinSupport, "what it would rest on stays, for the evidence")
				assert.Positive(t, r.NEvidence)
			}
			// Unheld (for make eval's measure of the hold) leans the
			// same way without holding, and leaves the model holding.
			u := m.Unheld().Judge(sample(tt.card))
			assert.False(t, u.Held)
			if tt.wantHeld {
				assert.Equal(t, learn.LeanAccept, u.Lean)
			} else {
				assert.Equal(t, tt.wantLean, u.Lean)
			}
			assert.Equal(t, tt.wantHeld, m.Judge(sample(tt.card)).Held, "the model itself still holds")
		})
	}
}

func TestOverallLean(t *testing.T) {
	m := learn.New()
	jobs := []string{"Tax Advisor", "Pharmacist", "Brand Strategist", "Controller", "Physician", "Architect", "Pilot", "Chef", "Lawyer", "Dentist", "Florist", "Baker"}
	for i, j := range jobs[:9] {
		record(t, m, person("Person "+strconv.Itoa(i), j+" at Company"+strconv.Itoa(i), ""), ignore)
	}
	record(t, m, person("Dev One", "Backend Developer at Fabrikam", ""), accept)
	probe := person("New Person", "Sommelier at Vineyard", "")
	assert.Equal(t, learn.LeanNone, m.Judge(sample(probe)).Lean, "9 ignores are not enough to lean on the user's habit alone")
	record(t, m, person("Person 9", jobs[9]+" at Company9", ""), ignore)
	r := m.Judge(sample(probe))
	assert.Equal(t, learn.LeanIgnore, r.Lean)
	assert.True(t, r.Overall)
	assert.Equal(t, 10, r.Count)
	assert.Equal(t, 11, r.OutOf)
}

func TestFromAction(t *testing.T) {
	tests := []struct {
		action string
		bulk   bool
		want   learn.Decision
		ok     bool
	}{
		{"accept", false, learn.Decision{Action: "accept"}, true},
		{"accept-thanks", false, learn.Decision{Action: "accept"}, true},
		{"ignore", true, learn.Decision{Action: "ignore", Bulk: true}, true},
		{"decline", false, learn.Decision{Action: "ignore"}, true},
		{"ignore-report", false, learn.Decision{Action: "report"}, true},
		{"block", false, learn.Decision{Action: "block"}, true},
		{"ask", false, learn.Decision{}, false},
		{"", false, learn.Decision{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.action, func(t *testing.T) {
			d, ok := learn.FromAction(tt.action, tt.bulk)
			assert.Equal(t, tt.ok, ok)
			assert.Equal(t, tt.want, d)
			if ok {
				assert.NoError(t, d.Validate())
			}
		})
	}
}

// TestLeanQuotesWhatItCounts: a card leans by what the user decided on
// cards like it, not by how its evidence is ordered: the count is the most
// decisions one quoted feature shared, and that feature is quoted.
// (The count once came from the quoted features alone, and quoting longer
// features first dropped leans that rested on shorter ones.)
func TestLeanQuotesWhatItCounts(t *testing.T) {
	notes := []string{
		"Hi, our agency books demos for SaaS founders. Open to a quick call this week?",
		"Our agency fills your calendar with qualified demos. Quick call on Thursday?",
		"Hello! Our agency runs outbound for B2B teams, worth a quick call?",
		"We help founders hire engineers faster, quick call?",
		"Great meeting you at the Go meetup in Berlin yesterday, let's stay in touch!",
		"Lovely to meet you at the Kafka meetup last night, let's keep in touch.",
		"Thanks for your talk on Go generics, I would love to connect.",
		"Enjoyed your post on outbound sales teams, would love to connect.",
	}
	heads := []string{"Account Executive at Leadly", "Backend Engineer at Contoso", "Founder at Upward", "Technical Recruiter at Adatum"}
	m := learn.New()
	leant := 0
	for i := 0; i < 40; i++ {
		c := person("Person "+strconv.Itoa(i), heads[i*7%len(heads)], notes[i*5%len(notes)])
		for k := 0; k < len(notes); k++ {
			probe := person("Probe", heads[k%len(heads)], notes[k])
			r := m.Judge(sample(probe))
			if r.Lean == learn.LeanNone || r.Overall {
				continue
			}
			leant++
			require.Positive(t, r.NEvidence)
			assert.GreaterOrEqual(t, r.Count, learn.MinSupport)
			most := 0
			for _, e := range r.Evidence[:r.NEvidence] {
				f := featureOf(m, e.Hash)
				got := f.Ignored
				if r.Lean == learn.LeanAccept {
					got = f.Accepted
				}
				most = max(most, got)
			}
			assert.Equal(t, r.Count, most, "after %d decisions, %q: a quote has the count", i, notes[k])
		}
		d := accept
		if i*5%len(notes) < 4 {
			d = ignore
		}
		record(t, m, c, d)
	}
	assert.Positive(t, leant)
}

// featureOf returns the feature of m with this hash.
func featureOf(m *learn.Model, h uint32) learn.Feature {
	for _, f := range m.Features() {
		if f.Hash == h {
			return f
		}
	}
	return learn.Feature{}
}

// TestCompanyIsNotLearnt: the headline teaches by the sender's title, not
// by the company it names.
func TestCompanyIsNotLearnt(t *testing.T) {
	m := learn.New()
	record(t, m, person("Lena Hart", "Data Engineer at Litware", ""), accept)
	for _, f := range m.Features() {
		assert.NotContains(t, f.Label, "litware")
	}
	assert.Contains(t, labels(m), "headline: data engineer")
}

// labels returns the labels of what m learnt.
func labels(m *learn.Model) []string {
	var out []string
	for _, f := range m.Features() {
		out = append(out, f.Label)
	}
	return out
}
