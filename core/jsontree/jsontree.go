package jsontree

import (
	"errors"
	"maps"
	"math"
	"sort"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth is the deepest nesting Parse accepts.
const MaxDepth = 64

// Parse reads one JSON value from text (RFC 8259; white space around it
// allowed). Objects become map[string]any (a repeated key: the last wins),
// arrays []any, numbers float64.
func Parse(text string) (any, error) {
	return (&parser{s: text, float: parseFloat}).whole()
}

// Number is a number's JSON text, as ParseNumbers keeps it.
type Number string

// ParseNumbers reads one JSON value as Parse does, but keeps every number
// as its text (Number), so that a reader can take a whole number exactly
// as encoding/json does.
func ParseNumbers(text string) (any, error) {
	return (&parser{s: text}).whole()
}

// whole reads the one value that is the whole text, white space around it
// allowed.
func (p *parser) whole() (any, error) {
	p.space()
	v := p.value(0)
	p.space()
	if p.err == nil && p.i < len(p.s) {
		p.fail("unexpected text after the value")
	}
	if p.err != nil {
		return nil, p.err
	}
	return v, nil
}

// AppendString writes s to b as a JSON string: quotes, backslashes and
// control characters escaped, a byte that is not UTF-8 as U+FFFD.
func AppendString(b []byte, s string) []byte { return appendString(b, s) }

type parser struct {
	s   string
	i   int
	err error
	// float reads a number's text as float64 (Parse); nil keeps it as a
	// Number (ParseNumbers). A function value, so that a program that only
	// calls ParseNumbers (core.wasm) links no float parsing.
	float func(string) (float64, bool)
}

// parseFloat reads a JSON number's text; false if it is out of range.
func parseFloat(s string) (float64, bool) {
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil && !math.IsInf(f, 0)
}

func (p *parser) fail(msg string) {
	if p.err == nil {
		p.err = errors.New("JSON: " + msg + " at offset " + strconv.Itoa(p.i))
	}
}

func (p *parser) space() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) any {
	if depth > MaxDepth {
		p.fail("nested too deep")
		return nil
	}
	if p.i >= len(p.s) {
		p.fail("unexpected end")
		return nil
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.object(depth)
	case c == '[':
		return p.array(depth)
	case c == '"':
		return p.str()
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	case p.word("true"):
		return true
	case p.word("false"):
		return false
	case p.word("null"):
		return nil
	}
	p.fail("unexpected character")
	return nil
}

func (p *parser) word(w string) bool {
	if len(p.s)-p.i >= len(w) && p.s[p.i:p.i+len(w)] == w {
		p.i += len(w)
		return true
	}
	return false
}

func (p *parser) object(depth int) any {
	p.i++ // {
	o := map[string]any{}
	p.space()
	if p.i < len(p.s) && p.s[p.i] == '}' {
		p.i++
		return o
	}
	for p.err == nil {
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '"' {
			p.fail("expected a key")
			return nil
		}
		k := p.str()
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			p.fail("expected ':'")
			return nil
		}
		p.i++
		p.space()
		o[k] = p.value(depth + 1)
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return o
		}
		p.fail("expected ',' or '}'")
	}
	return nil
}

func (p *parser) array(depth int) any {
	p.i++ // [
	a := []any{}
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ']' {
		p.i++
		return a
	}
	for p.err == nil {
		p.space()
		a = append(a, p.value(depth+1))
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		if p.i < len(p.s) && p.s[p.i] == ']' {
			p.i++
			return a
		}
		p.fail("expected ',' or ']'")
	}
	return nil
}

