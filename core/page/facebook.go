package page

import "github.com/vetted/vetted/core/card"

// fbLink is a link to a Facebook profile (the site writes them absolute).
const fbLink = `a[href*="profile_id="], a[href*="facebook.com/"]`

// fbDefaultPhoto marks Facebook's silhouette picture (its image path).
const fbDefaultPhoto = "/t1.30497-1/"

// Facebook reads Facebook's friend requests (/friends/requests/). Rows
// link to ?profile_id=<id> and hold Confirm and Delete buttons
// (div[role=button] with a translated aria-label).
var Facebook = &Adapter{
	ID:     "facebook",
	Name:   "Facebook friend requests",
	Site:   card.Facebook,
	Mode:   InPage,
	Origin: "https://www.facebook.com",
	URLs: []Pattern{{
		Host:  "facebook.com",
		Paths: []string{"/friends/requests/", "/friends/"},
		Except: []string{
			"/friends/center/requests/outgoing/", "/friends/suggestions/", "/friends/list/", "/friends/birthdays/",
		},
	}},
	Page:  []string{`div[aria-label="Friend requests"]`, `div[aria-label="Freundschaftsanfragen"]`},
	Lists: []string{`div[aria-label="Friend requests"]`, `div[aria-label="Freundschaftsanfragen"]`, `[role="main"]`, ""},
	Card: []CardFinder{
		{Sel: `a[role="link"][href]`, Need: `[role="button"]`, Controls: true},
		{Sel: `[role="listitem"]`, Need: fbLink, Controls: true, Innermost: true},
		{Sel: "li", Need: fbLink, Controls: true, Innermost: true}, // older layouts: class-named lists
		{Sel: "div", Need: fbLink, Controls: true, Innermost: true},
	},
	EmptyState: []Finder{
		{Sel: "span", Is: []string{
			"when you have friend requests or suggestions, you'll see them here.",
			"no new requests",
			"wenn du freundschaftsanfragen oder vorschläge hast, werden sie hier angezeigt.",
			"keine neuen anfragen",
		}},
	},
	Fields: Fields{
		Key: []Finder{
			{Attr: "href", Parse: facebookKey},
			{Sel: "a[href]", Attr: "href", Parse: facebookKey},
		},
		Name: []Finder{
			{Sel: `span[dir="auto"]`, Not: `[role="button"]`, Parse: fbName},
			{Sel: `svg[aria-label]`, Attr: "aria-label", Parse: fbName},
			{Sel: "span", Not: `[role="button"]`, Parse: fbName},
		},
		ProfileURL: []Finder{
			{Attr: "href", Parse: facebookProfile},
			{Sel: "a[href]", Attr: "href", Parse: facebookProfile},
		},
		Photo: []Finder{
			{Sel: "svg image", Attr: "xlink:href", Has: []string{fbDefaultPhoto}, Set: string(card.PhotoDefault)},
			{Sel: "svg image", Attr: "href", Has: []string{fbDefaultPhoto}, Set: string(card.PhotoDefault)},
			{Sel: `img[src*="` + fbDefaultPhoto + `"]`, Attr: "src", Set: string(card.PhotoDefault)},
			{Sel: "svg image", Attr: "xlink:href", Set: string(card.PhotoPresent)},
			{Sel: "svg image", Attr: "href", Set: string(card.PhotoPresent)},
			{Sel: "img[src]", Attr: "src", Set: string(card.PhotoPresent)},
			{Attr: "href", Set: string(card.PhotoNone)},
			{Sel: "a[href]", Attr: "href", Set: string(card.PhotoNone)},
		},
		Mutuals: []Finder{{Sel: "span"}, {Func: fbMutualsLine}},
		Age:     []Finder{{Sel: "span"}},
		Verified: []Finder{
			{Sel: `[aria-label="Verified account"], [aria-label="Verified"], [aria-label="Verifiziertes Konto"]`, Attr: "aria-label"},
		},
	},
	Controls: Controls{
		Accept: []Finder{
			{Sel: `[role="button"][aria-label="Confirm"], [role="button"][aria-label="Confirm request"]`},
			{Sel: `[role="button"][aria-label="Bestätigen"], [role="button"][aria-label="Anfrage bestätigen"]`},
			{Sel: `[role="button"], button`, Is: []string{"confirm", "confirm request", "bestätigen", "anfrage bestätigen"}},
		},
		Ignore: []Finder{
			{Sel: `[role="button"][aria-label="Delete"], [role="button"][aria-label="Delete request"], [role="button"][aria-label="Remove"]`},
			{Sel: `[role="button"][aria-label="Löschen"], [role="button"][aria-label="Anfrage löschen"], [role="button"][aria-label="Entfernen"]`},
			{Sel: `[role="button"], button`, Is: []string{"delete", "delete request", "remove", "löschen", "anfrage löschen", "entfernen"}},
		},
		More: []Finder{
			{Sel: `[role="button"][aria-label="More"], [role="button"][aria-label="Mehr"]`},
		},
	},
	Verbs:       facebookVerbs,
	Links:       fbLink,
	ZeroMutuals: true,
}

// fbName accepts a text as a name unless it is a time or mutuals line.
func fbName(s string) (string, bool) {
	if s == "" || otherLine(s) {
		return "", false
	}
	return stripBadges(s)
}

// fbMutualsLine reads the mutual-friends line of older layouts, a div or
// a link rather than a span ("<a>Ana Li</a> and 7 other mutual friends"):
// the innermost element whose whole text is one, so that the block that
// also holds the sender's name is not read as "Name Ana Li and 7 other…".
// Elements are tried from the last: an element's descendants come after
// it in page order.
func fbMutualsLine(n Node) (string, bool) {
	els, texts := textsOf(n, "div, a")
	for i := len(els) - 1; i >= 0; i-- {
		if _, _, ok := ParseMutuals(texts[i]); ok && !hiddenInCard(els[i], n) {
			return texts[i], true
		}
	}
	return "", false
}
