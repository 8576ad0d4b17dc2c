package ledger

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vetted/vetted/core/i18n"
	"github.com/vetted/vetted/core/jsontree"
)

// MaxReasonParts is the most parts an entry's reason can have
// (Entry.ReasonParts); a verdict gives at most two.
const MaxReasonParts = 8

// Messages looks a message of the extension's _locales up by name in the
// reader's language: its text with $1…$9 where its arguments go and $$
// for a dollar sign (as i18n.Substitute fills it in), or "" when there is
// no such message.
type Messages func(key string) string

// ReasonIn is e's reason as the decision log page shows it: its parts
// worded by msgs and joined by "; ", the arguments put in as they
// are; or the English Reason when the entry has no parts (logged before
// they were kept) or msgs has no text for one of them (a message this
// version lacks). A function, not a method of Entry: core.wasm, which has
// no use for it, would carry a method's name and signature.
func ReasonIn(e *Entry, msgs Messages) string {
	if len(e.ReasonParts) == 0 {
		return e.Reason
	}
	words := make([]string, len(e.ReasonParts))
	for i, p := range e.ReasonParts {
		t := msgs(p.Key)
		if t == "" {
			return e.Reason
		}
		words[i] = i18n.Substitute(t, p.Args...)
	}
	return strings.Join(words, "; ")
}

// Labels are an entry's action, outcome, type and level as the decision
// log page shows them: each the message named by its prefix and the
// stored word in camel case ("accept-thanks" → badgeActionAcceptThanks,
// "known_contact" → badgeTypeKnownContact, ledgerOutcome…, badgeLevel…)
// in msgs' language, or the stored word when there is no such message;
// "" for a type or level the entry does not have.
type Labels struct{ Action, Outcome, Type, Level string }

// LabelsIn returns e's Labels in msgs' language.
func LabelsIn(e *Entry, msgs Messages) Labels {
	return Labels{
		Action:  label(msgs, "badgeAction", e.Action),
		Outcome: label(msgs, "ledgerOutcome", outcome(e)),
		Type:    label(msgs, "badgeType", e.Type),
		Level:   label(msgs, "badgeLevel", e.Level),
	}
}

// label is word's message named prefix and word in camel case, or word.
func label(msgs Messages, prefix, word string) string {
	if word == "" {
		return ""
	}
	if key := prefix + camel(word); i18n.ValidKey(key) {
		if t := msgs(key); t != "" {
			return i18n.Substitute(t)
		}
	}
	return word
}

// camel upper-cases a lower-case ASCII letter at the start of s or after
// "_" or "-", dropping that separator: "accept-thanks" → "AcceptThanks".
func camel(s string) string {
	b := make([]byte, 0, len(s))
	up := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if up && c >= 'a' && c <= 'z' {
			if len(b) > 0 && (b[len(b)-1] == '_' || b[len(b)-1] == '-') {
				b = b[:len(b)-1]
			}
			c -= 'a' - 'A'
		}
		up = c == '_' || c == '-'
		b = append(b, c)
	}
	return string(b)
}

// reasonPartsTree encodes an entry's reason parts as the JSON tree
// stores them: a list with one list of strings per part, its message
// name and then its arguments ([["reasonIndustry", "SQL"]]).
func reasonPartsTree(ps []i18n.Message) []any {
	out := make([]any, len(ps))
	for i, p := range ps {
		part := make([]any, 1+len(p.Args))
		part[0] = p.Key
		for j, a := range p.Args {
			part[1+j] = a
		}
		out[i] = part
	}
	return out
}

// reasonPartsFromTree decodes and checks an entry's reason parts: a list
// of at most MaxReasonParts parts, each a list of strings (valid UTF-8):
// a name that can name a message (i18n.ValidKey) and starts with "reason"
// (no other text of the extension), then at most i18n.MaxArgs arguments.
// A name this version does not know is kept: the page then shows the
// English reason. An empty list is no parts.
func reasonPartsFromTree(v any) ([]i18n.Message, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, errors.New("reason_parts: not a list")
	}
	if len(list) > MaxReasonParts {
		return nil, errors.New("reason_parts: more than " + strconv.Itoa(MaxReasonParts) + " parts")
	}
	var out []i18n.Message
	for i, item := range list {
		p, problem := reasonPart(item)
		if problem != "" {
			return nil, errors.New("reason_parts[" + strconv.Itoa(i) + "]: " + problem)
		}
		out = append(out, p)
	}
	return out, nil
}

// readableParts reports whether v is stored reason_parts this version
// reads.
func readableParts(v any) bool {
	_, err := reasonPartsFromTree(v)
	return v != nil && err == nil
}

// reasonPart decodes one part, or says what is wrong with it.
func reasonPart(v any) (i18n.Message, string) {
	var p i18n.Message
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return p, "not a list of a message name and its arguments"
	}
	if len(list) > 1+i18n.MaxArgs {
		return p, "more than " + strconv.Itoa(i18n.MaxArgs) + " arguments"
	}
	for i, x := range list {
		s, ok := x.(string)
		if !ok {
			return p, "not a list of strings"
		}
		if i == 0 {
			if !i18n.ValidKey(s) {
				return p, "not a message name: " + quote(clip(s))
			}
			if !strings.HasPrefix(s, "reason") {
				return p, "not a reason message: " + quote(clip(s))
			}
			p.Key = s
			continue
		}
		if !utf8.ValidString(s) {
			return p, "an argument is not valid UTF-8"
		}
		p.Args = append(p.Args, s)
	}
	return p, ""
}

// reasonPartsCell is the CSV cell of an entry's reason parts: their JSON
// tree as JSON text, or empty.
func reasonPartsCell(ps []i18n.Message) string {
	if len(ps) == 0 {
		return ""
	}
	return string(jsontree.Append(nil, reasonPartsTree(ps)))
}

// reasonPartsFromCell reads reasonPartsCell's text back ("" is no parts).
func reasonPartsFromCell(s string) ([]i18n.Message, error) {
	if s == "" {
		return nil, nil
	}
	v, err := jsontree.Parse(s)
	if err != nil {
		return nil, errors.New("reason_parts: not JSON: " + err.Error())
	}
	return reasonPartsFromTree(v)
}

// clip shortens a value quoted in an error message to 40 bytes.
func clip(s string) string {
	if len(s) <= 40 {
		return s
	}
	n := 40
	for n > 0 && s[n]&0xc0 == 0x80 { // not inside a UTF-8 sequence
		n--
	}
	return s[:n] + "…"
}
