package page

import "github.com/vetted/vetted/core/card"

// Mode says where the Go core may run on a site's page (DESIGN §7); where
// it does run follows the benchmarks (extension/loader.js HOMES). Either
// way the shell sends the core snapshots of the page.
type Mode string

// The modes.
const (
	// InPage: the page's Content Security Policy allows WebAssembly
	// ('unsafe-eval' or 'wasm-unsafe-eval' in script-src), so the core may
	// run in the content script as well as hosted.
	InPage Mode = "in-page"
	// Hosted: the page's policy would block (and report) a WebAssembly
	// compile in Chromium; the core runs hosted only (an extension
	// context).
	Hosted Mode = "hosted"
)

// Pattern is a family of URLs an adapter applies to.
type Pattern struct {
	// Host matches itself and its subdomains: "linkedin.com" matches
	// www.linkedin.com and de.linkedin.com.
	Host string
	// Paths are path prefixes (lower-case); the URL's path must start with
	// one of them.
	Paths []string
	// Except are path prefixes (lower-case) excluded from Paths: the sent
	// invitations live next to the received ones.
	Except []string
	// Query, when set, is a "name=value" the query string must carry.
	Query string
}

// Adapter reads one site's invitation page. It is data: every way of
// finding something is an ordered list of fallbacks, tried in turn,
// attributes and structure first and translated text last. Named parsers
// and extractors (ParseMutuals, ParseAge, LabelName and the unexported
// ones in the site files) cover what data cannot say.
type Adapter struct {
	ID   string    // stable identifier: "linkedin", "linkedin-legacy", …
	Name string    // for people: "LinkedIn invitation manager"
	Site card.Site // the site the cards come from
	Mode Mode      // where the core runs on this page (DESIGN §7)
	// Unverified marks an adapter built without captures of the real page.
	Unverified bool

	// Origin resolves relative links: "https://www.linkedin.com".
	Origin string
	// URLs are the pages the adapter applies to.
	URLs []Pattern
	// Page are selectors that identify the page itself (a screen marker,
	// an empty-state element); any match recognises the page.
	Page []string
	// Lists are selectors of the invitation list, tried in order; "" stands
	// for the whole document. Cards are looked for only inside the list.
	Lists []string
	// Card are the ways to find the cards inside the list, tried in order;
	// the first that finds any card wins.
	Card []CardFinder
	// EmptyState finds the page's "no pending invitations" state.
	EmptyState []Finder

	// Fields says how to read each card field.
	Fields Fields
	// Controls says how to find each of a card's controls.
	Controls Controls
	// Labels are the control-label patterns that name the person (or page)
	// a control acts for; see LabelName.
	Labels []Affix
	// Verbs are the words of the site's Accept and Ignore controls in
	// every language known (see Verb): control-first reading finds cards
	// by them, and Control falls back on them.
	Verbs []Verb
	// Links are the links to a sender (a profile, a page) that make a
	// card of an Accept control without an Ignore control.
	Links string
	// ZeroMutuals: a person card without a mutual-connection line has
	// none (the site shows the line whenever there are any). Otherwise the
	// count stays unknown (-1).
	ZeroMutuals bool
}

// CardFinder is one way of finding the cards of a list.
type CardFinder struct {
	_   [0]func() // not comparable: no generated equality function (core.wasm's size)
	Sel string    // the card elements, under the list
	// Need, when set, is a selector each card must contain (a profile
	// link, for instance).
	Need string
	// Controls: each card must hold an Accept control, as the adapter's
	// Controls find it. Every invitation has one (DESIGN §10); an element
	// with an Ignore-like control alone is something else: a suggestion
	// ("People you may know": Add friend, Remove).
	Controls bool
	// Innermost drops a candidate that contains another candidate, so that
	// a wrapper around several cards is not taken for one.
	Innermost bool
}

// Fields lists, for every card field, the ways to read it, in order.
type Fields struct {
	Key        []Finder // stable key of the invitation
	Kind       []Finder // each finder Sets a card.Kind; none found means a person
	Name       []Finder
	Headline   []Finder
	ProfileURL []Finder // values are absolute, normalised URLs (Parse does it)
	Photo      []Finder // each finder Sets a card.Photo; the last ones say "none" when the card shows its link but no picture
	Mutuals    []Finder // values read by ParseMutuals
	Age        []Finder // values read by ParseAge
	Note       []Finder
	Verified   []Finder // found means true
	Premium    []Finder // found means true
	FollowsYou []Finder // found means true
	Shared     []Finder // every value of the first finder that finds any
	Inviter    []Finder // who invites to a page, newsletter, event or group
}

// Control names one of a card's controls. The numbers of Accept, Ignore
// and Message are those of core/action's controls.
type Control int

// The controls.
const (
	NoControl Control = iota
	Accept            // accept / confirm
	Ignore            // ignore / decline / delete
	Message           // message or "Reply to" (opens the composer)
	More              // the card's "more" menu
	SeeMore           // "see more" under a long note
	Report            // "report as spam" on the card itself (Xing)
)

// String names a control.
func (c Control) String() string {
	switch c {
	case Accept:
		return "accept"
	case Ignore:
		return "ignore"
	case Message:
		return "message"
	case More:
		return "more"
	case SeeMore:
		return "see more"
	case Report:
		return "report"
	}
	return "none"
}

// Controls lists, for every control, the ways to find it, in order.
type Controls struct {
	Accept, Ignore, Message, More, SeeMore, Report []Finder
}

// finders returns the finders of one control.
func (cs *Controls) finders(c Control) []Finder {
	switch c {
	case Accept:
		return cs.Accept
	case Ignore:
		return cs.Ignore
	case Message:
		return cs.Message
	case More:
		return cs.More
	case SeeMore:
		return cs.SeeMore
	case Report:
		return cs.Report
	}
	return nil
}

// NamedBy is the person a control's label names: ControlNames, else,
// for a control without an aria-label, its visible text (the accessible
// name of a link, as LinkedIn's "Reply to Ada").
func (a *Adapter) NamedBy(ctrl Node) string {
	if n := a.ControlNames(ctrl); n != "" || ctrl == nil {
		return n
	}
	if _, ok := ctrl.Attr("aria-label"); ok {
		return ""
	}
	return LabelName(ctrl.Text(), a.Labels)
}

// FirstList is the first of the adapter's invitation lists on the page.
func (a *Adapter) FirstList(root Node) Node {
	for _, sel := range a.Lists {
		if sel == "" {
			return nil
		}
		if n := root.QueryOne(sel); n != nil {
			return n
		}
	}
	return nil
}
