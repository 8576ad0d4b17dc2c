package page

import "github.com/vetted/vetted/core/card"

// A finder for people only has Kinds []card.Kind{card.Person}; one for
// everything else the four page kinds. They are written out, not named
// variables: a composite literal that refers to a variable is built by
// code when the program starts, a literal alone is laid out as data
// (core.wasm's size).

// LinkedIn selectors used in more than one table.
const (
	liProfileLink = `a[href*="/in/"]`
	liEntityLink  = `a[href*="/company/"], a[href*="/showcase/"], a[href*="/school/"], a[href*="/newsletters/"], a[href*="/events/"], a[href*="/groups/"]`
	liActions     = `[data-view-name="invitation-action"]`
	liControls    = liActions + ` button, ` + liActions + ` a`
	liShared      = `svg[id^="company-accent"] ~ p, svg[id^="company-accent"] + div p, svg[id^="company-accent"] ~ span`
	liBadges      = `svg, [aria-label="Premium"], [aria-label="Verified"], [aria-label="Verifiziert"]`
	// liPlaceholder is the site's stand-in picture: a static asset, an
	// inline image or a "ghost" silhouette where the photo would be.
	liPlaceholder = liProfileLink + ` img[src*="/aero-v1/sc/h/"], ` + liProfileLink + ` img[src^="data:"], ` +
		liProfileLink + ` img[class*="ghost"], img[alt*="profile picture"][src*="/aero-v1/sc/h/"], ` +
		`img[alt*="profile picture"][src^="data:"], img[alt*="profile picture"][class*="ghost"]`
	// liCardLink is what a LinkedIn card links to: a member or a page.
	liCardLink = liProfileLink + `, ` + liEntityLink
	// liActionMarks mark where a card's controls are, for the note that
	// follows them.
	liActionMarks = liActions + `, button:not([data-testid="expandable-text-button"]), a[aria-label^="Accept "]`
)

// linkedInLabels are the control labels of LinkedIn (current and legacy
// layouts, English and German) that name the sender.
var linkedInLabels = []Affix{
	{"Accept invitation for ", ""},
	{"Ignore invitation for ", ""},
	{"Accept ", "’s invitation"},
	{"Accept ", "’ invitation"},
	{"Ignore an invitation to connect from ", ""},
	{"Ignore invitation from ", ""},
	{"Ignore ", "’s invitation"},
	{"Reply to ", ""},
	{"Message ", ""},
	{"Einladung für ", " annehmen"},
	{"Einladung für ", " ignorieren"},
	{"Einladung zum Vernetzen von ", " ignorieren"},
	{"Einladung von ", " annehmen"},
	{"Einladung von ", " ignorieren"},
	{"", " antworten"},
	{"Nachricht an ", ""},
}

