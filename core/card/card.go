package card

// Site names the social network a card comes from.
type Site string

// The supported sites.
const (
	LinkedIn  Site = "linkedin"
	Facebook  Site = "facebook"
	X         Site = "x"
	Instagram Site = "instagram"
	Xing      Site = "xing"
)

// Kind says who or what sent the invitation.
type Kind string

// The kinds of invitation.
const (
	Person     Kind = "person"
	Page       Kind = "page"
	Newsletter Kind = "newsletter"
	Event      Kind = "event"
	Group      Kind = "group"
)

// Photo is what the card shows in place of the sender's picture.
type Photo string

// The photo states.
const (
	PhotoPresent Photo = "present" // a real uploaded picture
	PhotoDefault Photo = "default" // the site's placeholder silhouette
	PhotoNone    Photo = "none"    // no picture element at all
	PhotoUnknown Photo = "unknown" // the card did not say
)

// Card is one invitation as shown on an invitation page.
//
// Every field is optional: a zero string means "not shown", and the numeric
// fields use -1 for "unknown" (use New to start from the unknown state).
type Card struct {
	Site        Site     `json:"site,omitempty"`
	Kind        Kind     `json:"kind,omitempty"`
	Name        string   `json:"name,omitempty"`
	Headline    string   `json:"headline,omitempty"`
	ProfileURL  string   `json:"profile_url,omitempty"`
	Photo       Photo    `json:"photo,omitempty"`
	Mutuals     int      `json:"mutuals"` // mutual connections; -1 when unknown
	MutualNames []string `json:"mutual_names,omitempty"`
	Note        string   `json:"note,omitempty"`     // the personal message sent with the invitation
	AgeDays     int      `json:"age_days"`           // days since the invitation was sent; -1 when unknown
	Verified    bool     `json:"verified,omitempty"` // the site's identity-verified badge
	Premium     bool     `json:"premium,omitempty"`
	FollowsYou  bool     `json:"follows_you,omitempty"`
	Shared      []string `json:"shared,omitempty"` // companies or schools the card says you share
	Key         string   `json:"key,omitempty"`    // stable identity of the invitation on its site
	// Inviter is who sent an invitation to a page, newsletter, event or
	// group (Name is what it invites to); "" for a person's invitation.
	Inviter string `json:"inviter,omitempty"`
}

// New returns a card with every field unknown: no mutual count, no age, an
// unknown photo state and the person kind.
func New() Card {
	return Card{Kind: Person, Photo: PhotoUnknown, Mutuals: -1, AgeDays: -1}
}

// Normalize fills empty enumerations with their unknown values: an empty
// kind is a person and an empty photo state is unknown. Numbers below -1
// become -1.
func (c *Card) Normalize() {
	if c.Kind == "" {
		c.Kind = Person
	}
	if c.Photo == "" {
		c.Photo = PhotoUnknown
	}
	if c.Mutuals < -1 {
		c.Mutuals = -1
	}
	if c.AgeDays < -1 {
		c.AgeDays = -1
	}
}

// IsPerson reports whether the invitation comes from a person rather than a
// page, newsletter, event or group.
func (c *Card) IsPerson() bool { return c.Kind == "" || c.Kind == Person }
