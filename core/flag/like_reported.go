package flag

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
)

// LikeReported fires when the user reported or blocked an invitation from
// the same person or with the same note: the same sender, or the same
// campaign from another account, is flagged as soon as the user acts on
// the first one.
var LikeReported = &Rule{
	ID:      "like-reported",
	Title:   "Like an invitation you reported",
	TitleDE: "Wie eine Einladung, die Sie gemeldet haben",
	Group:   GroupContext,
	Weight:  30,
	Check:   checkLikeReported,
	Leans: func(*Input) (learn.Lean, learn.Type, bool) {
		return learn.LeanIgnore, learn.TypeNone, false
	},
}

// likeReportedDoc is LikeReported's doc (Rule.DocIn).
var likeReportedDoc = Doc{
	EN: "You reported or blocked an invitation from the same person, or one with the same note word for word (default templates do not count); a campaign often comes from several accounts at once.",
	DE: "Sie haben eine Einladung derselben Person oder eine mit Wort für Wort derselben Nachricht gemeldet oder blockiert (Standardvorlagen zählen nicht); eine Kampagne kommt oft von mehreren Konten zugleich.",
}

// likeReportedExamples are LikeReported's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func likeReportedExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "same note, other sender", Card: person("Amanda Lewis", "Investment Consultant", dupNote), Decided: []Decided{
			reported(person("Jennifer Scott", "Entrepreneur", dupNote)),
		}},
		{Name: "same person again", Card: with(person("Jennifer Scott", "Entrepreneur", "Hi again!"), func(c *card.Card) { c.ProfileURL = "https://www.linkedin.com/in/jennifer-scott-42/" }), Decided: []Decided{
			blocked(with(person("Jennifer Scott", "Entrepreneur", dupNote), func(c *card.Card) { c.ProfileURL = "https://www.linkedin.com/in/jennifer-scott-42" })),
		}},
	}
	quiet = []Example{
		{Name: "same note, only ignored", Card: person("Amanda Lewis", "Investment Consultant", dupNote), Decided: []Decided{
			ignored(person("Jennifer Scott", "Entrepreneur", dupNote)),
		}},
		{Name: "default template reported", Card: noted("I'd like to add you to my professional network on LinkedIn."), Decided: []Decided{
			reported(person("Tomasz Wierzbicki", "Staff Engineer", "I'd like to add you to my professional network on LinkedIn.")),
		}},
		{Name: "the repeat-invite rule already says it", Card: with(person("Jennifer Scott", "Entrepreneur", "Hi again!"), func(c *card.Card) { c.ProfileURL = "https://www.linkedin.com/in/jennifer-scott-42/" }), Prior: []Prior{{Action: "block", AgeDays: 3}}, Decided: []Decided{
			blocked(with(person("Jennifer Scott", "Entrepreneur", "Hi"), func(c *card.Card) { c.ProfileURL = "https://www.linkedin.com/in/jennifer-scott-42" })),
		}},
	}
	return fires, quiet
}

// checkLikeReported implements LikeReported.
func checkLikeReported(in *Input) (float64, []string) {
	m := in.Ctx.Learnt
	if !m.HasReported() {
		return 0, nil
	}
	s := 0.0
	var ev []string
	if r, ok := m.ReportedSenderOf(senderKeyParts(in.Card)); ok && !priorRefusal(in.Prior) {
		s = 1
		ev = append(ev, "from the same person as an invitation you "+pastTense(r.Action))
	}
	if r, ok := m.ReportedNote(in.Note); ok && substantialNote(in.Note, in.Name) {
		s = max(s, 0.9)
		e := "the same note as an invitation you " + pastTense(r.Action)
		if r.Name != "" {
			e += " (from " + quote(r.Name) + ")"
		}
		ev = append(ev, e)
	}
	return s, ev
}

// priorRefusal reports whether the ledger already shows a report or block
// of the sender (the repeat-invite rule says so then).
func priorRefusal(prior []Prior) bool {
	for _, p := range prior {
		if p.Action == "report" || p.Action == "block" {
			return true
		}
	}
	return false
}

func reported(c card.Card) Decided { return Decided{c, learn.Decision{Action: learn.ActionReport}} }
func blocked(c card.Card) Decided  { return Decided{c, learn.Decision{Action: learn.ActionBlock}} }
