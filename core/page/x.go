package page

import "github.com/vetted/vetted/core/card"

// X reads X's follower requests for protected accounts (/follower_requests,
// shown in a dialog). X's Content Security Policy allows no WebAssembly
// in the page, so the core runs hosted (DESIGN §7).
var X = &Adapter{
	ID:     "x",
	Name:   "X follower requests",
	Site:   card.X,
	Mode:   Hosted,
	Origin: "https://x.com",
	URLs: []Pattern{
		{Host: "x.com", Paths: []string{"/follower_requests/", "/i/follower_requests/"}},
		{Host: "twitter.com", Paths: []string{"/follower_requests/", "/i/follower_requests/"}},
	},
	Lists: []string{`[role="dialog"][aria-modal="true"]`, `[role="dialog"]`, "main", ""},
	Card: []CardFinder{
		{Sel: `[data-testid="cellInnerDiv"] [data-testid="UserCell"]`, Controls: true},
		{Sel: `[data-testid="UserCell"]`, Controls: true}, // not "Who to follow" cells (a Follow button only)
		{Sel: `[data-testid="cellInnerDiv"]`, Need: "a[href]", Controls: true},
	},
	Fields: Fields{
		Key: []Finder{
			{Sel: `[data-testid^="UserAvatar-Container-"]`, Attr: "data-testid", Parse: xAvatarKey},
			{Sel: "a[href]", Attr: "href", Parse: xKey},
			{Sel: "span", Parse: handleKey("x")},
		},
		Name: []Finder{
			{Sel: `a[role="link"]`, Parse: xName},
			{Sel: "a[href]", Parse: xName},
		},
		Headline: []Finder{
			{Sel: `[data-testid="UserDescription"]`},
			{Sel: `div[dir="auto"]`, Not: "a, button"},
		},
		ProfileURL: []Finder{
			{Sel: "a[href]", Attr: "href", Parse: xProfile},
		},
		Photo: []Finder{
			{Sel: `img[src*="default_profile_images"]`, Attr: "src", Set: string(card.PhotoDefault)},
			{Sel: `img[src*="/profile_images/"]`, Attr: "src", Set: string(card.PhotoPresent)},
			{Sel: `[data-testid^="UserAvatar-Container"] img`, Attr: "src", Set: string(card.PhotoPresent)},
			{Sel: "a[href]", Attr: "href", Set: string(card.PhotoNone)},
		},
		Verified: []Finder{
			{Sel: `[data-testid="icon-verified"]`, Attr: "data-testid"},
			{Sel: `[aria-label="Verified account"], [aria-label="Verifizierter Account"]`, Attr: "aria-label"},
		},
		FollowsYou: []Finder{
			{Sel: `[data-testid="userFollowIndicator"]`, Attr: "data-testid"},
			{Sel: "span", Is: []string{"follows you", "folgt dir"}},
		},
	},
	Controls: Controls{
		Accept: []Finder{
			{Sel: `button[aria-label="Accept"], [role="button"][aria-label="Accept"]`},
			{Sel: `button[aria-label="Annehmen"], button[aria-label="Akzeptieren"]`},
			{Sel: "button", Nth: 2},
			{Sel: `button, [role="button"]`, Is: []string{"accept", "annehmen", "akzeptieren"}},
		},
		Ignore: []Finder{
			{Sel: `button[aria-label="Decline"], [role="button"][aria-label="Decline"]`},
			{Sel: `button[aria-label="Ablehnen"]`},
			{Sel: "button", Nth: 1},
			{Sel: `button, [role="button"]`, Is: []string{"decline", "ablehnen"}},
		},
	},
	Verbs: xVerbs,
	Links: "a[href]",
}

// xName reads a display name: the text of a profile link that is not the
// "@handle", without a verified badge's text.
func xName(s string) (string, bool) {
	if _, ok := notHandle(s); !ok || s == "" {
		return "", false
	}
	return stripBadges(s)
}
