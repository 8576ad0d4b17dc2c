package page

import "github.com/vetted/vetted/core/card"

// LinkedInLegacy reads the invitation manager's legacy layout (Ember
// class names), still found in old pages, scripts and saved pages:
// ul.mn-invitation-list > li.invitation-card.
var LinkedInLegacy = &Adapter{
	ID:     "linkedin-legacy",
	Name:   "LinkedIn invitation manager (legacy layout)",
	Site:   card.LinkedIn,
	Mode:   InPage,
	Origin: linkedInOrigin,
	URLs: []Pattern{{
		Host:   "linkedin.com",
		Paths:  []string{"/mynetwork/invitation-manager/"},
		Except: []string{"/mynetwork/invitation-manager/sent/"},
	}},
	Page:  []string{"ul.mn-invitation-list", "section.mn-invitation-manager__no-invites"},
	Lists: []string{"ul.mn-invitation-list", ""},
	Card: []CardFinder{
		{Sel: "ul.mn-invitation-list > li.invitation-card"},
		{Sel: "li.invitation-card"},
		{Sel: ".invitation-card"},
	},
	EmptyState: []Finder{
		{Sel: "section.mn-invitation-manager__no-invites"},
	},
	Fields: Fields{
		Key: []Finder{
			{Attr: "data-invitation-id", Parse: linkedInURN},
			{Attr: "data-entity-urn", Parse: linkedInURN},
			{Sel: "[data-invitation-id]", Attr: "data-invitation-id", Parse: linkedInURN},
			{Sel: `a[href*="invitation="]`, Attr: "href", Parse: composeKey},
			{Sel: liProfileLink, Attr: "href", Parse: linkedInProfileKey, Kinds: []card.Kind{card.Person}},
			{Sel: liEntityLink, Attr: "href", Parse: linkedInEntityKey, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
		},
		Kind: linkedInFields.Kind,
		Name: []Finder{
			{Sel: ".invitation-card__title", Parse: stripBadges},
			{Sel: ".invitation-card__name", Parse: stripBadges},
			{Sel: `button[aria-label], a[aria-label]`, Attr: "aria-label", Parse: labelParser(linkedInLabels)},
			{Sel: ".invitation-card__picture img, " + liProfileLink + " img", Attr: "alt", Parse: stripBadges, Kinds: []card.Kind{card.Person}},
		},
		Headline: []Finder{
			{Sel: ".invitation-card__subtitle"},
			{Sel: ".invitation-card__occupation"},
		},
		ProfileURL: []Finder{
			{Sel: "a.invitation-card__link", Attr: "href", Parse: linkedInProfile, Kinds: []card.Kind{card.Person}},
			{Sel: liProfileLink, Attr: "href", Parse: linkedInProfile, Kinds: []card.Kind{card.Person}},
			{Sel: liEntityLink, Attr: "href", Parse: linkedInEntity, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
		},
		Photo: []Finder{
			{Sel: `img[src*="profile-displayphoto"]`, Attr: "src", Not: ".member-insights, .member-insights__reason", Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
			{Sel: `.invitation-card__picture img[class*="ghost"], .invitation-card__picture [class*="ghost-person"], .invitation-card__picture img[src^="data:"]`, Set: string(card.PhotoDefault), Kinds: []card.Kind{card.Person}},
			{Sel: ".invitation-card__picture img", Attr: "src", Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
			{Sel: liProfileLink, Attr: "href", Set: string(card.PhotoNone), Kinds: []card.Kind{card.Person}},
		},
		Mutuals: []Finder{
			{Sel: ".member-insights"},
			{Sel: ".member-insights__reason"},
			{Sel: "span", Not: ".invitation-card__custom-message-container"},
		},
		Age: []Finder{
			{Sel: ".time-badge"},
			{Sel: "time"},
		},
		Note: []Finder{
			{Func: textWithout(".invitation-card__custom-message-container", "button")},
			{Sel: ".invitation-card__custom-message", Parse: stripSeeMore},
		},
		Verified: linkedInFields.Verified,
		Premium:  linkedInFields.Premium,
		FollowsYou: []Finder{
			{Sel: "p, span", Not: ".invitation-card__custom-message-container", Has: followsPhrases},
		},
		Shared: []Finder{
			{Sel: ".invitation-card__shared-entity"},
			{Sel: liShared},
		},
		Inviter: linkedInFields.Inviter,
	},
	Controls: Controls{
		Accept: []Finder{
			{Sel: `button[data-control-name="accept"]`},
			{Sel: ".invitation-card__action-btn", Nth: 2},
			{Sel: `button[aria-label^="Accept "], button[aria-label$=" annehmen"]`},
			{Sel: "button", Is: []string{"accept", "annehmen"}},
		},
		Ignore: []Finder{
			{Sel: `button[data-control-name="decline"]`},
			{Sel: ".invitation-card__action-btn", Nth: 1},
			{Sel: `button[aria-label^="Ignore "], button[aria-label$=" ignorieren"]`},
			{Sel: "button", Is: []string{"ignore", "ignorieren"}},
		},
		Message: []Finder{
			{Sel: `[data-control-name="reply"]`},
			{Sel: `a[href*="/messaging/compose/"]`},
			{Sel: `button[aria-label^="Reply to "], a[aria-label^="Reply to "]`},
			{Sel: "a, button", Has: []string{"reply to", "antworten"}},
		},
		SeeMore: []Finder{
			{Sel: ".invitation-card__custom-message-container button"},
			{Sel: "button", Is: []string{"see more", "…see more", "mehr anzeigen"}},
		},
	},
	Labels:      linkedInLabels,
	Verbs:       linkedInVerbs,
	Links:       liCardLink,
	ZeroMutuals: true,
}
