package action

import (
	"errors"
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/settings"
)

// Plan is what one action does on one card.
type Plan struct {
	_    [0]func() // not comparable: no generated equality function (core.wasm's size)
	Kind Kind
	// Click is the card control clicked first (NoControl for ask and block).
	Click Control
	// Compose: after the click (or without one), click the card's message
	// control and fill Text into the site's composer. The user presses Send.
	Compose bool
	Text    string
	// Report: after the ignore, show the user the site's report options.
	Report bool
	// Profile: the profile to open for the site's block flow (block only).
	Profile string

	// The person the plan was made for, as judged.
	Name, Key, ProfileURL string
	Site                  card.Site
}

// New plans an action on a judged card. Templates fill the composer for ask
// and accept-thanks.
func New(k Kind, c *card.Card, t settings.Templates) (Plan, error) {
	if c == nil {
		return Plan{}, errors.New("action: no card")
	}
	if !k.Valid() {
		return Plan{}, errors.New("action: unknown action " + string(k))
	}
	p := Plan{Kind: k, Name: c.Name, Key: c.Key, ProfileURL: c.ProfileURL, Site: c.Site}
	switch k {
	case Accept:
		p.Click = ControlAccept
	case Ignore:
		p.Click = ControlIgnore
	case Ask:
		p.Compose = true
		p.Text = t.Render(settings.TemplateAskContext, c.Name)
	case AcceptThanks:
		p.Click = ControlAccept
		p.Compose = true
		p.Text = t.Render(settings.TemplateThankYou, c.Name)
	case IgnoreReport:
		p.Click = ControlIgnore
		p.Report = true
	case Block:
		p.Profile = page.OwnProfile(c.Site, c.ProfileURL)
		if p.Profile == "" {
			return Plan{}, errors.New("action: no profile to block from")
		}
	}
	if p.Compose && strings.TrimSpace(p.Text) == "" {
		return Plan{}, errors.New("action: the message template is empty")
	}
	return p, nil
}

// Needs returns the card control the plan acts through first: the click,
// or the message control when the plan only composes.
func (p Plan) Needs() Control {
	if p.Click != NoControl {
		return p.Click
	}
	if p.Compose {
		return ControlMessage
	}
	return NoControl
}

// SafeURL returns u when it is an absolute http(s) URL without white space
// or control characters, else "". A profile link must also pass
// page.OwnProfile (https, the site's own host).
func SafeURL(u string) string {
	u = strings.TrimSpace(u)
	low := strings.ToLower(u)
	if !strings.HasPrefix(low, "https://") && !strings.HasPrefix(low, "http://") {
		return ""
	}
	rest := u[strings.Index(u, "://")+3:]
	if rest == "" || rest[0] == '/' {
		return ""
	}
	for _, r := range u {
		if r <= ' ' || r == 0x7f || r == '\\' || r == '"' || r == '<' || r == '>' {
			return ""
		}
	}
	return u
}
