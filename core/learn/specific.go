package learn

import (
	"strings"
)

// Specific reports whether a note names something particular, which a
// note that could go to anyone does not: a number ("1985", "6/2",
// "5pm"), words in quotes, a slot of a template that its sender fills in
// by hand ("[topic]", "[economics]", "[title of your talk]"; not a mail
// merge's fields, which any profile fills: "[Name]", "{company}",
// "{{event_name}}", "[role]", see mergeField), or a name: a word with a
// capital (A to Z, À to Þ) inside a sentence, other than the name after
// a greeting, "I" and the sites' names, LinkedIn, Xing, Facebook,
// Instagram, Twitter and X ("the SVASE event", "at Turing", "John
// Smith"). It reads the note folded (package text) and, for the
// capitals, as the card shows it. The cues do not depend on the note's
// language, but for the capitals of German nouns, which read as names.
func Specific(folded, shown string) bool {
	if strings.ContainsAny(folded, "0123456789") {
		return true
	}
	for i := 0; i < len(folded); i++ {
		switch folded[i] {
		case '[', '{':
			if end := strings.IndexAny(folded[i:], "]}"); end > 0 && end <= maxSlot {
				if !mergeField(folded[i+1 : i+end]) {
					return true
				}
				i += end // a mail merge's field: what it holds is no cue
			}
		case '"':
			if end := strings.IndexByte(folded[i+1:], '"'); end >= 2 && end <= maxSlot {
				return true
			}
		}
	}
	start, prev := true, "" // at a sentence's start; the word before
	for i := 0; i < len(shown); {
		j := i
		for j < len(shown) && (shown[j] >= 0x80 || shown[j] == '\'' || asciiLetter(shown[j])) {
			j++
		}
		if j == i {
			switch c := shown[i]; {
			case c == '[' || c == '{': // a slot (see above): no name
				if end := strings.IndexAny(shown[i:], "]}"); end > 0 && end <= maxSlot {
					i, prev = i+end, ""
				}
			case strings.IndexByte(".!?:;\n", c) >= 0:
				start = true
			}
			i++
			continue
		}
		w := shown[i:j]
		if !start && capital(w) && !listed(prev, greetings, strings.EqualFold) && !listed(w, notNames, strings.EqualFold) {
			return true
		}
		start, prev, i = false, w, j
	}
	return false
}

// maxSlot is the longest template slot or quotation Specific reads, in
// bytes.
const maxSlot = 80

// capital reports whether w begins with a capital letter: A to Z, or À
// to Þ.
func capital(w string) bool {
	return 'A' <= w[0] && w[0] <= 'Z' || len(w) > 1 && w[0] == 0xc3 && 0x80 <= w[1] && w[1] <= 0x9e && w[1] != 0x97
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// The lists Specific reads, separated by commas: greetings, after which
// comes the recipient's name; capitalised words that name nothing
// particular ("I'm" and "I’d" are words of their own); and the fields a
// mail merge fills a template's slots with from any profile (names, the
// company, the role, the field), folded.
const (
	greetings   = "hi,hello,hey,dear,hallo,bonjour,hola,yo,thanks,tag,ciao,ola,salut,moin,servus,morning,evening,afternoon"
	notNames    = "i,i'm,i'd,i've,i'll,i’m,i’d,i’ve,i’ll,linkedin,xing,facebook,instagram,twitter,x"
	mergeFields = "name,nom,prenom,nombre,person,target,company,firma,entreprise,empresa,unternehmen,role,title,position,industry,field,bereich,branche"
)

// mergeField reports whether a template's slot (folded, without its
// brackets) is a mail merge's field: a short slot, of at most
// maxMergeWords words (runs of two letters or more: "first" and "name" in
// "first_name") before a template filter's "|", one of which is or ends
// with a word of mergeFields ("firstname", "companyname": fields written
// as one word). A longer slot is a description its sender fills in by
// hand ("[your company's new product]", "[title of your talk]").
func mergeField(slot string) bool {
	slot, _, _ = strings.Cut(slot, "|") // "first_name | default('there')"
	words, merge := 0, false
	for i := 0; i < len(slot); {
		j := i
		for j < len(slot) && (slot[j] >= 0x80 || asciiLetter(slot[j])) {
			j++
		}
		if j-i >= 2 {
			words++
			merge = merge || listed(slot[i:j], mergeFields, strings.HasSuffix)
		}
		i = max(j, i+1)
	}
	return merge && words <= maxMergeWords
}

// maxMergeWords is the most words a mail merge's field has: "Recipient's
// Company Name".
const maxMergeWords = 3

// listed reports whether the list (separated by commas) has an item l
// with match(s, l).
func listed(s, list string, match func(s, l string) bool) bool {
	for list != "" {
		var l string
		l, list, _ = strings.Cut(list, ",")
		if match(s, l) {
			return true
		}
	}
	return false
}
