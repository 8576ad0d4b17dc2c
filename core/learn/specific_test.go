package learn_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/text"
)

func TestSpecific(t *testing.T) {
	for _, tc := range []struct {
		name, note string
		want       bool
	}{
		{"default text", "I'd like to add you to my professional network on LinkedIn.", false},
		{"greeting and the recipient's name", "Hi Allison, I’d like to connect with you on LinkedIn.", false},
		{"name after a comma and a greeting", "Hey, Sam! Let's connect.", false},
		{"contentless, no capitals", "Hi, I am trying to build my network and would love to connect with you.", false},
		{"I and its contractions", "Hello, I'm glad I’d found you. I've a question, I’ll ask.", false},
		{"sentence starts", "Great profile. Would love to connect! Thanks: Best wishes", false},
		{"a mail merge", "Hi {{first_name}}, I noticed your work at {company} as [Role]. Best, [Your Name]", false},
		{"merge fields written as one word", "Hi {{firstName}}, would love to connect with [CompanyName].", false},
		{"merge fields in capitals", "Hi {FIRSTNAME}, I help teams like {COMPANYNAME} grow.", false},
		{"a merge field with its object", "Hi {{contact.firstname}}, would love to connect.", false},
		{"a merge field's filter does not count as words", "Hi {{ first_name | default('there') }}, let's connect.", false},
		{"a merge field's default in quotes", `Hi {{ first_name }}, fellow {{ industry | default("tech") }} person here.`, false},
		{"German greeting", "Hallo Jonas, lass uns vernetzen.", false},
		{"empty", "", false},
		{"a place inside a sentence", "We met last night at the SVASE networking event.", true},
		{"a person's name", "Hi Peter, my name is John Smith.", true},
		{"a school", "I'm a fellow University of Michigan grad.", true},
		{"accented capital", "Hi, we both studied in Île-de-France with Émile.", true},
		{"a number", "are you free next Wednesday the 28th?", true},
		{"a year, lower case", "i spent the summer of 1985 abroad", true},
		{"a quoted title", "loved your post “the biggest mistakes”, would love to connect", true},
		{"a slot filled by hand", "Hi [Name], great seeing your talk at [event]. Let's stay connected.", true},
		{"a template's topic", "Hey {{first_name}} — saw your work on {{topic}}. Would love to connect.", true},
		{"a merge field's words are whole words: economics", "Hi, saw your posts on [economics], let's connect.", true},
		{"a merge field's words are whole words: personal", "Hi, loved your [personal project], let's connect.", true},
		{"a long slot is filled by hand", "Hi, I'd love to show you [your company's new product].", true},
		{"a long slot with title is filled by hand", "Great session on [title of your talk], let's connect.", true},
		{"a merge field with a word before", "Hi {{event_name}}, welcome to {{ Recipient's Company Name }}.", false},
		{"the sites' names", "Hi, saw you on Facebook, Instagram and Twitter, now on X too.", false},
		{"a site's name in a sentence", "Found you here on LinkedIn and on Xing.", false},
		{"X as part of a name is no name", "Saw your X post today", false},
		{"a name beside X", "Saw your post on X about Kubernetes", true},
		{"unclosed bracket is no slot", "hi [there, would love to connect", false},
		{"a bracket too long to be a slot", "hi [this is a very long aside that goes on and on and on and never really says anything particular at all] ok", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, learn.Specific(text.Fold(tc.note), tc.note), tc.note)
		})
	}
}

// TestPersonalNoteFacts: a note that reads personal is one fact when it
// names something particular and another when it does not, so that a
// user who accepts the first and ignores the second is told apart by the
// facts alone, with each fact's own label.
func TestPersonalNoteFacts(t *testing.T) {
	specific := person("Lena Hart", "Data Engineer at Litware", "Great meeting you at the Go meetup in Berlin yesterday, let's stay in touch!")
	generic := person("Jonas Weber", "Software Engineer at Contoso", "Hi, I would love to connect and grow my network.")
	labels := func(c *learn.Sample) []string {
		var out []string
		learn.Features(c, func(f learn.Feat) {
			if f.Part == learn.PartFact {
				l, ok := learn.FactLabel(f.Hash)
				require.True(t, ok)
				out = append(out, l)
			}
		})
		return out
	}
	for _, tc := range []struct {
		name     string
		sample   *learn.Sample
		has, not string
	}{
		{"specific", sample(specific), "a personal note naming something particular", "a personal note naming nothing particular"},
		{"generic", sample(generic), "a personal note naming nothing particular", "a personal note naming something particular"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, "legit", tc.sample.Kind)
			assert.Equal(t, tc.name == "specific", tc.sample.Specific)
			l := labels(tc.sample)
			assert.Contains(t, l, tc.has)
			assert.NotContains(t, l, tc.not)
		})
	}

	// The facts pool evidence: generic notes with no word in common with
	// the card judged still lean it to ignoring, specific ones to
	// accepting.
	m := learn.New()
	for _, n := range []string{"Hello, happy to connect here.", "Hey there, let's link up!", "Good day, expanding my network."} {
		record(t, m, person("Ana Ruiz", "Nurse at Fabrikam", n), ignore)
	}
	for _, n := range []string{"Great chatting with Maria at the Leeds meetup.", "Loved your talk at KubeCon on Friday.", "Your post on Kafka at Contoso was great."} {
		record(t, m, person("Ana Ruiz", "Nurse at Fabrikam", n), accept)
	}
	for _, tc := range []struct {
		note string
		lean learn.Lean
	}{
		{"Hi! Would be good to connect.", learn.LeanIgnore},
		{"Enjoyed the Devoxx keynote with you.", learn.LeanAccept},
	} {
		s := sample(person("Bo Lund", "Nurse at Fabrikam", tc.note))
		require.Equal(t, "legit", s.Kind, tc.note)
		r := m.Judge(s)
		assert.Equal(t, tc.lean, r.Lean, "%s: %+v", tc.note, r)
	}
}

// BenchmarkSpecific is Specific on a long personal note.
func BenchmarkSpecific(b *testing.B) {
	note := "Hi [Name], It's been a while since we worked together at [Company]! I hope you're doing well. I saw that you're now at [Their Company] working on [their focus area]."
	folded := text.Fold(note)
	for b.Loop() {
		learn.Specific(folded, note)
	}
}

// FuzzSpecific: any text, hostile or broken, is read without a panic, and
// a note without digits, quotes, brackets or capitals names nothing.
func FuzzSpecific(f *testing.F) {
	for _, s := range []string{"Hi [Name], at [event] in 1985", "“", "[", "{{", "\"a", "Île", "\xc3", "I’d", "hi, Sam."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, note string) {
		got := learn.Specific(text.Fold(note), note)
		cue := strings.ContainsAny(note, "0123456789\"“”„[{ABCDEFGHIJKLMNOPQRSTUVWXYZ") || strings.IndexByte(note, 0xc3) >= 0
		if !cue && !strings.ContainsAny(text.Fold(note), "0123456789\"[{") {
			assert.False(t, got, note)
		}
	})
}
