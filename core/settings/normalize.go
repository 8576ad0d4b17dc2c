package settings

import (
	"maps"
	"strings"
)

// Normalized returns a copy of s with list entries trimmed of surrounding
// white space and every slice and the Rules map non-nil. It shares nothing
// with s, so the copy can be changed freely.
func (s Settings) Normalized() Settings {
	s.OwnCompanies = trimList(s.OwnCompanies)
	s.Schools = trimList(s.Schools)
	s.IndustryKeywords = trimList(s.IndustryKeywords)
	s.Competitors = trimList(s.Competitors)
	s.Trusted = trimList(s.Trusted)
	s.Blocked = trimList(s.Blocked)
	if s.Rules == nil {
		s.Rules = map[string]bool{}
	} else {
		s.Rules = maps.Clone(s.Rules)
	}
	return s
}

// trimList returns a new list of the trimmed entries, never nil.
func trimList(l []string) []string {
	out := make([]string, len(l))
	for i, v := range l {
		out[i] = strings.TrimSpace(v)
	}
	return out
}
