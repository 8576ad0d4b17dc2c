package verdict

// trust says how a card matched the user's trusted list.
type trust uint8

// The ways a card can be trusted.
const (
	trustNone trust = iota
	trustName       // the name equals a trusted name (impostors copy names)
	trustURL        // the profile URL equals a trusted profile URL
)

// facts are what classification knows about a card besides its flags.
type facts struct {
	person      bool   // the invitation comes from a person
	verified    bool   // the site's verified badge
	mutuals     int    // mutual connections, -1 when unknown
	trust       trust  // match with the trusted list
	sharedOrg   bool   // a company or school in common (site or headline)
	noteContext bool   // a personal note naming a real shared context
	industry    string // industry keyword in the headline or personal note
	recruiter   string // recruiter title in the headline
	sales       string // sales title in the headline
}
