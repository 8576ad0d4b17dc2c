package flag

import (
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
)

// Learnt speaks for what the user decided on similar invitations before
// (package learn): it fires when the card leans to accepting or to
// ignoring by at least two earlier decisions, or when the user's
// corrections say what type such senders are. It adds no risk points
// (verdict gives it a role of its own): it moves the recommendation
// between accept, review and ignore, and never clears a scam signal.
var Learnt = &Rule{
	ID:      "learnt",
	Title:   "Like invitations you decided on before",
	TitleDE: "Wie Einladungen, über die Sie entschieden haben",
	Group:   GroupContext,
	Weight:  10,
	Check:   checkLearnt,
	Leans: func(in *Input) (learn.Lean, learn.Type, bool) {
		r := in.learntResult()
		return r.Lean, r.Type, r.Held
	},
}

// learntDoc is Learnt's doc (Rule.DocIn).
var learntDoc = Doc{
	EN: "You accepted, ignored, reported or blocked invitations with the same words, headline or facts at least twice before, or corrected their type; Vetted recommends what you did, but never clears a scam warning, never recommends accepting a stranger (no mutual connections, nothing in common) for this alone and never calls a card dangerous for this alone.",
	DE: "Sie haben Einladungen mit denselben Wörtern, derselben Überschrift oder denselben Merkmalen mindestens zweimal angenommen, ignoriert, gemeldet oder blockiert oder ihren Typ korrigiert; Vetted empfiehlt, was Sie getan haben, hebt aber nie eine Betrugswarnung auf, empfiehlt nie allein deshalb, einen Fremden (keine gemeinsamen Kontakte, nichts gemeinsam) anzunehmen, und stuft eine Karte nie allein deshalb als gefährlich ein.",
}

// learntExamples are Learnt's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func learntExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "ignored sales pitches", Card: noted("Hi, our agency helps SaaS teams grow their pipeline. Open to a quick call this week?"), Decided: []Decided{
			ignored(noted("Hello, our agency builds outbound campaigns for startups. Do you have time for a quick call?")),
			ignored(noted("Our agency doubles demo bookings in 60 days. Quick call on Thursday?")),
			accepted(noted("Great meeting you at the Berlin Go meetup yesterday, let's stay in touch!")),
		}},
		{Name: "accepted recruiters", Card: person("Mara Jensen", "Technical Recruiter at Fabrikam", "Hi, I'm hiring a senior data engineer for a fintech client, remote. Open to a chat?"), Decided: []Decided{
			accepted(person("Ola Berg", "Technical Recruiter at Contoso", "Hi, I'm hiring a backend engineer for a client in Munich. Open to a chat?")),
			accepted(person("Tim Rowe", "Senior Technical Recruiter", "I'm hiring data engineers for a remote-first client, happy to share details.")),
			ignored(noted("Hello, our agency builds outbound campaigns for startups. Do you have time for a quick call?")),
		}},
		{Name: "accepted recruiters, a stranger's held", Card: with(person("Mara Jensen", "Technical Recruiter at Fabrikam", "Hi, I'm hiring a senior data engineer for a fintech client, remote. Open to a chat?"), func(c *card.Card) { c.Mutuals = 0 }), Decided: []Decided{
			accepted(person("Ola Berg", "Technical Recruiter at Contoso", "Hi, I'm hiring a backend engineer for a client in Munich. Open to a chat?")),
			accepted(person("Tim Rowe", "Senior Technical Recruiter", "I'm hiring data engineers for a remote-first client, happy to share details.")),
			ignored(noted("Hello, our agency builds outbound campaigns for startups. Do you have time for a quick call?")),
		}},
		{Name: "corrected to a recruiter twice", Card: person("Ines Vidal", "Talent Partner at Northwind", ""), Decided: []Decided{
			corrected(person("Ana Gil", "Talent Partner at Adatum", ""), "recruiter"),
			corrected(person("Luis Mora", "Talent Partner, Litware", ""), "recruiter"),
		}},
	}
	quiet = []Example{
		{Name: "nothing learnt", Card: noted("Hi, our agency helps SaaS teams grow their pipeline. Open to a quick call this week?")},
		{Name: "one decision is not enough", Card: noted("Hi, our agency helps SaaS teams grow their pipeline. Open to a quick call this week?"), Decided: []Decided{
			ignored(noted("Hi, our agency helps SaaS teams grow their pipeline. Open to a quick call this week?")),
		}},
		{Name: "unlike what was decided", Card: noted("Great to meet you at the conference in Lisbon, let's keep in touch."), Decided: []Decided{
			ignored(person("Ryan Cole", "Account Executive at Leadly", "Hello, our agency builds outbound campaigns for startups. Do you have time for a quick call?")),
			ignored(person("Ava Lind", "Growth Partner at Pipeline Pros", "Our agency doubles demo bookings in 60 days. Quick call on Thursday?")),
			accepted(person("Priya Raman", "Platform Engineer at Fabrikam", "Thanks for your talk on Go generics, I would love to connect.")),
		}},
	}
	return fires, quiet
}

