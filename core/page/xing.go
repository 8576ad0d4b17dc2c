package page

import "github.com/vetted/vetted/core/card"

// Xing reads Xing's contact requests. UNVERIFIED: no public capture of
// this page's markup is known (SITES.md), so this adapter rests on what
// any accessible page must offer: list items holding a profile link
// (/profile/<Name>) and buttons labelled "Annehmen", "Ignorieren" and
// "Als Spam melden"; attributes are not relied upon. Check it against the
// real page before trusting it, and replace the fixture with a capture.
var Xing = &Adapter{
	ID:         "xing",
	Name:       "Xing contact requests (unverified)",
	Site:       card.Xing,
	Mode:       InPage,
	Unverified: true,
	Origin:     "https://www.xing.com",
	URLs: []Pattern{{
		Host:  "xing.com",
		Paths: []string{"/network/requests/", "/contacts/requests/", "/app/contacts/requests/"},
	}},
	Lists: []string{"main", ""},
	Card: []CardFinder{
		{Sel: `[role="listitem"], li, article`, Need: `a[href*="/profile/"]`, Controls: true, Innermost: true},
	},
	EmptyState: []Finder{
		{Sel: "h1, h2, h3, p", Is: []string{"keine offenen kontaktanfragen", "du hast keine neuen kontaktanfragen.", "no pending contact requests"}},
	},
	Fields: Fields{
		Key: []Finder{
			{Sel: `a[href*="/profile/"]`, Attr: "href", Parse: xingKey},
		},
		Name: []Finder{
			{Sel: `a[href*="/profile/"] h2, a[href*="/profile/"] h3, a[href*="/profile/"] strong`, Parse: stripBadges},
			{Sel: "h2, h3", Parse: stripBadges},
			{Sel: `button[aria-label], [aria-label^="Kontaktanfrage von "]`, Attr: "aria-label", Parse: labelParser(xingLabels)},
			{Sel: `a[href*="/profile/"] img[alt]`, Attr: "alt", Parse: stripBadges},
		},
		Headline: []Finder{
			{Sel: "p", Not: "blockquote, a, button", Parse: notOther},
		},
		ProfileURL: []Finder{
			{Sel: `a[href*="/profile/"]`, Attr: "href", Parse: xingProfile},
		},
		Photo: []Finder{
			{Sel: `img[src*="nobody_"]`, Attr: "src", Set: string(card.PhotoDefault)},
			{Sel: `a[href*="/profile/"] img[src]`, Attr: "src", Set: string(card.PhotoPresent)},
			{Sel: `a[href*="/profile/"]`, Attr: "href", Set: string(card.PhotoNone)},
		},
		Mutuals: []Finder{
			{Sel: "p, span", Not: "blockquote"},
		},
		Age: []Finder{
			{Sel: "time"},
			{Sel: "p, span", Not: "blockquote"},
		},
		Note: []Finder{
			{Func: textWithout("blockquote", "button")},
			{Sel: `[data-testid*="message"]`, Parse: stripSeeMore},
		},
		Premium: []Finder{
			{Sel: `[aria-label="Premium"], [aria-label="ProJobs"]`, Attr: "aria-label"},
		},
		Shared: []Finder{
			{Sel: `[aria-label="Gemeinsamer Arbeitgeber"], [aria-label="Gemeinsame Hochschule"]`},
		},
	},
	Controls: Controls{
		Accept: []Finder{
			{Sel: `button[aria-label$=" annehmen"], button[aria-label^="Accept "]`},
			{Sel: `button, [role="button"]`, Is: []string{"annehmen", "accept", "bestätigen"}},
		},
		Ignore: []Finder{
			{Sel: `button[aria-label$=" ignorieren"], button[aria-label^="Ignore "]`},
			{Sel: `button, [role="button"]`, Is: []string{"ignorieren", "ignore", "ablehnen"}},
		},
		Message: []Finder{
			{Sel: `a[href*="/chats/"]`},
			{Sel: "a, button", Is: []string{"nachricht schreiben", "antworten", "send message", "reply"}},
		},
		More: []Finder{
			{Sel: `button[aria-label="Mehr"], button[aria-label="More"]`},
			{Sel: "button", Is: []string{"mehr", "more", "…"}},
		},
		SeeMore: []Finder{
			{Sel: "blockquote button"},
			{Sel: "button", Is: []string{"mehr anzeigen", "see more", "weiterlesen"}},
		},
		Report: []Finder{
			{Sel: `button[aria-label^="Als Spam melden"], button[aria-label^="Report"]`},
			{Sel: `button, [role="button"]`, Is: []string{"als spam melden", "spam melden", "report as spam"}},
		},
	},
	Labels: xingLabels,
	Verbs:  xingVerbs,
	Links:  `a[href*="/profile/"]`,
}

// xingLabels are the (assumed) control labels naming the sender.
var xingLabels = []Affix{
	{"Kontaktanfrage von ", " annehmen"},
	{"Kontaktanfrage von ", " ignorieren"},
	{"Kontaktanfrage von ", " als Spam melden"},
	{"Kontaktanfrage von ", ""},
	{"Accept contact request from ", ""},
	{"Ignore contact request from ", ""},
}