// linkedInFields reads the cards of the current layout (the invitation
// manager and the grow page's preview).
var linkedInFields = Fields{
	Key: []Finder{
		{Sel: `[componentkey^="urn:li:invitation:"]`, Up: true, Attr: "componentkey", Parse: linkedInURN},
		{Sel: `[componentkey^="urn:li:invitation:"]`, Attr: "componentkey", Parse: linkedInURN},
		{Sel: `a[href*="invitation="]`, Attr: "href", Parse: composeKey},
		{Sel: liProfileLink, Attr: "href", Parse: linkedInProfileKey, Kinds: []card.Kind{card.Person}},
		{Sel: liEntityLink, Attr: "href", Parse: linkedInEntityKey, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
	},
	Kind: []Finder{
		{Sel: `a[href*="/newsletters/"], a[href*="/events/"], a[href*="/groups/"]`, Attr: "href", Parse: linkedInLinkKind},
		{Sel: "p", Has: newsletterPhrases, Set: string(card.Newsletter)},
		{Sel: "p", Has: eventPhrases, Set: string(card.Event)},
		{Sel: "p", Has: groupPhrases, Set: string(card.Group)},
		{Sel: "p", Has: pagePhrases, Set: string(card.Page)},
		{Sel: `[aria-label^="Accept invitation for "], [aria-label^="Einladung für "]`, Attr: "aria-label", Set: string(card.Page)},
	},
	Name: []Finder{
		{Sel: `[aria-label^="Accept invitation for "], [aria-label^="Einladung für "]`, Attr: "aria-label", Parse: labelParser(linkedInLabels)},
		{Func: linkedInName, Kinds: []card.Kind{card.Person}},
		{Sel: liEntityLink, Parse: stripBadges, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
		{Sel: "p", Parse: relationName, Kinds: []card.Kind{card.Person}},
		{Sel: `button[aria-label], a[aria-label]`, Attr: "aria-label", Parse: labelParser(linkedInLabels)},
		{Sel: `img[alt*="profile picture"]`, Attr: "alt", Parse: altName, Kinds: []card.Kind{card.Person}},
		{Sel: `svg[aria-label*="profile picture"]`, Attr: "aria-label", Parse: altName, Kinds: []card.Kind{card.Person}},
	},
	Headline: []Finder{
		{Func: linkedInHeadline},
	},
	ProfileURL: []Finder{
		{Sel: liProfileLink, Attr: "href", Parse: linkedInProfile, Kinds: []card.Kind{card.Person}},
		{Sel: liEntityLink, Attr: "href", Parse: linkedInEntity, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
	},
	Photo: []Finder{
		{Sel: liProfileLink + ` img[src*="profile-displayphoto"]`, Attr: "src", Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
		{Sel: `svg[aria-label*="profile picture"] image`, Attr: "href", Has: []string{"profile-displayphoto"}, Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
		{Sel: `svg[aria-label*="profile picture"] image`, Attr: "href", Has: []string{"/aero-v1/sc/h/", "data:"}, Set: string(card.PhotoDefault), Kinds: []card.Kind{card.Person}}, // a placeholder in an open-to-work frame
		{Sel: `img[alt*="profile picture"][src*="profile-displayphoto"]`, Attr: "src", Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
		{Sel: `img[data-delayed-url*="profile-displayphoto"]`, Attr: "data-delayed-url", Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
		{Sel: liPlaceholder, Attr: "src", Set: string(card.PhotoDefault), Kinds: []card.Kind{card.Person}},
		{Sel: `img[alt*="profile picture"]`, Attr: "alt", Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
		{Sel: `svg[aria-label*="profile picture"]`, Attr: "aria-label", Set: string(card.PhotoPresent), Kinds: []card.Kind{card.Person}},
		{Sel: liProfileLink, Attr: "href", Set: string(card.PhotoNone), Kinds: []card.Kind{card.Person}},
	},
	Mutuals: []Finder{
		{Sel: "p", Not: liActions},
		{Sel: "span", Not: liActions},
	},
	Age: []Finder{
		{Sel: "time"},
		{Sel: "p", Not: liActions},
		{Sel: "span", Not: liActions},
	},
	Note: []Finder{
		{Func: linkedInLongNote},
		{Func: linkedInNoteAfterControls},
	},
	Verified: []Finder{
		{Sel: `svg[aria-label="Verified"][role="img"]`, Attr: "aria-label"},
		{Sel: `[aria-label="Verified"], [aria-label="Verifiziert"]`, Attr: "aria-label"},
	},
	Premium: []Finder{
		{Sel: `span[aria-label="Premium"]`, Attr: "aria-label"},
		{Sel: `[aria-label="Premium"]`, Attr: "aria-label"},
	},
	FollowsYou: []Finder{
		{Sel: "p", Has: followsPhrases},
		{Sel: "span", Has: followsPhrases},
		{Func: renamedFollows},
	},
	Shared: []Finder{
		{Sel: liShared},
	},
	Inviter: []Finder{
		{Sel: liProfileLink + " strong", Parse: stripBadges, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
		{Sel: "p", Parse: inviterName, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
		{Sel: liProfileLink, Parse: stripBadges, Kinds: []card.Kind{card.Page, card.Newsletter, card.Event, card.Group}},
	},
}

// linkedInControls finds the controls of current-layout cards.
var linkedInControls = Controls{
	Accept: []Finder{
		{Sel: `button[aria-label^="Accept "], a[aria-label^="Accept "]`},
		{Sel: liControls, Nth: 2},
		{Sel: `button[aria-label$=" annehmen"], a[aria-label$=" annehmen"]`},
		{Sel: `button, a, [role="button"]`, Is: []string{"accept", "annehmen", "akzeptieren"}},
	},
	Ignore: []Finder{
		{Sel: `button[aria-label^="Ignore "], a[aria-label^="Ignore "]`},
		{Sel: liControls, Nth: 1},
		{Sel: `button[aria-label$=" ignorieren"], a[aria-label$=" ignorieren"]`},
		{Sel: `button, a, [role="button"]`, Is: []string{"ignore", "ignorieren"}},
	},
	Message: []Finder{
		{Sel: `a[href*="/messaging/compose/"]`},
		{Sel: `a[aria-label^="Reply to "], button[aria-label^="Reply to "]`},
		{Sel: `a[aria-label$=" antworten"], button[aria-label$=" antworten"]`},
		{Sel: `a, button`, Has: []string{"reply to", "antworten"}},
	},
	More: []Finder{
		{Sel: `button[aria-label^="More actions"], button[aria-label^="Weitere Aktionen"]`},
	},
	SeeMore: []Finder{
		{Sel: `button[data-testid="expandable-text-button"]`},
		{Sel: "button", Is: []string{"see more", "…see more", "… see more", "…more", "mehr anzeigen", "…mehr"}},
	},
}

// LinkedIn reads LinkedIn's invitation manager in its current layout,
// including captures whose cards carry neither data-view-name nor
// componentkey (a card is then a list item of the lazy column that holds
// the labelled controls and a profile link).
var LinkedIn = &Adapter{
	ID:     "linkedin",
	Name:   "LinkedIn invitation manager",
	Site:   card.LinkedIn,
	Mode:   InPage,
	Origin: linkedInOrigin,
	URLs: []Pattern{{
		Host:   "linkedin.com",
		Paths:  []string{"/mynetwork/invitation-manager/"},
		Except: []string{"/mynetwork/invitation-manager/sent/"},
	}},
	Page: []string{
		`div[role="main"][data-sdui-screen*="InvitationReceivedWithType"]`,
		`[data-sdui-screen*="InvitationReceived"]`,
	},
	Lists: []string{`main [data-testid="lazy-column"]`, `[data-testid="lazy-column"]`, "main", ""},
	Card: []CardFinder{
		{Sel: `[role="listitem"][componentkey^="urn:li:invitation:"]`},
		{Sel: `[componentkey^="urn:li:invitation:"]`},
		{Sel: `[data-view-name="pending-invitation"]`},
		{Sel: `[role="listitem"]`, Need: liCardLink, Controls: true, Innermost: true},
		{Sel: "li", Need: liCardLink, Controls: true, Innermost: true},
	},
	EmptyState: []Finder{
		{Sel: "h1, h2, h3, p, span", Is: []string{"no pending invitations", "keine ausstehenden einladungen"}},
	},
	Fields:      linkedInFields,
	Controls:    linkedInControls,
	Labels:      linkedInLabels,
	Verbs:       linkedInVerbs,
	Links:       liCardLink,
	ZeroMutuals: true,
}

// LinkedInGrow reads the invitations preview on LinkedIn's "Grow your
// network" page: the same cards as the invitation manager, inside
// [componentkey="MyNetwork_InvitationsPreview"].
var LinkedInGrow = &Adapter{
	ID:     "linkedin-grow",
	Name:   "LinkedIn grow page (invitations preview)",
	Site:   card.LinkedIn,
	Mode:   InPage,
	Origin: linkedInOrigin,
	URLs: []Pattern{{
		Host:  "linkedin.com",
		Paths: []string{"/mynetwork/grow/"},
	}},
	Page:  []string{`[componentkey="MyNetwork_InvitationsPreview"]`},
	Lists: []string{`[componentkey="MyNetwork_InvitationsPreview"]`},
	Card: []CardFinder{
		{Sel: `[role="listitem"][componentkey^="urn:li:invitation:"]`},
		{Sel: `[componentkey^="urn:li:invitation:"]`},
		{Sel: `[data-view-name="pending-invitation"]`},
		{Sel: `[role="listitem"]`, Need: liCardLink, Controls: true, Innermost: true},
	},
	Fields:      linkedInFields,
	Controls:    linkedInControls,
	Labels:      linkedInLabels,
	Verbs:       linkedInVerbs,
	Links:       liCardLink,
	ZeroMutuals: true,
}
