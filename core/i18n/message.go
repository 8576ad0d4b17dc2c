package i18n

// MaxArgs is the most arguments a message takes ($1…$9).
const MaxArgs = 9

// Message is a message of the extension's _locales by name, with its
// arguments: page content (a headline's title, an industry keyword) that
// the reader's language puts in as text, never as HTML.
type Message struct {
	Key  string   `json:"key"`
	Args []string `json:"args,omitempty"`
}

// ValidKey reports whether s can name a message in _locales: an ASCII
// letter, then at most 63 ASCII letters, digits and underscores.
func ValidKey(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		case i > 0 && (c >= '0' && c <= '9' || c == '_'):
		default:
			return false
		}
	}
	return true
}
