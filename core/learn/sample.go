package learn

import (
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/notemodel"
)

// Sample is what the model learns from and judges: one card's text,
// folded as package text folds it, and the facts Vetted read about it.
// flag.Context.Sample makes one from a card the way the rule sees it.
type Sample struct {
	_        [0]func() // not comparable: no generated equality function (core.wasm's size)
	Note     string    `json:"note,omitempty"`     // the folded note
	Headline string    `json:"headline,omitempty"` // the folded headline
	Kind     string    `json:"kind,omitempty"`     // what the note model says the note reads like: "recruiter", "sales", "legit"; "" without a note
	Canned   bool      `json:"canned,omitempty"`   // the note is a default template or a greeting with nothing else
	Specific bool      `json:"specific,omitempty"` // the note names something particular (Specific of the note as shown)
	// What the headline says of the sender: a recruiter's title, a sales
	// title, the user's field (an industry keyword).
	Recruiter bool       `json:"recruiter,omitempty"`
	Sales     bool       `json:"sales,omitempty"`
	Field     bool       `json:"field,omitempty"`
	Person    bool       `json:"person,omitempty"`   // the invitation is from a person
	Mutuals   int        `json:"mutuals"`            // mutual connections, -1 when unknown
	Shared    bool       `json:"shared,omitempty"`   // a company or school in common
	Photo     card.Photo `json:"photo,omitempty"`    // the photo state
	Verified  bool       `json:"verified,omitempty"` // the site's verified badge
	Name      string     `json:"name,omitempty"`     // the sender's name as the card shows it (for the evidence of a report)
	Sender    string     `json:"sender,omitempty"`   // who sent it (flag's sender key: profile, else invitation key, else name)

	// Notes, when not nil, is what NewNoteParts gives for Note, worked out
	// before (a caller that judges the same note again keeps it):
	// Features reads it instead of the note.
	Notes *NoteParts `json:"-"`
}

// NoteParts is what Features reads of a note: its word and word-pair
// features and the note model's structural tags, and whether it names
// something particular.
type NoteParts struct {
	feats    []Feat
	tags     []uint32
	specific bool
}

// NewNoteParts works out the parts of a note: note folded, and as shown.
func NewNoteParts(note, shown string) *NoteParts {
	p := &NoteParts{}
	if note == "" {
		return p
	}
	p.specific = Specific(note, shown)
	notemodel.WordFeatures(note, func(f notemodel.Feature) {
		p.feats = append(p.feats, Feat{Hash: f.Hash, Part: PartNote, Start: f.Start, End: f.End})
	})
	p.tags = notemodel.Tags(note, nil)
	return p
}

// Specific reports whether the note names something particular
// (Specific).
func (p *NoteParts) Specific() bool { return p.specific }

// Part is where a feature comes from.
type Part uint8

// The parts of a card features come from.
const (
	PartNote     Part = 'n' // a word or word pair of the note
	PartHeadline Part = 'h' // a word or word pair of the headline
	PartFact     Part = 'f' // a fact Vetted read (mutuals, what the note reads like…)
)

// Feat is one feature of a sample: its hash (HashBits bits, as the note
// model's), the part it comes from and, for words and word pairs, the
// span of the folded note or headline it covers.
type Feat struct {
	_          [0]func() // not comparable: no generated equality function (core.wasm's size)
	Hash       uint32
	Part       Part
	Start, End int
}

// hashMask keeps a feature hash to the note model's HashBits bits.
const hashMask = 1<<notemodel.HashBits - 1

// headlineSalt moves the headline's words to other hashes than the
// note's: "sales" in a headline and in a note say different things.
const headlineSalt = 0x5a3c96 & hashMask

// fact is a fact feature: its hash and what it says, as evidence.
type fact struct {
	hash  uint32
	label string
}

// newFact hashes a fact's name as the note model hashes its tags.
func newFact(name, label string) fact {
	return fact{notemodel.TagHash("learn:" + name), label}
}

// The fact features.
var (
	factRecruiter = newFact("kind:recruiter", "the note reads like a recruiter's")
	factSales     = newFact("kind:sales", "the note reads like a sales pitch")
	// A note that reads personal is one fact when it names something
	// particular (Sample.Specific), another when it does not: the note
	// model reads peers', personal and contentless notes alike.
	factPersonal    = newFact("kind:legit+specific", "a personal note naming something particular")
	factGeneric     = newFact("kind:legit+generic", "a personal note naming nothing particular")
	factNoNote      = newFact("note:none", "no note")
	factNoMutuals   = newFact("mutuals:0", "no mutual connections")
	factFewMutuals  = newFact("mutuals:1", "1 or 2 mutual connections")
	factSomeMutuals = newFact("mutuals:3", "3 to 9 mutual connections")
	factManyMutuals = newFact("mutuals:10", "10 or more mutual connections")
	factShared      = newFact("shared", "a company or school in common")
	factNoPhoto     = newFact("photo:none", "no profile photo")
	factVerified    = newFact("verified", "a verified badge")
	factNotPerson   = newFact("page", "not from a person (a page, event or group)")
	factCanned      = newFact("note:canned", "a default or contentless note")
	factRecTitle    = newFact("title:recruiter", "a recruiter's title in the headline")
	factSalesTitle  = newFact("title:sales", "a sales title in the headline")
	factField       = newFact("title:field", "the headline names your field")
)