// checkLearnt implements Learnt.
func checkLearnt(in *Input) (float64, []string) {
	if in.Ctx.Learnt.Empty() {
		return 0, nil
	}
	r := in.learntResult()
	if r.Lean == learn.LeanNone && r.Type == learn.TypeNone && !r.Held {
		return 0, nil
	}
	kept := &in.learntMemo
	if in.learntKept && kept.evidence != nil && kept.note == in.Card.Note && kept.headline == in.Card.Headline {
		return kept.strength, kept.evidence // made for a card with the same note and headline
	}
	s, ev := learntEvidence(in, r)
	if in.learntKept {
		kept.note, kept.headline, kept.strength, kept.evidence = in.Card.Note, in.Card.Headline, s, ev[:len(ev):len(ev)]
		in.Ctx.learnts.put(&in.learntKey, kept)
	}
	return s, ev
}

// learntEvidence returns the Learnt rule's strength and evidence for the
// learnt model's result r on the input's card.
func learntEvidence(in *Input, r *learn.Result) (float64, []string) {
	var ev []string
	s := 0.5
	if r.Lean != learn.LeanNone || r.Held {
		verb := "ignored"
		if r.Lean == learn.LeanAccept || r.Held {
			verb = "accepted"
		}
		if r.Overall {
			ev = append(ev, "you "+verb+" "+strconv.Itoa(r.Count)+" of the "+strconv.Itoa(r.OutOf)+" invitations you decided on")
		} else {
			var b strings.Builder
			b.Grow(learntEvidenceSize)
			b.WriteString("you ")
			b.WriteString(verb)
			b.WriteByte(' ')
			writePlural(&b, r.Count, "invitation", "invitations")
			b.WriteString(" like this")
			if r.Corrections > 0 {
				b.WriteString(" (")
				b.WriteString(strconv.Itoa(r.Corrections))
				b.WriteString(" of them corrected by you, which count 3 times)")
			}
			b.WriteString(": ")
			in.writeLearntQuotes(&b, r.Evidence[:r.NEvidence])
			ev = append(ev, b.String())
		}
		if r.Held {
			ev = append(ev, evLearntHeld)
		}
		s = r.Strength
	}
	if r.Type != learn.TypeNone {
		var b strings.Builder
		b.Grow(learntEvidenceSize)
		b.WriteString("you corrected ")
		writePlural(&b, r.TypeCount, "invitation", "invitations")
		b.WriteString(" like this to ")
		b.WriteString(typeNoun(r.Type))
		b.WriteString(": ")
		in.writeLearntQuotes(&b, r.TypeEvidence[:r.NTypeEvidence])
		ev = append(ev, b.String())
	}
	return s, ev
}

// evLearntHeld says why an accepting lean did not change the
// recommendation (learn.Result.Held).
const evLearntHeld = "not recommended for acceptance on that alone: no mutual connections and no company or school in common, and scams copy the notes people accept"

// learntEvidenceSize is room for most lines of the learnt rule's
// evidence, so that one allocation makes each.
const learntEvidenceSize = 192

// writePlural writes "1 thing" or "n things" (plural) to b.
func writePlural(b *strings.Builder, n int, one, many string) {
	b.WriteString(strconv.Itoa(n))
	b.WriteByte(' ')
	if n == 1 {
		b.WriteString(one)
	} else {
		b.WriteString(many)
	}
}

// writeLearntQuotes writes the features of the card the model leant on to
// b: the card's own words, quoted, or the fact.
func (in *Input) writeLearntQuotes(b *strings.Builder, fs []learn.Feat) {
	for i, f := range fs {
		if i > 0 {
			b.WriteString(", ")
		}
		switch f.Part {
		case learn.PartNote:
			in.writeQuote(b, fieldNote, f.Start, f.End-f.Start)
		case learn.PartHeadline:
			b.WriteString("headline ")
			in.writeQuote(b, fieldHeadline, f.Start, f.End-f.Start)
		default:
			l, _ := learn.FactLabel(f.Hash)
			b.WriteString(l)
		}
	}
}

// typeNoun names a type a correction can set, with its article.
func typeNoun(t learn.Type) string {
	switch t {
	case learn.KnownContact:
		return "a known contact"
	case learn.IndustryPeer:
		return "an industry peer"
	case learn.Recruiter:
		return "a recruiter"
	case learn.Salesperson:
		return "a salesperson"
	}
	return "a stranger"
}

// The helpers below build the decisions of the examples.

func ignored(c card.Card) Decided  { return Decided{c, learn.Decision{Action: learn.ActionIgnore}} }
func accepted(c card.Card) Decided { return Decided{c, learn.Decision{Action: learn.ActionAccept}} }
func corrected(c card.Card, t string) Decided {
	return Decided{c, learn.Decision{Correct: t}}
}
