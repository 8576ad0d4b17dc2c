package htmlnode

import (
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
	return elements{g}
}