func (p *parser) number() any {
	start := p.i
	if p.s[p.i] == '-' {
		p.i++
	}
	digits := func() int {
		n := 0
		for p.i < len(p.s) && '0' <= p.s[p.i] && p.s[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	intStart := p.i
	if digits() == 0 || p.s[intStart] == '0' && p.i-intStart > 1 {
		p.fail("malformed number")
		return nil
	}
	if p.i < len(p.s) && p.s[p.i] == '.' {
		p.i++
		if digits() == 0 {
			p.fail("malformed number")
			return nil
		}
	}
	if p.i < len(p.s) && (p.s[p.i] == 'e' || p.s[p.i] == 'E') {
		p.i++
		if p.i < len(p.s) && (p.s[p.i] == '+' || p.s[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			p.fail("malformed number")
			return nil
		}
	}
	if p.float == nil {
		return Number(p.s[start:p.i])
	}
	f, ok := p.float(p.s[start:p.i])
	if !ok {
		p.fail("number out of range")
		return nil
	}
	return f
}

func (p *parser) str() string {
	p.i++ // "
	var b []byte
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '"':
			if b == nil {
				s := p.s[start:p.i]
				p.i++
				return s
			}
			p.i++
			return string(b)
		case c < 0x20:
			p.fail("control character in a string")
			return ""
		case c == '\\':
			if b == nil {
				b = append([]byte{}, p.s[start:p.i]...)
			}
			p.i++
			if p.i >= len(p.s) {
				break
			}
			e := p.s[p.i]
			p.i++
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := p.hex4()
				if !ok {
					p.fail("malformed \\u escape")
					return ""
				}
				if utf16.IsSurrogate(r) {
					// A high surrogate takes the low one after it; a
					// lone one is U+FFFD, as in encoding/json.
					r2 := rune(-1)
					if save := p.i; r < 0xdc00 && p.word(`\u`) {
						if r2, ok = p.hex4(); !ok || r2 < 0xdc00 || r2 > 0xdfff {
							p.i, r2 = save, -1
						}
					}
					r = utf16.DecodeRune(r, r2)
				}
				b = utf8.AppendRune(b, r)
			default:
				p.fail("unknown escape")
				return ""
			}
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(p.s[p.i:])
			if r == utf8.RuneError && n == 1 { // not UTF-8: U+FFFD, as in encoding/json
				if b == nil {
					b = append([]byte{}, p.s[start:p.i]...)
				}
				b = utf8.AppendRune(b, utf8.RuneError)
			} else if b != nil {
				b = append(b, p.s[p.i:p.i+n]...)
			}
			p.i += n
		default:
			if b != nil {
				b = append(b, c)
			}
			p.i++
		}
	}
	p.fail("unterminated string")
	return ""
}

func (p *parser) hex4() (rune, bool) {
	if len(p.s)-p.i < 4 {
		return 0, false
	}
	var v rune
	for _, c := range []byte(p.s[p.i : p.i+4]) {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		v = v<<4 | rune(c)
	}
	p.i += 4
	return v, true
}

// Append writes a generic tree as JSON text to b: object keys sorted,
// numbers as JavaScript writes them (whole numbers without a fraction), a
// NaN or infinite number and any other Go type as null. Strings that are
// not valid UTF-8 get U+FFFD for each bad byte.
func Append(b []byte, v any) []byte {
	switch x := v.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, x)
	case float64:
		return appendNumber(b, x)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	case string:
		return appendString(b, x)
	case []any:
		b = append(b, '[')
		for i, e := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = Append(b, e)
		}
		return append(b, ']')
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b = append(b, '{')
		for i, k := range keys {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendString(b, k)
			b = append(b, ':')
			b = Append(b, x[k])
		}
		return append(b, '}')
	}
	return append(b, "null"...)
}

func appendNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.AppendFloat(b, f, 'f', -1, 64)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}

const hexDigits = "0123456789abcdef"

func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '"' || c == '\\':
				b = append(b, '\\', c)
			case c == '\n':
				b = append(b, '\\', 'n')
			case c == '\r':
				b = append(b, '\\', 'r')
			case c == '\t':
				b = append(b, '\\', 't')
			case c < 0x20:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&15])
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b = append(b, "\ufffd"...)
		} else {
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return append(b, '"')
}

// Over returns the object to write a value into that was read from the
// object src: a copy of src when src is not nil, so that the members a
// newer version wrote and the writer does not know stay as they were
// (the writer sets every member it knows), else a new object.
func Over(src map[string]any) map[string]any {
	if src == nil {
		return make(map[string]any, 16)
	}
	return maps.Clone(src)
}
