package flag

import (
	"strings"
	"sync"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/identity"
	"github.com/vetted/vetted/core/text"
)

// placeholderNames are folded names that nobody is really called.
var placeholderNames = []string{
	"john doe", "jane doe", "test", "test user", "test account", "testuser", "user", "new user",
	"admin", "administrator", "unknown", "anonymous", "no name", "noname", "name surname",
	"first last", "firstname lastname", "first name last name", "your name", "max mustermann",
	"erika mustermann", "linkedin member", "linkedin user", "facebook user", "asdf", "qwerty",
	"fake", "fake account", "real person",
}

// OddName fires on names that real people rarely have.
var OddName = &Rule{
	ID:      "odd-name",
	Title:   "Odd or placeholder name",
	TitleDE: "Merkwürdiger Name oder Platzhalter",
	Group:   GroupIdentity,
	Weight:  15,
	Check:   checkOddName,
}

// oddNameDoc is OddName's doc (Rule.DocIn).
var oddNameDoc = Doc{
	EN: "The name is all capitals, has digits, emoji, repeated letters, symbols, hidden or styled characters, is a single word or a placeholder such as \"John Doe\", as generated and fake accounts often are.",
	DE: "Der Name steht ganz in Großbuchstaben, enthält Ziffern, Emoji, wiederholte Buchstaben, Symbole, unsichtbare Zeichen oder Zierschrift, besteht aus nur einem Wort oder ist ein Platzhalter wie „Max Mustermann“, wie es bei automatisch erzeugten und gefälschten Konten häufig vorkommt.",
}

// oddNameExamples are OddName's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func oddNameExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "all capitals", Card: person("JESSICA WILLIAMS", "CEO", "")},
		{Name: "digits", Card: person("mark.lee1987", "Manager", "")},
		{Name: "placeholder", Card: person("John Doe", "Entrepreneur", "")},
		{Name: "repeated letters", Card: person("Kimberlyyyy Jonesss", "Student", "")},
		{Name: "emoji and one word", Card: person("✨💎 Bella 💎✨", "Crypto coach", "")},
		{Name: "one word", Card: person("Anna", "", "")},
		{Name: "mathematical bold letters", Card: person("𝐉𝐞𝐬𝐬𝐢𝐜𝐚 𝐇𝐚𝐥𝐞", "Recruiter", "")},
		{Name: "markup", Card: person("<script>alert('x')</script>", "", "")},
		{Name: "bidi override", Card: person("\u202enosirraH yrneH", "Entrepreneur", "")},
	}
	quiet = []Example{
		{Name: "ordinary", Card: person("Laura Bennett", "Marketing Coordinator at Adatum", "")},
		{Name: "accents", Card: person("Siobhán Ní Bhriain", "Data Engineering Manager", "")},
		{Name: "apostrophe", Card: person("Liam O'Connor", "Analytics Lead", "")},
		{Name: "cyrillic", Card: person("Алексей Смирнов", "Data Engineer", "")},
		{Name: "chinese with latin", Card: person("王伟 (Wei Wang)", "ML Engineer", "")},
		{Name: "chinese only", Card: person("王伟", "ML Engineer", "")},
		{Name: "one emoji", Card: person("Maya Chen 🌱", "Analytics Engineer", "")},
		{Name: "first name Gift", Card: person("Gift Okonkwo", "Senior Data Engineer", "")},
		{Name: "a page", Card: card.Card{Kind: card.Page, Name: "ACME", Mutuals: -1}},
	}
	return fires, quiet
}

