package render

import "github.com/vetted/vetted/core/i18n"

// Text is a piece of text the shell shows: a message with arguments, or a
// literal.
type Text struct {
	Key      string `json:"k,omitempty"` // message name in _locales; "" for a literal
	Fallback string `json:"f,omitempty"` // the English message ($1…$9 for Args), or the literal
	Args     []Text `json:"a,omitempty"`
	Lower    bool   `json:"l,omitempty"` // lower-case the first letter of the result
}

// Msg is a message with its English fallback and arguments.
func Msg(key, fallback string, args ...Text) Text {
	return Text{Key: key, Fallback: fallback, Args: args}
}

// Lit is literal text, shown as it is.
func Lit(s string) Text { return Text{Fallback: s} }

// IsZero reports whether t is empty.
func (t Text) IsZero() bool { return t.Key == "" && t.Fallback == "" && len(t.Args) == 0 }

// String is the text in English (the fallbacks).
func (t Text) String() string {
	var s string
	switch {
	case t.Key == "" && len(t.Args) == 0:
		s = t.Fallback
	default:
		args := make([]string, len(t.Args))
		for i, a := range t.Args {
			args[i] = a.String()
		}
		s = i18n.Substitute(t.Fallback, args...)
	}
	if t.Lower {
		s = lowerFirstString(s)
	}
	return s
}
