package flag

import (
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/settings"
)

// Group is the family a rule belongs to; verdict caps the score per group
// so that many weak flags of one kind cannot add up to a strong verdict.
type Group string

// The rule groups.
const (
	GroupIdentity Group = "identity" // who the sender seems to be: photo, name, headline, network
	GroupNote     Group = "note"     // what the sender wrote with the invitation
	GroupContext  Group = "context"  // the user's own context: settings and decision ledger
)

// Rule is one red flag.
//
// Its title and doc are what a user reads (the badge, the options page),
// in English and in German, both kept in the rule's own file; TitleIn and
// DocIn pick one by the browser's language. The doc is not a field: it is
// the rule's Doc variable beside it (moneyTalkDoc for MoneyTalk), listed
// in docs (all.go), which only DocIn reads, so that core.wasm, which shows
// no doc, does not carry them (10 KB). Neither language cites a
// source document: they say what the flag means for the user. Hits and
// the CLI always carry the English title.
type Rule struct {
	ID         string // stable, kebab-case; never changes once shipped
	Title      string // at most 50 characters, shown on the badge
	TitleDE    string // Title in German (formal "Sie"), at most 50 characters
	Group      Group
	Weight     int  // score points at full strength, 1 to 100
	DefaultOff bool // off unless the user turns it on (for example polarizing)
	// NoteOnly says that Check (and Classify) read the note alone: its
	// folded text, the phrases found in it and the note as shown, nothing
	// else of the card or the page. Such a rule's hit is kept per note and
	// not worked out again when a card with the same note is judged.
	NoteOnly bool
	// Check returns the strength (0 = not fired, up to 1) and the evidence:
	// quoted words from the card or stated facts, never HTML.
	Check func(in *Input) (strength float64, evidence []string)
	// Classify, for a rule that says what kind of sender the note is from
	// (the note model), returns after Check fired the class it flags
	// ("scam", "sales"…), its probability in percent, and the kind of
	// sender the note reads like apart from scams ("recruiter", "sales"
	// or ""). Nil for other rules.
	Classify func(in *Input) (class notemodel.Class, percent int, kind notemodel.Class)
	// Leans, for a rule that speaks for what the user decided before
	// (package learn), returns after Check fired the way the card leans
	// (accept or ignore), the type the user's corrections give it, and
	// whether an accepting lean was held back on a stranger's card
	// (learn.Result.Held). Nil for other rules.
	Leans func(in *Input) (lean learn.Lean, retype learn.Type, held bool)
	// Its examples, cards it must fire on and cards it must not, are a
	// function in the rule's file (defaultPhotoExamples for DefaultPhoto),
	// listed in examples_test.go: tests run them and core.wasm does not
	// carry them (17 KB gzip, built when the package starts).
}

// German reports whether lang, a language tag such as the browser's UI
// language ("de", "de-AT", "de_CH", any case), asks for German.
func German(lang string) bool {
	return len(lang) >= 2 && strings.EqualFold(lang[:2], "de") && (len(lang) == 2 || lang[2] == '-' || lang[2] == '_')
}

// TitleIn returns the rule's title in lang: German for German (see
// German), English for any other language.
func (r *Rule) TitleIn(lang string) string {
	if German(lang) && r.TitleDE != "" {
		return r.TitleDE
	}
	return r.Title
}

// Doc is a rule's doc: one sentence, what the rule looks for and why it
// matters, in English and in German (the same meaning, formal "Sie").
type Doc struct {
	EN string
	DE string
}

// DocIn returns the rule's doc in lang, as TitleIn; "" for a rule whose
// ID docs does not list.
func (r *Rule) DocIn(lang string) string {
	d := r.Docs()
	if German(lang) && d.DE != "" {
		return d.DE
	}
	return d.EN
}

// Docs returns the rule's doc in both languages (zero for a rule docs
// does not list).
func (r *Rule) Docs() Doc {
	for i := range docs {
		if docs[i].id == r.ID {
			return *docs[i].doc
		}
	}
	return Doc{}
}

// Example is a card, with optional settings and history, on which a rule
// must fire or stay quiet.
type Example struct {
	Name     string // what the example shows
	Card     card.Card
	Settings *settings.Settings // nil means defaults
	Prior    []Prior            // earlier decisions on this sender
	Batch    []card.Card        // other cards on the same page
	Decided  []Decided          // decisions the model learnt from before (package learn)
}

// Decided is a card the user decided on, for the examples of the rules
// that use what Vetted learnt.
type Decided struct {
	Card     card.Card
	Decision learn.Decision
}

// Hit is a fired rule: its identity, strength and evidence.
type Hit struct {
	ID       string
	Title    string
	Group    Group
	Weight   int
	Strength float64
	Evidence []string
	// Class, Percent and Kind are the note model's reading (Classify): the
	// class it flags with its probability in percent, and the sender the
	// note reads like apart from scams (Recruiter, Sales or Legit). Small
	// types: hits are copied often.
	Class   notemodel.Class
	Kind    notemodel.Class
	Percent uint8
	// Lean, Retype and Held are what the user's earlier decisions say
	// (package learn): the way the card leans, the type their corrections
	// give it, and whether an accepting lean was held back because the
	// sender is a stranger (learn.Result.Held). Verdict applies them
	// within its limits.
	Lean   learn.Lean
	Retype learn.Type
	Held   bool
}

// Points is the hit's contribution to the risk score before group caps.
func (h Hit) Points() float64 { return float64(h.Weight) * h.Strength }

// Prior is an earlier decision on the same sender, from the ledger.
type Prior struct {
	_       [0]func() // not comparable: no generated equality function (core.wasm's size)
	Action  string    // "ignore", "decline", "block", "accept", ...
	AgeDays int       // how long ago, -1 when unknown
}
