package settings

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The template names Render accepts: the JSON keys of Templates.
const (
	TemplateThankYou   = "thank_you"
	TemplateAskContext = "ask_context"
)

// Render fills the named template ("thank_you" or "ask_context") for the
// sender called name (see Fill). An unknown template name gives "".
func (t Templates) Render(which, name string) string {
	switch which {
	case TemplateThankYou:
		return Fill(t.ThankYou, name)
	case TemplateAskContext:
		return Fill(t.AskContext, name)
	}
	return ""
}

// Fill replaces {first_name} with FirstName(name) and {name} with the full
// name (white space collapsed). When the name gives nothing usable, the
// placeholder is dropped together with the space or ", " before it, so
// "Hi {first_name}, thanks" becomes "Hi, thanks" and "Thanks for
// connecting, {first_name}!" becomes "Thanks for connecting!".
func Fill(template, name string) string {
	if strings.IndexByte(template, '{') < 0 {
		return template
	}
	full := strings.Join(strings.Fields(name), " ")
	first := FirstName(name)
	if first == "" {
		full = ""
	}
	var b strings.Builder
	b.Grow(len(template) + 2*len(full))
	for i := 0; i < len(template); {
		var val string
		var n int
		switch {
		case strings.HasPrefix(template[i:], PlaceholderFirstName):
			val, n = first, len(PlaceholderFirstName)
		case strings.HasPrefix(template[i:], PlaceholderName):
			val, n = full, len(PlaceholderName)
		default:
			b.WriteByte(template[i])
			i++
			continue
		}
		if val == "" {
			dropSeparator(&b)
		}
		b.WriteString(val)
		i += n
	}
	return b.String()
}

// dropSeparator removes a trailing ", " or " " from what b holds, so an
// empty name leaves no dangling separator.
func dropSeparator(b *strings.Builder) {
	s := b.String()
	t := strings.TrimSuffix(s, " ")
	t = strings.TrimSuffix(t, ",")
	if len(t) == len(s) {
		return
	}
	b.Reset()
	b.WriteString(t)
}

// titles are honorifics skipped when looking for a first name, folded to
// lower case without a final dot.
var titles = map[string]bool{
	"dr": true, "mr": true, "mrs": true, "ms": true, "mx": true, "miss": true,
	"prof": true, "professor": true, "sir": true, "dame": true, "lord": true, "lady": true,
	"rev": true, "revd": true, "fr": true, "capt": true, "col": true, "gen": true, "lt": true,
	"maj": true, "hon": true, "herr": true, "frau": true, "mme": true, "mlle": true,
	"sr": true, "sra": true, "srta": true, "ing": true, "dipl": true, "mag": true,
}

// FirstName returns the word a message should greet: the first word of
// name that has a letter, after dropping emoji and symbols around words and
// skipping titles such as "Dr." or "Mrs". An all-capitals word is written
// in title case ("JOHN" → "John"). When only a title and one more word are
// left ("Dr. Smith"), both are kept. It returns "" when the name has no
// word with a letter.
func FirstName(name string) string {
	var title string
	var words []string
	for _, raw := range strings.Fields(name) {
		w := strings.TrimFunc(raw, notWordRune)
		if w == "" || !hasLetter(w) {
			continue
		}
		if len(words) == 0 && titles[strings.ToLower(strings.TrimSuffix(w, "."))] {
			if title == "" {
				title = strings.TrimRightFunc(raw, notWordOrDot)
				title = strings.TrimLeftFunc(title, notWordRune)
			}
			continue
		}
		words = append(words, w)
		if len(words) == 2 {
			break
		}
	}
	switch {
	case len(words) == 0:
		return ""
	case len(words) == 1 && title != "":
		return title + " " + titleCase(words[0])
	}
	return titleCase(words[0])
}

// notWordRune reports runes trimmed from the ends of a word: anything but
// letters, marks and digits.
func notWordRune(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r)
}

// notWordOrDot is notWordRune that keeps a title's final dot.
func notWordOrDot(r rune) bool { return r != '.' && notWordRune(r) }

// hasLetter reports whether w has at least one letter.
func hasLetter(w string) bool {
	return strings.IndexFunc(w, unicode.IsLetter) >= 0
}

// titleCase turns an all-capitals word of two letters or more into title
// case, hyphenated parts each ("JOHN" → "John", "JEAN-LUC" → "Jean-Luc"),
// and leaves every other word alone ("McKay" stays).
func titleCase(w string) string {
	if utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return w
	}
	parts := strings.Split(strings.ToLower(w), "-")
	for i, p := range parts {
		if r, n := utf8.DecodeRuneInString(p); n > 0 {
			parts[i] = string(unicode.ToUpper(r)) + p[n:]
		}
	}
	return strings.Join(parts, "-")
}
