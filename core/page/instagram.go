package page

import "github.com/vetted/vetted/core/card"

// igDefaultPhoto is the file name of Instagram's anonymous avatar.
const igDefaultPhoto = "44884218_345707102882519_2446069589734326272_n"

// Instagram reads Instagram's follow requests
// (/accounts/activity/?followRequests=1). Its rows carry no stable
// attributes: a row is the innermost block holding a profile link and the
// Confirm / Delete buttons, which are found by their (translated) text.
var Instagram = &Adapter{
	ID:     "instagram",
	Name:   "Instagram follow requests",
	Site:   card.Instagram,
	Mode:   InPage,
	Origin: "https://www.instagram.com",
	URLs: []Pattern{{
		Host:  "instagram.com",
		Paths: []string{"/accounts/activity/"},
		Query: "followRequests=1",
	}},
	Lists: []string{"main", `[role="main"]`, ""},
	Card: []CardFinder{
		{Sel: `[role="listitem"]`, Need: "a[href]", Controls: true, Innermost: true},
		{Sel: "div", Need: "a[href]", Controls: true, Innermost: true},
	},
	Fields: Fields{
		Key: []Finder{
			{Sel: "a[href]", Attr: "href", Parse: instagramKey},
		},
		Name: []Finder{
			{Sel: `span[dir="auto"]`, Not: "a, button"},
			{Sel: "a[href] span", Parse: notOther},
			{Sel: "img[alt]", Attr: "alt", Parse: altName},
		},
		ProfileURL: []Finder{
			{Sel: "a[href]", Attr: "href", Parse: instagramProfile},
		},
		Photo: []Finder{
			{Sel: `img[src*="` + igDefaultPhoto + `"]`, Attr: "src", Set: string(card.PhotoDefault)},
			{Sel: `img[alt*="profile picture"]`, Attr: "alt", Set: string(card.PhotoPresent)},
			{Sel: `img[src*="cdninstagram"], img[src*="fbcdn"]`, Attr: "src", Set: string(card.PhotoPresent)},
			{Sel: "a[href]", Attr: "href", Set: string(card.PhotoNone)},
		},
		Verified: []Finder{
			{Sel: `[aria-label="Verified"], [aria-label="Verifiziert"]`, Attr: "aria-label"},
		},
	},
	Controls: Controls{
		Accept: []Finder{
			{Sel: `button, [role="button"]`, Is: []string{"confirm", "bestätigen"}},
		},
		Ignore: []Finder{
			{Sel: `button, [role="button"]`, Is: []string{"delete", "löschen", "remove", "entfernen"}},
		},
	},
	Verbs: facebookVerbs,
	Links: "a[href]",
}
