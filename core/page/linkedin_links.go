package page

import (
	"strings"

	"github.com/vetted/vetted/core/card"
)

const linkedInOrigin = "https://www.linkedin.com"

// linkedInEntities are the first path segments of LinkedIn pages that
// are not people: companies, showcase pages, schools, newsletters, events
// and groups.
var linkedInEntities = []string{"company", "showcase", "school", "newsletters", "events", "groups"}

// linkedInPath returns the segments of a LinkedIn link's path; ok is false
// for a link to another site.
func linkedInPath(href string) ([]string, bool) {
	l, ok := parseLink(href)
	if !ok || l.host != "" && !onHost(l.host, "linkedin.com") {
		return nil, false
	}
	return segments(l.path), true
}

// linkedInSlug returns the public identifier of a member profile link
// ("/in/jane-doe-4b2a1c9/?miniProfileUrn=…" → "jane-doe-4b2a1c9").
func linkedInSlug(href string) (string, bool) {
	segs, ok := linkedInPath(href)
	if !ok {
		return "", false
	}
	for i := 0; i+1 < len(segs); i++ {
		if segs[i] == "in" {
			return segs[i+1], !strings.ContainsAny(segs[i+1], "\"'<>\\ ")
		}
	}
	return "", false
}

// linkedInProfile normalises a member profile link: absolute, on
// www.linkedin.com, with a trailing slash and without the tracking query.
func linkedInProfile(href string) (string, bool) {
	slug, ok := linkedInSlug(href)
	if !ok {
		return "", false
	}
	return linkedInOrigin + "/in/" + slug + "/", true
}

// linkedInEntity normalises a link to a company, showcase, school,
// newsletter, event or group page.
func linkedInEntity(href string) (string, bool) {
	segs, ok := linkedInPath(href)
	if !ok {
		return "", false
	}
	for i := 0; i+1 < len(segs); i++ {
		for _, e := range linkedInEntities {
			if segs[i] == e {
				return linkedInOrigin + "/" + e + "/" + segs[i+1] + "/", true
			}
		}
	}
	return "", false
}

// linkedInURN accepts an invitation URN ("urn:li:invitation:7312…") and
// the other URNs that carry the same id (urn:li:fsd_invitation:…,
// urn:li:fs_relInvitation:…, urn:li:fs_relInvitationView:…), and returns
// it as urn:li:invitation:<id>; a bare numeric id is accepted too.
func linkedInURN(v string) (string, bool) {
	v = strings.TrimSpace(unescape(v, false))
	id := v
	if !strings.HasPrefix(v, "urn:li:") && !isDigits(v) {
		return "", false
	}
	if strings.HasPrefix(v, "urn:li:") {
		kind, rest, ok := strings.Cut(strings.TrimPrefix(v, "urn:li:"), ":")
		switch {
		case !ok:
			return "", false
		case kind == "invitation", kind == "fsd_invitation", kind == "fs_relInvitation", kind == "fs_relInvitationView":
			id = rest
		default:
			return "", false
		}
	}
	if !isToken(id) {
		return "", false
	}
	return "urn:li:invitation:" + id, true
}

// isToken reports whether an id is non-empty and made of letters,
// digits, "-" and "_" only.
func isToken(id string) bool {
	if id == "" || len(id) > 100 {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '-' || c == '_') {
			return false
		}
	}
	return true
}

// composeKey reads the invitation id of a "Reply to" composer link
// (…/messaging/compose/?…&invitation=urn:li:fsd_invitation:<id>).
func composeKey(href string) (string, bool) {
	l, ok := parseLink(href)
	if !ok {
		return "", false
	}
	inv := param(l.query, "invitation")
	if inv == "" {
		return "", false
	}
	return linkedInURN(inv)
}

// linkedInProfileKey keys an invitation by its sender's profile when the
// page shows no invitation id: "linkedin:in/jane-doe-4b2a1c9".
func linkedInProfileKey(href string) (string, bool) {
	slug, ok := linkedInSlug(href)
	if !ok {
		return "", false
	}
	return "linkedin:in/" + strings.ToLower(slug), true
}

// linkedInEntityKey keys a page invitation by its page:
// "linkedin:newsletters/the-ai-brief-7012345".
func linkedInEntityKey(href string) (string, bool) {
	u, ok := linkedInEntity(href)
	if !ok {
		return "", false
	}
	return "linkedin:" + strings.ToLower(strings.Trim(strings.TrimPrefix(u, linkedInOrigin), "/")), true
}

// linkedInLinkKind tells the kind of invitation from a link the card
// holds: a newsletter, an event or a group page.
func linkedInLinkKind(href string) (string, bool) {
	segs, ok := linkedInPath(href)
	if !ok || len(segs) < 2 {
		return "", false
	}
	switch segs[0] {
	case "newsletters":
		return string(card.Newsletter), true
	case "events":
		return string(card.Event), true
	case "groups":
		return string(card.Group), true
	}
	return "", false
}
