package flag

import (
	"strings"
	"unicode/utf8"

	"github.com/vetted/vetted/core/text"
)

// cannedPhrases are the sites' default invitation texts and their close
// variants, folded.
var cannedPhrases = []string{
	"i'd like to add you to my professional network on linkedin",
	"i'd like to add you to my professional network",
	"i would like to add you to my professional network",
	"i'd like to join your linkedin network", "i would like to join your linkedin network",
	"i'd like to join your network", "i'd like to connect with you on linkedin",
	"i would like to connect with you on linkedin", "i'd like to connect with you",
	"i would like to connect with you", "i'd like to connect", "i would like to connect",
	"let's connect", "lets connect", "please accept my invitation",
	"please accept my connection request", "i want to connect with you",
	"ich mochte sie gerne zu meinem beruflichen netzwerk auf linkedin hinzufugen",
	"ich mochte sie gerne zu meinem beruflichen netzwerk hinzufugen",
	"ich mochte dich gerne zu meinem beruflichen netzwerk hinzufugen",
	"ich wurde sie gerne als kontakt hinzufugen", "ich wurde dich gerne als kontakt hinzufugen",
	"ich wurde mich freuen, sie meinem netzwerk hinzuzufugen",
}

// cannedSlack is how many words besides the template, greetings and the
// sender's own name a canned note may have (the recipient's name).
const cannedSlack = 2

// greetingWords are greetings and sign-offs, which do not make a note
// personal.
var greetingWords = map[string]bool{
	"hi": true, "hello": true, "hey": true, "dear": true, "hallo": true, "guten": true, "tag": true,
	"best": true, "regards": true, "kind": true, "thanks": true, "thank": true, "you": true,
	"cheers": true, "greetings": true, "gruss": true, "grusse": true, "viele": true, "liebe": true,
	"lieber": true, "mfg": true, "lg": true, "vg": true, "bg": true, "sincerely": true, "thx": true,
}

// CannedNote fires when the note is just the site's default text.
var CannedNote = &Rule{
	ID:      "canned-note",
	Title:   "Default invitation text",
	TitleDE: "Standardtext der Einladung",
	Group:   GroupNote,
	Weight:  5,
	Check: func(in *Input) (float64, []string) {
		m, ok := in.first(fieldNote, lxCanned)
		if !ok || !cannedAt(in.Note, m.At, m.End-m.At, in.Name) {
			return 0, nil
		}
		return 1, []string{"default text " + quote(strings.TrimSpace(in.Card.Note))}
	},
}

// cannedNoteDoc is CannedNote's doc (Rule.DocIn).
var cannedNoteDoc = Doc{
	EN: "The note is only the site's default template (\"I'd like to add you to my professional network\"), which says nothing about why the sender wants to connect.",
	DE: "Die Nachricht ist nur die Standardvorlage der Plattform („Ich möchte Sie gerne zu meinem beruflichen Netzwerk hinzufügen“) und sagt nichts darüber, warum der Absender sich mit Ihnen vernetzen möchte.",
}

// cannedNoteExamples are CannedNote's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func cannedNoteExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "linkedin default", Card: noted("I'd like to add you to my professional network on LinkedIn.")},
		{Name: "with greeting and name", Card: noted("Hi Sam, I’d like to join your LinkedIn network. - Victor")},
		{Name: "with sign-off and own name", Card: person("Victor Almeida", "Operations Lead", "Hello Sam Carter, let's connect! Best regards, Victor Almeida")},
		{Name: "german default", Card: noted("Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.")},
	}
	quiet = []Example{
		{Name: "personal note", Card: noted("Hi Sam, we worked together on the Fabrikam billing migration in 2021. Would be great to stay in touch.")},
		{Name: "template plus context", Card: noted("I'd like to connect — we met at the Leeds data meetup and talked about dbt testing strategies.")},
		{Name: "german personal", Card: noted("Hallo, wir haben uns auf der Konferenz in Berlin getroffen. Ich würde mich über die Vernetzung freuen.")},
		{Name: "no note", Card: noted("")},
		{Name: "short template with context", Card: noted("Hi Sam, great talk today, let's connect!")},
	}
	return fires, quiet
}

// cannedAt reports whether the folded note is no more than the template
// found at [at, at+n), greetings, the sender's name (folded) and one or
// two more words.
func cannedAt(note string, at, n int, sender string) bool {
	extra := 0
	for _, part := range [...]string{note[:at], note[at+n:]} {
		var buf [8]string
		for _, w := range words(buf[:0], part) {
			if !greetingWords[w] && !text.HasPhrase(sender, w) {
				extra++
			}
		}
	}
	return extra <= cannedSlack
}

// canned reports whether a folded note from the sender (folded name) is
// only a default template.
func canned(note, sender string) bool {
	for _, p := range cannedPhrases {
		if at := text.PhraseAt(note, p); at >= 0 && cannedAt(note, at, len(p), sender) {
			return true
		}
	}
	return false
}

// countWords returns the number of words (runs of letters and digits) in
// a folded text.
func countWords(folded string) int {
	n, in := 0, false
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		var w bool
		if c < utf8.RuneSelf {
			w = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
		} else {
			r, size := utf8.DecodeRuneInString(folded[i:])
			w = text.IsWord(r)
			i += size - 1
		}
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
