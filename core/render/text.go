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

// MarshalJSON writes a message without its English fallback, which the
// shell's _locales hold (the locales test checks every message the core
// names is there), and a literal with its text: a long page's answer
// carries thousands of texts.
func (t Text) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 32+len(t.Fallback))
	b = append(b, '{')
	if t.Key != "" {
		b = append(b, `"k":`...)
		b = appendJSONString(b, t.Key)
	} else {
		b = append(b, `"f":`...)
		b = appendJSONString(b, t.Fallback)
	}
	if len(t.Args) > 0 {
		b = append(b, `,"a":[`...)
		for i, a := range t.Args {
			if i > 0 {
				b = append(b, ',')
			}
			ab, _ := a.MarshalJSON()
			b = append(b, ab...)
		}
		b = append(b, ']')
	}
	if t.Lower {
		b = append(b, `,"l":true`...)
	}
	return append(b, '}'), nil
}

// appendJSONString appends s as a JSON string: quotes, backslashes and
// control characters escaped; everything else, page text included, as it is.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
