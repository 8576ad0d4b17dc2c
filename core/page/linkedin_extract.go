package page

// Named extractors for LinkedIn cards: what the card's structure says and
// a selector alone cannot.

// linkedInName reads the sender's name from the strong inside the
// profile link, without the badges inside it ("Verified", "Premium").
func linkedInName(n Node) (string, bool) {
	el := n.QueryOne(liProfileLink + " strong")
	if el == nil {
		return "", false
	}
	return stripBadges(cutTexts(el, liBadges))
}

// linkedInHeadline reads the headline: the paragraph right after the
// relation line ("… is inviting you to connect"), or, when there is none,
// right after the paragraph holding the name. A paragraph that is a
// mutuals line, a time, a shared organisation or the note is not a
// headline: the card then has none.
func linkedInHeadline(n Node) (string, bool) {
	ps := n.QueryAll("p")
	anchor := -1
	if len(ps) > 0 {
		for i, f := range foldsOf(n, "p") {
			if containsAny(f, relationPhrases) {
				anchor = i
				break
			}
		}
	} else {
		ps = textLeaves(n) // paragraphs renamed: the card's lines of text
		for i, p := range ps {
			if isRelation(p.Text()) {
				anchor = i
				break
			}
		}
	}
	if anchor < 0 {
		for i, p := range ps {
			if p.QueryOne(liProfileLink+", strong") != nil {
				anchor = i
				break
			}
		}
	}
	if anchor < 0 || anchor+1 >= len(ps) {
		return "", false
	}
	p := ps[anchor+1]
	v := Clean(p.Text())
	if v == "" || otherLine(v) || p.Closest(liActions) != nil || p.Closest("a") != nil {
		return "", false
	}
	_, shared := textsOf(n, liShared)
	if contains(shared, v) {
		return "", false
	}
	if note, ok := linkedInNoteAfterControls(n); ok && note == v {
		return "", false
	}
	return v, true
}

// linkedInLongNote reads a note shown in an expandable text box, in full,
// without the "see more" button's text.
func linkedInLongNote(n Node) (string, bool) {
	v, ok := textWithout(`[data-testid="expandable-text-box"]`, "button")(n)
	if !ok {
		return "", false
	}
	return stripSeeMore(v)
}

// linkedInNoteAfterControls reads the note: the first paragraph after the
// card's controls that is neither inside a link (the "Reply to" link) nor
// a time. It is read once per card (the headline asks too).
func linkedInNoteAfterControls(n Node) (string, bool) {
	return memo(n, "note after controls", noteAfterControls)
}

func noteAfterControls(n Node) (string, bool) {
	els := n.QueryAll(liActionMarks + ", p")
	last := -1
	for i, el := range els {
		if el.Tag() != "p" {
			last = i
		}
	}
	if last < 0 {
		return "", false
	}
	for _, el := range els[last+1:] {
		if el.Tag() != "p" || el.Closest(liActionMarks+", a") != nil {
			continue
		}
		v := Clean(el.Text())
		if _, isAge := ParseAge(v); v == "" || isAge {
			continue
		}
		return v, true
	}
	return "", false
}

// renamedFollows finds the "follows you" line of a card whose paragraphs
// and spans were renamed, among its lines of text.
func renamedFollows(n Node) (string, bool) {
	if n.QueryOne("p, span") != nil {
		return "", false
	}
	for _, el := range textLeaves(n) {
		if v := Clean(el.Text()); containsAny(fold(v), followsPhrases) {
			return v, true
		}
	}
	return "", false
}

// textLeaves returns the elements of a card that hold text and no other
// element, outside its controls, in page order: its lines, whatever their
// tags.
func textLeaves(n Node) []Node {
	var out []Node
	for _, el := range n.QueryAll("*") {
		if el.QueryOne("*") != nil || el.Closest(liActions+`, button, [role="button"]`) != nil {
			continue
		}
		if Clean(el.Text()) != "" {
			out = append(out, el)
		}
	}
	return out
}
