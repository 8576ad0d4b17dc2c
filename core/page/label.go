package page

import "strings"

// Affix is a control-label pattern that names someone: the name is what
// lies between Prefix and Suffix, as in "Accept " + name + "’s
// invitation". Matching ignores case, and an apostrophe in the pattern
// matches any apostrophe a site uses (’ ' ʼ ‘).
type Affix struct {
	Prefix, Suffix string
}

// LabelName returns the name a label carries according to the first
// matching pattern, cleaned; "" when no pattern matches or the name would
// be empty.
//
//	LabelName("Accept Jane Doe’s invitation", LinkedIn.Labels) == "Jane Doe"
func LabelName(label string, affixes []Affix) string {
	label = Clean(label)
	for _, a := range affixes {
		rest, ok := cutPrefixFold(label, a.Prefix)
		if !ok {
			continue
		}
		for _, suf := range apostropheVariants(a.Suffix) {
			if name, ok := cutSuffixFold(rest, suf); ok {
				if name = strings.TrimSpace(name); name != "" {
					return name
				}
			}
		}
	}
	return ""
}

// apostropheVariants returns s with its apostrophe written in each of the
// ways sites write it (s alone when it has none).
func apostropheVariants(s string) []string {
	for _, a := range apostrophes {
		if strings.Contains(s, a) {
			out := make([]string, 0, len(apostrophes))
			for _, b := range apostrophes {
				out = append(out, strings.ReplaceAll(s, a, b))
			}
			return out
		}
	}
	return []string{s}
}

// labelParser returns a Finder.Parse that reads the name out of a label.
//
// It is not inlined: each inlined call would carry its own copy of the
// function it returns (core.wasm's size).
//
//go:noinline
func labelParser(affixes []Affix) func(string) (string, bool) {
	return func(label string) (string, bool) {
		n := LabelName(label, affixes)
		return n, n != ""
	}
}
