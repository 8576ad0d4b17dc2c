package domtree

import (
	"errors"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The CSS selectors the site adapters use, and no more: type selectors
// and *, #id, .class, attribute selectors ([a], [a=v], ~=, |=, ^=, $=,
// *=, with an optional i or s flag), :not() of a selector list, the
// descendant, child (>), next-sibling (+) and subsequent-sibling (~)
// combinators, and groups (a, b). Anything else is an error from Compile
// and matches nothing in a query. Matching follows the browser's
// querySelectorAll: a selector is matched against the whole document, so
// combinators may reach above the element queried.

// selector is a compiled selector group: an element matches when it
// matches one of the complex selectors.
type selector []complexSel

// complexSel is compound selectors joined by combinators, kept right to
// left: parts[0] is the subject; comb[i] joins parts[i] to parts[i+1] (the
// element matching parts[i+1] is to the left of, or above, the one
// matching parts[i]).
type complexSel struct {
	parts []compound
	comb  []byte // ' ', '>', '+', '~'
}

// compound is the simple selectors that one element must all match.
type compound struct {
	tag     string // "" for any element
	ids     []string
	classes []string
	attrs   []attrSel
	not     []selector
}

// attrSel is one attribute selector.
type attrSel struct {
	_        [0]func() // not comparable: no generated equality function (core.wasm's size)
	key, val string
	op       byte // 0 (present), '=', '~', '|', '^', '$', '*'
	fold     bool // the i flag: compare values without regard to ASCII case
}

// cache maps a selector string to its compiled form, nil when the string
// is not a selector this package matches.
var cache sync.Map // string → selector

// cached counts cache's entries; past maxCached new selectors are compiled
// on every use instead of growing the cache without bound.
var (
	cachedMu sync.Mutex
	cached   int
)

const maxCached = 4096

// compile returns the cached compiled selector, compiling it on first
// use; nil for an invalid or unsupported selector.
func compile(s string) selector {
	if v, ok := cache.Load(s); ok {
		return v.(selector)
	}
	sel, err := parse(s)
	if err != nil {
		sel = nil
	}
	cachedMu.Lock()
	if cached < maxCached {
		cached++
		cache.Store(s, sel)
	}
	cachedMu.Unlock()
	return sel
}

// Compile reports whether the package matches a selector: nil, or why
// not. Queries with a selector Compile refuses match nothing.
func Compile(s string) error {
	_, err := parse(s)
	return err
}

// errSelector is the error of every selector this package does not match.
var errSelector = errors.New("domtree: unsupported or invalid selector")

// selErr is not inlined: its copies at 25 calls cost core.wasm 2.3 KB.
//
//go:noinline
func selErr(s string, at int, why string) error {
	return &SelectorError{Selector: s, At: at, Why: why}
}

// SelectorError is a selector that Compile refuses, and why.
type SelectorError struct {
	_        [0]func() // not comparable: no generated equality function (core.wasm's size)
	Selector string
	At       int // byte offset
	Why      string
}

func (e *SelectorError) Error() string {
	return "domtree: selector " + quote(e.Selector) + ": " + e.Why + " at " + strconv.Itoa(e.At)
}

// Unwrap makes every SelectorError an errSelector.
func (e *SelectorError) Unwrap() error { return errSelector }

func quote(s string) string { return "\"" + s + "\"" }

// parse compiles a selector group.
func parse(s string) (selector, error) {
	p := parser{s: s}
	sel, err := p.group(0)
	if err != nil {
		return nil, err
	}
	if p.i < len(s) {
		return nil, selErr(s, p.i, "unexpected "+quote(s[p.i:p.i+1]))
	}
	return sel, nil
}

// parser reads a selector string.
type parser struct {
	s     string
	i     int
	depth int
}

// err is not inlined: its copies at 23 calls cost core.wasm 3.6 KB.
//
//go:noinline
func (p *parser) err(why string) error { return selErr(p.s, p.i, why) }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// space skips white space and reports whether there was any.
//
// Not inlined: its copies at 9 calls cost core.wasm 1.6 KB.
//
//go:noinline
func (p *parser) space() bool {
	start := p.i
	for p.i < len(p.s) && isSpace(p.s[p.i]) {
		p.i++
	}
	return p.i > start
}

// group reads complex selectors separated by commas, up to the end or
// (inside :not) the closing parenthesis, which it leaves.
func (p *parser) group(depth int) (selector, error) {
	if depth > 8 {
		return nil, p.err("nested too deep")
	}
	p.depth = depth
	var out selector
	for {
		p.space()
		c, err := p.complex()
		if err != nil {
			return nil, err
		}
		out = append(out, c)
		p.space()
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.i++
			continue
		}
		return out, nil
	}
}

