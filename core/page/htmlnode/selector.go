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
	if tags, ok := subjectTags(selector); ok {
		return tagged{tags, g}
	}
	return elements{g}
}

// tagged is a selector group every selector of which names the element's
// tag (its subject's type selector, "p", "a[href]", "div > span"): an
// element of another tag is turned away by comparing its name, before any
// selector is tried. Most elements of a page are, for most selectors.
type tagged struct {
	tags []string // lower case, as cascadia compares them with html.Node.Data
	m    cascadia.Matcher
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
	return false
}

// subjectTags returns the tags the subjects of a selector group name, one
// a selector (duplicates dropped), and ok when every selector of the group
// starts its last compound with a type selector. It reads the selector
// text conservatively: escapes, namespaces and anything but ASCII give
// !ok, and the group is then matched without the shortcut.
func subjectTags(group string) (tags []string, ok bool) {
	var quote byte
	depth := 0                // inside [] and ()
	start := 0                // where the current compound starts
	end := func(i int) bool { // the selector group[start:i] ends
		tag, ok := leadingTag(group[start:i])
		if !ok {
			return false
		}
		for _, t := range tags {
			if t == tag {
				return true
			}
		}
		tags = append(tags, tag)
		return true
	}
	for i := 0; i < len(group); i++ {
		c := group[i]
		switch {
		case c == '\\' || c == '|' || c >= 0x80:
			return nil, false
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
				return nil, false
			}
			start = i + 1
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '>' || c == '+' || c == '~':
			start = i + 1 // a combinator: the subject is further on
		}
	}
	if quote != 0 || depth != 0 || !end(len(group)) {
		return nil, false
	}
	return tags, len(tags) > 0
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
