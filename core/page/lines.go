package page

import "strings"

// Relation lines: the sentence naming the sender and what they invite the
// user to ("Jane Doe is inviting you to connect"), of every language
// (relationTable), lower-case.
var (
	// relationSuffixes follow the sender's name.
	relationSuffixes = gather(relationTable, func(r *RelationWords) []string { return r.Suffixes })
	// relationPhrases mark a relation line anywhere in it (invitations to
	// a page, newsletter, event or group name the inviter first).
	relationPhrases = gather(relationTable, func(r *RelationWords) []string { return r.Phrases })
	// followsPhrases say the sender already follows the user.
	followsPhrases = gather(relationTable, func(r *RelationWords) []string { return r.Follows })
)

// Kind phrases of relation lines, lower-case.
var (
	newsletterPhrases = gather(relationTable, func(r *RelationWords) []string { return r.Newsletter })
	eventPhrases      = gather(relationTable, func(r *RelationWords) []string { return r.Event })
	groupPhrases      = gather(relationTable, func(r *RelationWords) []string { return r.Group })
	pagePhrases       = gather(relationTable, func(r *RelationWords) []string { return r.Page })
)

// relationName returns the sender named at the start of a relation line:
// "Jane Doe is inviting you to connect" → "Jane Doe".
func relationName(line string) (string, bool) {
	for _, suf := range relationSuffixes {
		if name, ok := cutSuffixFold(line, suf); ok {
			name = strings.TrimSpace(name)
			return name, name != ""
		}
	}
	return "", false
}

// inviterName returns the inviter named at the start of an invitation to
// a page, newsletter, event or group: "Sam Lee invited you to subscribe to
// The AI Brief" → "Sam Lee".
func inviterName(line string) (string, bool) {
	line = Clean(line)
	lower := strings.ToLower(line)
	if len(lower) != len(line) {
		return "", false // a letter whose lower case is longer: no safe cut
	}
	best := -1
	for _, p := range relationPhrases {
		if i := strings.Index(lower, strings.ToLower(p)); i > 0 && (best < 0 || i < best) {
			best = i
		}
	}
	if best < 0 {
		return "", false
	}
	name := strings.TrimRight(strings.TrimSpace(line[:best]), ",")
	if !plausibleName(name) {
		return "", false
	}
	return stripBadges(name)
}

// isRelation reports whether a line is a relation line.
func isRelation(line string) bool {
	return containsAny(fold(line), relationPhrases)
}

// otherLine reports whether a line is one of the lines every site shows
// besides the headline: a relation line, mutual connections, a time.
func otherLine(line string) bool {
	if isRelation(line) {
		return true
	}
	if _, _, ok := ParseMutuals(line); ok {
		return true
	}
	_, ok := ParseAge(line)
	return ok
}

// notOther is a Finder.Parse that rejects relation, mutual and time lines.
func notOther(line string) (string, bool) {
	return line, !otherLine(line)
}

// badgeWords are badge texts that may stick to a name (an SVG's <title>,
// a visually hidden span): "Jane DoeVerified".
var badgeWords = []string{"Verified", "Verifiziert", "Premium", "Verified account"}

// stripBadges removes badge words and connection degrees ("• 2nd") from
// the end of a name.
func stripBadges(name string) (string, bool) {
	for changed := true; changed; {
		changed = false
		name = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(name), "•·,"))
		for _, w := range badgeWords {
			if rest, ok := strings.CutSuffix(name, w); ok && strings.TrimSpace(rest) != "" {
				name, changed = rest, true
			}
		}
		if head, last := lastWord(name); head != "" && isDegree(last) {
			name, changed = head, true
		}
	}
	return name, name != ""
}

// isDegree reports whether a word is a connection degree: 1st, 2nd, 3rd,
// 3rd+.
func isDegree(w string) bool {
	switch strings.TrimSuffix(w, "+") {
	case "1st", "2nd", "3rd", "1.", "2.", "3.":
		return true
	}
	return false
}

// seeMoreTails are "see more" button texts that may end a note's text
// after an ellipsis ("…see more").
var seeMoreTails = []string{"see more", "show more", "more", "mehr anzeigen", "mehr"}

// stripSeeMore removes a trailing "…see more" (a button's text caught with
// the note's) from a note.
func stripSeeMore(note string) (string, bool) {
	note = Clean(note)
	for _, t := range seeMoreTails {
		rest, ok := cutSuffixFold(note, t)
		if !ok {
			continue
		}
		rest = strings.TrimRight(rest, " ")
		if body, ok := strings.CutSuffix(rest, "…"); ok {
			return strings.TrimSpace(body), strings.TrimSpace(body) != ""
		}
		if body, ok := strings.CutSuffix(rest, "..."); ok {
			return strings.TrimSpace(body), strings.TrimSpace(body) != ""
		}
	}
	return note, note != ""
}

// textWithout returns a named extractor: the text of the first element
// matching sel, without the text of its descendants matching drop (a
// "see more" button inside a note, a badge inside a name), cleaned.
//
// It is not inlined: each inlined call would carry its own copy of the
// function it returns (core.wasm's size).
//
//go:noinline
func textWithout(sel, drop string) func(Node) (string, bool) {
	return func(n Node) (string, bool) {
		el := n.QueryOne(sel)
		if el == nil {
			return "", false
		}
		return cutTexts(el, drop), true
	}
}

// cutTexts returns an element's text without that of its descendants
// matching drop, cleaned.
func cutTexts(el Node, drop string) string {
	t := el.Text()
	for _, d := range el.QueryAll(drop) {
		if dt := d.Text(); dt != "" {
			if i := strings.LastIndex(t, dt); i >= 0 {
				t = t[:i] + " " + t[i+len(dt):]
			}
		}
	}
	return Clean(t)
}

// altName reads a name from a picture's description: "Jane Doe’s profile
// picture", "Sam Lee open to work, profile picture".
func altName(alt string) (string, bool) {
	n := LabelName(alt, pictureLabels)
	return n, n != ""
}

var pictureLabels = []Affix{
	{"", " open to work, profile picture"},
	{"", "’s profile picture"},
	{"", "’ profile picture"},
	{"", " profile picture"},
	{"Profilbild von ", ""},
}