// complex reads compound selectors and their combinators.
func (p *parser) complex() (complexSel, error) {
	var parts []compound
	var comb []byte
	for {
		c, err := p.compound()
		if err != nil {
			return complexSel{}, err
		}
		parts = append(parts, c)
		sp := p.space()
		if p.i >= len(p.s) || p.s[p.i] == ',' || p.s[p.i] == ')' {
			break
		}
		switch p.s[p.i] {
		case '>', '+', '~':
			comb = append(comb, p.s[p.i])
			p.i++
			p.space()
		default:
			if !sp {
				return complexSel{}, p.err("unexpected " + quote(p.s[p.i:p.i+1]))
			}
			comb = append(comb, ' ')
		}
	}
	// Right to left.
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	for i, j := 0, len(comb)-1; i < j; i, j = i+1, j-1 {
		comb[i], comb[j] = comb[j], comb[i]
	}
	return complexSel{parts: parts, comb: comb}, nil
}

// compound reads a type selector or *, then ids, classes, attribute
// selectors and :not()s.
func (p *parser) compound() (compound, error) {
	var c compound
	start := p.i
	if p.i < len(p.s) && p.s[p.i] == '*' {
		p.i++
		if p.i < len(p.s) && p.s[p.i] == '|' {
			return c, p.err("namespaces are not supported")
		}
	} else if p.startsIdent() {
		name, err := p.ident()
		if err != nil {
			return c, err
		}
		if p.i < len(p.s) && p.s[p.i] == '|' {
			return c, p.err("namespaces are not supported")
		}
		c.tag = asciiLower(name)
	}
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case '#':
			p.i++
			name, err := p.name()
			if err != nil {
				return c, err
			}
			c.ids = append(c.ids, name)
		case '.':
			p.i++
			if !p.startsIdent() {
				return c, p.err("a class name must follow '.'")
			}
			name, err := p.ident()
			if err != nil {
				return c, err
			}
			c.classes = append(c.classes, name)
		case '[':
			a, err := p.attr()
			if err != nil {
				return c, err
			}
			c.attrs = append(c.attrs, a)
		case ':':
			p.i++
			if p.i < len(p.s) && p.s[p.i] == ':' {
				return c, p.err("pseudo-elements are not supported")
			}
			if !p.startsIdent() {
				return c, p.err("a pseudo-class name must follow ':'")
			}
			name, err := p.ident()
			if err != nil {
				return c, err
			}
			if asciiLower(name) != "not" || p.i >= len(p.s) || p.s[p.i] != '(' {
				return c, p.err("pseudo-class :" + name + " is not supported")
			}
			p.i++
			depth := p.depth
			inner, err := p.group(depth + 1)
			p.depth = depth
			if err != nil {
				return c, err
			}
			if p.i >= len(p.s) || p.s[p.i] != ')' {
				return c, p.err("missing ')'")
			}
			p.i++
			c.not = append(c.not, inner)
		default:
			if p.i == start {
				return c, p.err("expected a selector")
			}
			return c, nil
		}
	}
	if p.i == start {
		return c, p.err("expected a selector")
	}
	return c, nil
}