// checkOddName implements OddName.
func checkOddName(in *Input) (float64, []string) {
	c := in.Card
	if !isPerson(c) || in.Name == "" {
		return 0, nil
	}
	n := text.Count(c.Name)
	ascii := text.IsASCII(c.Name) // no hidden, styled or unspaced letters then
	signs := [...]struct {
		on       bool
		strength float64
		why      string
	}{
		{placeholder(in.Name), 1, "is a placeholder name"},
		{n.Digits >= 2, 0.9, "has digits"},
		{n.Digits == 1, 0.6, "has a digit"},
		{n.Letters >= 4 && n.Lower == 0 && n.Upper == n.Letters, 0.7, "is all capitals"},
		{n.Emoji >= 2, 0.7, "has emoji"},
		{n.MaxRepeat >= 3, 0.8, "repeats a letter"},
		{n.Words == 1 && (ascii || !unspaced(c.Name)), 0.5, "is a single word"},
		{hasNameSymbol(c.Name) || strings.Contains(in.Name, "http"), 0.8, "has symbols or markup"},
		{!ascii && hiddenControls(c.Name), 0.8, "has hidden direction or zero-width characters"},
		{!ascii && text.Fancy(c.Name), 0.8, "uses styled look-alike letters"},
	}
	var ev []string
	var name string // the name quoted, made once
	best, count := 0.0, 0
	for _, s := range signs {
		if !s.on {
			continue
		}
		if ev == nil {
			ev = make([]string, 0, 2)
			name = text.Quote(c.Name, evidenceRunes)
		}
		ev = append(ev, `"`+name+`" `+s.why)
		best = max(best, s.strength)
		count++
	}
	if count == 0 {
		return 0, nil
	}
	return min(1, best+0.15*float64(count-1)), ev
}

// placeholder reports whether a folded name is a placeholder name: its
// name key (identity.NameKey: its words, one space apart) is one of
// placeholderNames. The key is built on the stack; a placeholder is
// short.
func placeholder(folded string) bool {
	if identity.PlainName(folded) {
		return isPlaceholder(folded) // its own key
	}
	var buf [32]byte
	key := buf[:0]
	for i, j, ok := text.NextWord(folded, 0); ok; i, j, ok = text.NextWord(folded, j) {
		if len(key) > 0 {
			key = append(key, ' ')
		}
		if len(key)+j-i > len(buf) {
			return false // longer than any placeholder
		}
		key = append(key, folded[i:j]...)
	}
	return isPlaceholder(string(key))
}

// isPlaceholder reports whether a name key is one of placeholderNames.
func isPlaceholder(key string) bool {
	placeholderOnce.Do(makePlaceholderSet)
	return placeholderSet[key]
}

// placeholderSet holds placeholderNames, made on first use: a package
// variable set by a call when the program starts makes the compiler build
// the rules' tables by code too (core.wasm's size).
var (
	placeholderOnce sync.Once
	placeholderSet  map[string]bool
)

func makePlaceholderSet() {
	placeholderSet = make(map[string]bool, len(placeholderNames))
	for _, p := range placeholderNames {
		placeholderSet[p] = true
	}
}

// unspaced reports whether s is written in a script that does not put
// spaces between names (Chinese, Japanese, Korean, Thai), where a single
// word is normal.
func unspaced(s string) bool {
	for _, r := range s {
		if r >= 0x0E00 && r < 0x0E80 || r >= 0x1100 && r < 0x1200 || r >= 0x2E80 && r < 0xA000 ||
			r >= 0xAC00 && r < 0xD7B0 || r >= 0xF900 && r < 0xFB00 || r >= 0x20000 && r < 0x32000 {
			return true
		}
	}
	return false
}

// hiddenControls reports whether s has bidi overrides or zero-width
// spaces, which make a name display differently from what it is. Zero-width
// joiners (emoji sequences, Indic and Persian names) do not count.
func hiddenControls(s string) bool {
	for _, r := range s {
		switch {
		case r == 0x200B, r == 0x200E, r == 0x200F, r >= 0x202A && r <= 0x202E,
			r == 0x2060, r >= 0x2066 && r <= 0x2069, r == 0xFEFF, r == 0x061C:
			return true
		}
	}
	return false
}

// nameSymbols are the ASCII symbols no real name holds:
// < > { } [ ] = \ | # $ % ^ * ~ _ @. A literal, not a function's result:
// a package variable set by a call makes the compiler build the rules'
// tables by code at start-up (core.wasm's size).
var nameSymbols = [256]bool{'<': true, '>': true, '{': true, '}': true, '[': true, ']': true,
	'=': true, '\\': true, '|': true, '#': true, '$': true, '%': true, '^': true, '*': true,
	'~': true, '_': true, '@': true}

// hasNameSymbol reports whether s holds one of nameSymbols (a byte loop:
// strings.ContainsAny builds its set on every call).
func hasNameSymbol(s string) bool {
	for i := 0; i < len(s); i++ {
		if nameSymbols[s[i]] {
			return true
		}
	}
	return false
}
