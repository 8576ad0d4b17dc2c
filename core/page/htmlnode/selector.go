package htmlnode

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/andybalholm/cascadia"
	"golang.org/x/net/html"
)

// cache maps a selector string to its compiled matcher, or to nil when the
// string is not a valid selector.
var cache sync.Map // string → cascadia.Matcher (nil interface for invalid)

// cached counts the entries of cache; past maxCached, new selectors are
// compiled on every use instead of growing the cache without bound.
var cached atomic.Int64

const maxCached = 4096

// elements wraps a matcher so that it only ever matches elements.
type elements struct{ m cascadia.Matcher }

func (e elements) Match(n *html.Node) bool {
	return n.Type == html.ElementNode && e.m.Match(n)
}

// compile returns the cached matcher for a selector, compiling it on first
// use; nil for an invalid selector.
func compile(selector string) cascadia.Matcher {
	if v, ok := cache.Load(selector); ok {
		m, _ := v.(cascadia.Matcher)
		return m
	}
	m := parse(selector)
	if cached.Add(1) <= maxCached {
		cache.Store(selector, m)
	}
	return m
}

// parse compiles a selector group; a parse error (or a panic inside the
// parser) gives nil.
func parse(selector string) (m cascadia.Matcher) {
	defer func() {
		if recover() != nil {
			m = nil
		}
	}()
	g, err := cascadia.ParseGroup(selector)
	if err != nil || len(g) == 0 {
		return nil
	}
	if tags, attrs, ok := subjectKeys(selector); ok {
		return tagged{tags, attrs, g}
	}
	return elements{g}
}

// tagged is a selector group every selector of which names the element's
// tag (its subject's type selector, "p", "a[href]", "div > span") or an
// attribute it must have (`[aria-label^="Accept "]`): an element of another
// tag and without those attributes is turned away by comparing names,
// before any selector is tried. Most elements of a page are, for most
// selectors.
type tagged struct {
	tags  []string // lower case, as cascadia compares them with html.Node.Data
	attrs []string // lower case, as cascadia compares them with html.Attribute.Key
	m     cascadia.Matcher
}

func (t tagged) Match(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	for _, tag := range t.tags {
		if n.Data == tag {
			return t.m.Match(n)
		}
	}
	for _, key := range t.attrs {
		for _, a := range n.Attr {
			if a.Key == key {
				return t.m.Match(n)
			}
		}
	}
	return false
}

// subjectKeys returns, for a selector group, the tags its subjects name
// and the attributes they require (duplicates dropped), and ok when every
// selector of the group starts its last compound with a type selector or
// an attribute selector that only an element with the attribute matches
// (not !=). It reads the selector text conservatively: escapes, namespaces
// and anything but ASCII give !ok, and the group is then matched without
// the shortcut.
func subjectKeys(group string) (tags, attrs []string, ok bool) {
	var quote byte
	depth := 0 // inside [] and ()
	start := 0 // where the current compound starts
	add := func(list []string, k string) []string {
		for _, x := range list {
			if x == k {
				return list
			}
		}
		return append(list, k)
	}
	end := func(i int) bool { // the selector group[start:i] ends
		if tag, ok := leadingTag(group[start:i]); ok {
			tags = add(tags, tag)
			return true
		}
		if attr, ok := leadingAttr(group[start:i]); ok {
			attrs = add(attrs, attr)
			return true
		}
		return false
	}
	for i := 0; i < len(group); i++ {
		c := group[i]
		switch {
		case c == '\\' || c == '|' && depth == 0 || c >= 0x80:
			return nil, nil, false
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '[' || c == '(':
			depth++
		case c == ']' || c == ')':
			depth--
		case depth > 0:
		case c == ',':
			if !end(i) {
				return nil, nil, false
			}
			start = i + 1
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '>' || c == '+' || c == '~':
			start = i + 1 // a combinator: the subject is further on
		}
	}
	if quote != 0 || depth != 0 || !end(len(group)) {
		return nil, nil, false
	}
	return tags, attrs, len(tags)+len(attrs) > 0
}

// leadingAttr reads the attribute an attribute selector a compound starts
// with requires, lower-cased: "aria-label" of `[aria-label^="Accept "]`,
// "hidden" of `[hidden]`; !ok for `[a!="x"]` (which an element without
// the attribute matches), an operator it does not know, or anything else.
func leadingAttr(compound string) (string, bool) {
	if compound == "" || compound[0] != '[' {
		return "", false
	}
	i := 1
	for i < len(compound) {
		c := compound[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 1 && ('0' <= c && c <= '9' || c == '-' || c == '_') {
			i++
			continue
		}
		break
	}
	if i == 1 || i >= len(compound) {
		return "", false
	}
	name := compound[1:i]
	switch rest := compound[i:]; {
	case rest[0] == ']' || rest[0] == '=':
	case len(rest) > 1 && rest[1] == '=' && strings.IndexByte("~|^$*", rest[0]) >= 0:
	default:
		return "", false
	}
	return strings.ToLower(name), true
}

// leadingTag reads the type selector a compound starts with, lower-cased:
// "a" of `a[href*="/in/"]`, "button" of `button:not(.x)`; !ok for "*",
// "[role=button]", ".x" or anything else.
func leadingTag(compound string) (string, bool) {
	i := 0
	for i < len(compound) {
		c := compound[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && ('0' <= c && c <= '9' || c == '-' || c == '_') {
			i++
			continue
		}
		break
	}
	if i == 0 {
		return "", false
	}
	if i < len(compound) {
		switch compound[i] {
		case '[', ':', '.', '#':
		default:
			return "", false
		}
	}
	return strings.ToLower(compound[:i]), true
}