// tagFacts are the note model's structural tags of a note (notemodel.Tags)
// as facts, with what they say.
var tagFacts = [...]fact{
	{notemodel.TagHash("url"), "a link in the note"},
	{notemodel.TagHash("email"), "an e-mail address in the note"},
	{notemodel.TagHash("phone"), "a phone number in the note"},
	{notemodel.TagHash("handle"), "a handle (@name) in the note"},
	{notemodel.TagHash("amount"), "an amount of money in the note"},
	{notemodel.TagHash("percent"), "a percentage in the note"},
	{notemodel.TagHash("len:1"), "a note of up to 6 words"},
	{notemodel.TagHash("len:2"), "a note of 7 to 20 words"},
	{notemodel.TagHash("len:3"), "a note of 21 to 50 words"},
	{notemodel.TagHash("len:4"), "a note of more than 50 words"},
}

// facts lists every fact, to find a fact's label by its hash.
var facts = [...]*fact{
	&factRecruiter, &factSales, &factPersonal, &factNoNote, &factNoMutuals, &factFewMutuals,
	&factSomeMutuals, &factManyMutuals, &factShared, &factNoPhoto, &factVerified, &factNotPerson, &factCanned, &factGeneric,
	&factRecTitle, &factSalesTitle, &factField,
	&tagFacts[0], &tagFacts[1], &tagFacts[2], &tagFacts[3], &tagFacts[4], &tagFacts[5], &tagFacts[6],
	&tagFacts[7], &tagFacts[8], &tagFacts[9],
}

// FactLabel returns what the fact with this hash says, and whether it is
// a fact.
func FactLabel(h uint32) (string, bool) {
	for _, f := range facts {
		if f.hash == h {
			return f.label, true
		}
	}
	return "", false
}

// Features calls emit for every feature of the sample: the note's words
// and word pairs, the headline's words and word pairs, then the facts
// (among them the note model's structural tags: a link, an amount, the
// note's length class…).
// A feature can come more than once (a word the note repeats).
func Features(s *Sample, emit func(Feat)) {
	switch {
	case s.Notes != nil:
		for _, f := range s.Notes.feats {
			emit(f)
		}
	case s.Note != "":
		notemodel.WordFeatures(s.Note, func(f notemodel.Feature) {
			emit(Feat{Hash: f.Hash, Part: PartNote, Start: f.Start, End: f.End})
		})
	}
	if s.Headline != "" {
		notemodel.WordFeatures(s.Headline[:titleEnd(s.Headline)], func(f notemodel.Feature) {
			emit(Feat{Hash: f.Hash ^ headlineSalt, Part: PartHeadline, Start: f.Start, End: f.End})
		})
	}
	fact := func(f *fact) { emit(Feat{Hash: f.hash, Part: PartFact}) }
	if s.Note != "" {
		var buf [12]uint32
		tags := buf[:0]
		if s.Notes != nil {
			tags = s.Notes.tags
		} else {
			tags = notemodel.Tags(s.Note, tags)
		}
		for _, t := range tags {
			for i := range tagFacts {
				if tagFacts[i].hash == t {
					fact(&tagFacts[i])
				}
			}
		}
	}
	if s.Canned {
		fact(&factCanned)
	}
	if s.Recruiter {
		fact(&factRecTitle)
	}
	if s.Sales {
		fact(&factSalesTitle)
	}
	if s.Field {
		fact(&factField)
	}
	switch {
	case s.Note == "":
		fact(&factNoNote)
	case s.Kind == "recruiter":
		fact(&factRecruiter)
	case s.Kind == "sales":
		fact(&factSales)
	case s.Kind == "legit" && s.Specific:
		fact(&factPersonal)
	case s.Kind == "legit":
		fact(&factGeneric)
	}
	switch {
	case s.Mutuals == 0:
		fact(&factNoMutuals)
	case s.Mutuals >= 10:
		fact(&factManyMutuals)
	case s.Mutuals >= 3:
		fact(&factSomeMutuals)
	case s.Mutuals > 0:
		fact(&factFewMutuals)
	}
	if s.Shared {
		fact(&factShared)
	}
	if s.Photo == card.PhotoDefault || s.Photo == card.PhotoNone {
		fact(&factNoPhoto)
	}
	if s.Verified {
		fact(&factVerified)
	}
	if !s.Person {
		fact(&factNotPerson)
	}
}

// titleSeps end the title part of a folded headline: what follows names
// where the sender works ("engineer at northwind", "recruiter @ contoso",
// "cto | speaker").
var titleSeps = [...]string{" at ", " @ ", " | ", ", ", " - ", " bei ", " chez "}

// titleEnd returns where the title part of a folded headline ends. The
// model learns from the title alone: which company the sender names is
// noise to what the user decides about them (the learning curve in
// EVAL.md: a point or two for the engineer), and a company in common is
// a fact of its own.
func titleEnd(h string) int {
	end := len(h)
	for _, sep := range titleSeps {
		if i := strings.Index(h[:end], sep); i > 0 {
			end = i
		}
	}
	return end
}

// label is what a feature of the sample is, for the list of what Vetted
// learnt: the folded words it covers ("quick call"), "headline: " and the
// words, or the fact.
func (s *Sample) label(f Feat) string {
	switch f.Part {
	case PartNote:
		return cut(s.Note[f.Start:f.End])
	case PartHeadline:
		return "headline: " + cut(s.Headline[f.Start:f.End])
	}
	l, _ := FactLabel(f.Hash)
	return l
}