// attr reads an attribute selector, from its '['.
func (p *parser) attr() (attrSel, error) {
	var a attrSel
	p.i++ // [
	p.space()
	if !p.startsIdent() {
		return a, p.err("an attribute name must follow '['")
	}
	name, err := p.ident()
	if err != nil {
		return a, err
	}
	if p.i < len(p.s) && p.s[p.i] == '|' && (p.i+1 >= len(p.s) || p.s[p.i+1] != '=') {
		return a, p.err("namespaces are not supported")
	}
	a.key = asciiLower(name)
	p.space()
	if p.i >= len(p.s) {
		return a, p.err("missing ']'")
	}
	if p.s[p.i] == ']' {
		p.i++
		return a, nil
	}
	switch op := p.s[p.i]; op {
	case '=':
		a.op = '='
		p.i++
	case '~', '|', '^', '$', '*':
		if p.i+1 >= len(p.s) || p.s[p.i+1] != '=' {
			return a, p.err("unknown attribute operator")
		}
		a.op = op
		p.i += 2
	default:
		return a, p.err("unknown attribute operator")
	}
	p.space()
	if p.i >= len(p.s) {
		return a, p.err("missing attribute value")
	}
	if q := p.s[p.i]; q == '"' || q == '\'' {
		v, err := p.str()
		if err != nil {
			return a, err
		}
		a.val = v
	} else if p.startsIdent() {
		v, err := p.ident()
		if err != nil {
			return a, err
		}
		a.val = v
	} else {
		return a, p.err("an attribute value must be a string or a name")
	}
	p.space()
	if p.i < len(p.s) && (p.s[p.i] == 'i' || p.s[p.i] == 'I' || p.s[p.i] == 's' || p.s[p.i] == 'S') {
		a.fold = p.s[p.i] == 'i' || p.s[p.i] == 'I'
		p.i++
		p.space()
	}
	if p.i >= len(p.s) || p.s[p.i] != ']' {
		return a, p.err("missing ']'")
	}
	p.i++
	return a, nil
}

// startsIdent reports whether an identifier starts at the position.
func (p *parser) startsIdent() bool {
	s := p.s[p.i:]
	if s == "" {
		return false
	}
	if s[0] == '-' {
		s = s[1:]
		if s == "" {
			return false
		}
		if s[0] == '-' {
			return true
		}
	}
	c := s[0]
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || c == '\\' && len(s) > 1 && s[1] != '\n'
}

func nameByte(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// ident reads an identifier (the caller checked startsIdent).
func (p *parser) ident() (string, error) { return p.name() }

// name reads the characters of a name (an identifier, or an id that may
// start with a digit), with escapes.
func (p *parser) name() (string, error) {
	start := p.i
	var b []byte // nil until an escape is met
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case nameByte(c):
			if b != nil {
				b = append(b, c)
			}
			p.i++
		case c == '\\':
			if b == nil {
				b = append([]byte{}, p.s[start:p.i]...)
			}
			r, err := p.escape()
			if err != nil {
				return "", err
			}
			b = utf8.AppendRune(b, r)
		default:
			goto done
		}
	}
done:
	if p.i == start {
		return "", p.err("expected a name")
	}
	if b != nil {
		return string(b), nil
	}
	return p.s[start:p.i], nil
}

