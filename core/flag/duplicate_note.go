package flag

import (
	"strconv"
	"sync"

	"github.com/vetted/vetted/core/card"
)

// minDuplicateWords is how many words a note needs before two copies of it
// count as a mass mailing rather than a coincidence ("Hi!").
const minDuplicateWords = 6

// substantialNote reports whether a folded note is long enough, and not a
// default template, for copies of it to mean a mass mailing. sender is
// the folded name of who sent it.
func substantialNote(folded, sender string) bool {
	return len(folded) >= 24 && countWords(folded) >= minDuplicateWords && !canned(folded, sender)
}

// DuplicateNote fires when different senders on the page sent the same
// note.
var DuplicateNote = &Rule{
	ID:      "duplicate-note",
	Title:   "Same note from several senders",
	TitleDE: "Gleiche Nachricht von mehreren Absendern",
	Group:   GroupContext,
	Weight:  25,
	Check: func(in *Input) (float64, []string) {
		n := in.Batch.Senders(in.Note)
		if n < 2 {
			return 0, nil
		}
		s := 0.8
		if n > 2 {
			s = 1
		}
		return s, sameNoteEvidenceOf(n)
	},
}

// duplicateNoteDoc is DuplicateNote's doc (Rule.DocIn).
var duplicateNoteDoc = Doc{
	EN: "Two or more different senders on this page sent the same non-trivial note word for word, the mark of a script or a spam campaign (default templates do not count).",
	DE: "Zwei oder mehr verschiedene Absender auf dieser Seite haben Wort für Wort dieselbe Nachricht geschickt, die mehr als ein kurzer Gruß ist: das Kennzeichen eines Skripts oder einer Spam-Kampagne (Standardvorlagen zählen nicht).",
}

// duplicateNoteExamples are DuplicateNote's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func duplicateNoteExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "two senders", Card: person("Amanda Lewis", "Investment Consultant", dupNote), Batch: []card.Card{person("Jennifer Scott", "Entrepreneur", dupNote)}},
		{Name: "folded copies", Card: person("Ryan Gallagher", "Account Executive", "Hi Sam, I help data teams cut their warehouse bill by 40%."), Batch: []card.Card{person("Chloe Sanderson", "BDR", "hi sam,  I help data teams cut their warehouse bill by 40%.")}},
	}
	quiet = []Example{
		{Name: "alone", Card: person("Amanda Lewis", "Investment Consultant", dupNote)},
		{Name: "default template", Card: noted("I'd like to add you to my professional network on LinkedIn."), Batch: []card.Card{person("Tomasz Wierzbicki", "Staff Engineer", "I'd like to add you to my professional network on LinkedIn.")}},
		{Name: "short note", Card: noted("Hi Sam!"), Batch: []card.Card{person("Other Person", "Engineer", "Hi Sam!")}},
		{Name: "same sender twice", Card: person("Amanda Lewis", "Investment Consultant", dupNote), Batch: []card.Card{person("Amanda Lewis", "Investment Consultant", dupNote)}},
	}
	return fires, quiet
}

// dupNote is the shared note of the duplicate-note examples.
const dupNote = "Hello, I am looking for honest friends to share my success investing in bitcoin."

// sameNoteLine is DuplicateNote's evidence for n senders.
func sameNoteLine(n int) []string {
	return []string{"the same note came from " + strconv.Itoa(n) + " senders on this page"}
}

// sameNoteEvidence holds DuplicateNote's evidence for the counts most pages
// show, made once, on first use, and shared (evidence is never changed). Not
// made when the program starts: a package variable set by a call makes the
// compiler build the rules' tables by code too (core.wasm's size).
var (
	sameNoteOnce     sync.Once
	sameNoteEvidence [][]string
)

// sameNoteEvidenceOf is DuplicateNote's evidence for n senders, shared for
// the counts most pages show.
func sameNoteEvidenceOf(n int) []string {
	sameNoteOnce.Do(makeSameNoteEvidence)
	if n < len(sameNoteEvidence) {
		return sameNoteEvidence[n]
	}
	return sameNoteLine(n)
}

func makeSameNoteEvidence() {
	sameNoteEvidence = make([][]string, 50)
	for n := 2; n < len(sameNoteEvidence); n++ {
		sameNoteEvidence[n] = sameNoteLine(n)
	}
}
