package page

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// Mutual-connection phrasings of every language (mutualTable), lower-case.
var (
	// mutualNouns follow a count ("12 mutual connections") or "N other"
	// ("Casey Ray and 8 other mutual connections").
	mutualNouns = gather(mutualTable, func(m *MutualWords) []string { return m.Nouns })
	// mutualOthers stand beside the count after names.
	mutualOthers = gather(mutualTable, func(m *MutualWords) []string { return m.Others })
	// mutualAnds join the last name to the rest.
	mutualAnds = gather(mutualTable, func(m *MutualWords) []string { return m.Ands })
	// mutualOne follow a single name: "Drew Stone is a mutual connection".
	mutualOne = gather(mutualTable, func(m *MutualWords) []string { return m.One })
	// mutualMany follow two or more names: "Ana and Bo are mutual connections".
	mutualMany = gather(mutualTable, func(m *MutualWords) []string { return m.Many })
)

// ParseMutuals reads a mutual-connection line: the count, and the names
// it mentions. It understands
//
//	"12 mutual connections"                    → 12
//	"1 mutual connection", "3 mutual friends"  → 1, 3
//	"Drew Stone is a mutual connection"        → 1, [Drew Stone]
//	"Casey Ray and 8 other mutual connections" → 9, [Casey Ray]
//	"Ana Li, Bo Chen and 3 other mutual connections" → 5, [Ana Li, Bo Chen]
//	"Ana Li and Bo Chen are mutual connections" → 2, [Ana Li, Bo Chen]
//	"12 gemeinsame Kontakte", "Casey Ray und 8 weitere gemeinsame Kontakte",
//	"Drew Stone ist ein gemeinsamer Kontakt", "5 gemeinsame Freunde"
//
// The whole text must be the phrase: a sentence that merely mentions
// mutual connections is not read as a count.
func ParseMutuals(s string) (n int, names []string, ok bool) {
	s = strings.TrimRight(Clean(s), ".")
	if s == "" || len(s) > 300 {
		return 0, nil, false
	}
	for _, suf := range mutualOne {
		if rest, ok := cutSuffixFold(s, suf); ok && plausibleName(rest) {
			return 1, []string{rest}, true
		}
	}
	for _, suf := range mutualMany {
		if rest, ok := cutSuffixFold(s, suf); ok {
			if names := splitNames(rest); len(names) >= 2 {
				return len(names), names, true
			}
		}
	}
	for _, noun := range mutualNouns {
		rest, ok := cutSpacedSuffixFold(s, noun)
		if !ok {
			if rest, ok = cutSuffixFold(s, noun); !ok || rest != "" {
				continue
			}
		}
		head, last := lastWord(rest)
		var more int
		switch {
		case isAny(last, mutualOthers): // "… and 8 other mutual connections"
			h, num := lastWord(head)
			if more, ok = parseCount(num); !ok {
				continue
			}
			head = h
		default:
			if n, ok := parseCount(rest); ok {
				return n, nil, true
			}
			h, other := lastWord(head) // "… y otros 2 contactos en común"
			if more, ok = parseCount(last); !ok || !isAny(other, mutualOthers) {
				continue
			}
			head = h
		}
		for _, and := range mutualAnds {
			if list, ok := cutSuffixFold(head+" ", and); ok {
				if names := splitNames(list); len(names) > 0 {
					return len(names) + more, names, true
				}
			}
		}
	}
	return 0, nil, false
}

// lastWord splits off the last space-separated word.
func lastWord(s string) (head, last string) {
	s = strings.TrimSpace(s)
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return "", s
	}
	return s[:i], s[i+1:]
}

func isAny(word string, list []string) bool {
	w := strings.ToLower(word)
	for _, x := range list {
		if w == x {
			return true
		}
	}
	return false
}

// splitNames splits "Ana Li, Bo Chen and Cy Diaz" into names. Every name
// must look like one (see plausibleName); otherwise there are none.
func splitNames(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		for _, and := range mutualAnds {
			if rest, ok := cutPrefixFold(part, strings.TrimLeft(and, " ")); ok && rest != part {
				part = strings.TrimSpace(rest) // Oxford comma: ", and Cy Diaz"
			}
		}
		pieces := []string{part}
		for _, and := range mutualAnds {
			if i := indexFold(part, and); i >= 0 {
				pieces = []string{part[:i], part[i+len(and):]}
				break
			}
		}
		for _, p := range pieces {
			p = strings.TrimSpace(p)
			if !plausibleName(p) {
				return nil
			}
			out = append(out, p)
		}
	}
	return out
}

// plausibleName rejects what cannot be a person's name in a mutuals line:
// empty, too long, or a sentence.
func plausibleName(s string) bool {
	return s != "" && len(s) <= 80 && strings.Count(s, " ") < 6 && !strings.ContainsAny(s, ".!?:;")
}

// indexFold finds an ASCII phrase in s without regard to case.
func indexFold(s, phrase string) int {
	for i := 0; i+len(phrase) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(phrase)], phrase) {
			return i
		}
	}
	return -1
}

// parseCount reads a count written with digits, group separators and an
// optional "+" ("1,234", "1.234", "500+").
func parseCount(s string) (int, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "+")
	if s == "" {
		return 0, false
	}
	var digits []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case '0' <= c && c <= '9':
			digits = append(digits, c)
		case (c == ',' || c == '.' || c == '\'') && i > 0 && i < len(s)-1:
		default:
			return 0, false
		}
	}
	return text.Digits(string(digits), 1_000_000)
}