// escape reads a backslash escape: up to six hex digits and one white
// space, or any other character.
func (p *parser) escape() (rune, error) {
	p.i++ // backslash
	if p.i >= len(p.s) || p.s[p.i] == '\n' || p.s[p.i] == '\r' || p.s[p.i] == '\f' {
		return 0, p.err("bad escape")
	}
	var r rune
	n := 0
	for n < 6 && p.i < len(p.s) {
		d := hexVal(p.s[p.i])
		if d < 0 {
			break
		}
		r = r*16 + rune(d)
		p.i++
		n++
	}
	if n > 0 {
		if p.i < len(p.s) && isSpace(p.s[p.i]) {
			if p.s[p.i] == '\r' && p.i+1 < len(p.s) && p.s[p.i+1] == '\n' {
				p.i++
			}
			p.i++
		}
		if r == 0 || r > utf8.MaxRune || r >= 0xD800 && r <= 0xDFFF {
			r = utf8.RuneError
		}
		return r, nil
	}
	r, size := utf8.DecodeRuneInString(p.s[p.i:])
	p.i += size
	return r, nil
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// str reads a quoted string.
func (p *parser) str() (string, error) {
	q := p.s[p.i]
	p.i++
	var b []byte
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch c {
		case q:
			p.i++
			return string(b), nil
		case '\n', '\r', '\f':
			return "", p.err("newline in a string")
		case '\\':
			if p.i+1 < len(p.s) && (p.s[p.i+1] == '\n' || p.s[p.i+1] == '\f') {
				p.i += 2
				continue
			}
			if p.i+1 >= len(p.s) {
				p.i++
				continue
			}
			r, err := p.escape()
			if err != nil {
				return "", err
			}
			b = utf8.AppendRune(b, r)
		default:
			b = append(b, c)
			p.i++
		}
	}
	return "", p.err("unterminated string")
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// match reports whether an element matches the group.
func (s selector) match(e *Element) bool {
	for i := range s {
		if s[i].match(e, 0) {
			return true
		}
	}
	return false
}

// match reports whether e matches parts[k:] of the complex selector, e
// standing for parts[k].
func (c *complexSel) match(e *Element, k int) bool {
	if !c.parts[k].match(e) {
		return false
	}
	if k == len(c.parts)-1 {
		return true
	}
	switch c.comb[k] {
	case '>':
		p := e.parent
		return p != nil && p.idx > 0 && c.match(p, k+1)
	case ' ':
		for p := e.parent; p != nil && p.idx > 0; p = p.parent {
			if c.match(p, k+1) {
				return true
			}
		}
	case '+':
		return e.prev != nil && c.match(e.prev, k+1)
	case '~':
		for p := e.prev; p != nil; p = p.prev {
			if c.match(p, k+1) {
				return true
			}
		}
	}
	return false
}

// match reports whether an element matches every simple selector.
func (c *compound) match(e *Element) bool {
	if c.tag != "" && c.tag != e.tag {
		return false
	}
	for _, id := range c.ids {
		if v, ok := e.attr("id"); !ok || v != id {
			return false
		}
	}
	if len(c.classes) > 0 {
		v, ok := e.attr("class")
		if !ok {
			return false
		}
		for _, cl := range c.classes {
			if !includes(v, cl, false) {
				return false
			}
		}
	}
	for i := range c.attrs {
		if !c.attrs[i].match(e) {
			return false
		}
	}
	for _, n := range c.not {
		if n.match(e) {
			return false
		}
	}
	return true
}

// attr is the value of an attribute by its lower-case name.
func (e *Element) attr(key string) (string, bool) {
	for i := range e.attrs {
		if e.attrs[i].Key == key {
			return e.attrs[i].Val, true
		}
	}
	return "", false
}

func (a *attrSel) match(e *Element) bool {
	for i := range e.attrs {
		if e.attrs[i].Key == a.key && a.value(e.attrs[i].Val) {
			return true
		}
	}
	return false
}

// value reports whether an attribute's value passes, as the browser
// tells: ^=, $= and *= with an empty value match nothing, nor does ~=
// with an empty value or one with white space.
func (a *attrSel) value(v string) bool {
	switch a.op {
	case 0:
		return true
	case '=':
		return equal(v, a.val, a.fold)
	case '~':
		return a.val != "" && !strings.ContainsAny(a.val, " \t\n\r\f") && includes(v, a.val, a.fold)
	case '|':
		return equal(v, a.val, a.fold) || len(v) > len(a.val) && v[len(a.val)] == '-' && equal(v[:len(a.val)], a.val, a.fold)
	case '^':
		return a.val != "" && len(v) >= len(a.val) && equal(v[:len(a.val)], a.val, a.fold)
	case '$':
		return a.val != "" && len(v) >= len(a.val) && equal(v[len(v)-len(a.val):], a.val, a.fold)
	case '*':
		if a.val == "" {
			return false
		}
		if !a.fold {
			return strings.Contains(v, a.val)
		}
		for i := 0; i+len(a.val) <= len(v); i++ {
			if equal(v[i:i+len(a.val)], a.val, true) {
				return true
			}
		}
	}
	return false
}

// equal compares two strings, without regard to ASCII case when fold.
func equal(a, b string, fold bool) bool {
	if !fold {
		return a == b
	}
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x >= 'A' && x <= 'Z' {
			x += 'a' - 'A'
		}
		if y >= 'A' && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// includes reports whether a white-space separated list holds word.
func includes(list, word string, fold bool) bool {
	for list != "" {
		i := strings.IndexAny(list, " \t\n\r\f")
		if i < 0 {
			return equal(list, word, fold)
		}
		if equal(list[:i], word, fold) {
			return true
		}
		list = list[i+1:]
	}
	return false
}
