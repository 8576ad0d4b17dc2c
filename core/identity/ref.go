package identity

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// Ref is a profile URL reduced to what identifies the person: the site's
// domain (the last two labels of the host, so the scheme, "www.", "m.",
// country subdomains, a port and user info do not matter) and the path in
// lower case, %XX-decoded, without a trailing slash, query or fragment. A
// Facebook-style "profile.php?id=N" keeps its id.
type Ref struct {
	domain, path string
}

// IsURL reports whether a list entry (trusted or blocked people) is a
// profile URL, absolute or site-relative, rather than a name.
func IsURL(s string) bool {
	s = strings.TrimSpace(s)
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}

// ParseRef reduces a URL, absolute or site-relative ("/in/ada"), to a Ref;
// ok is false when no path is left.
func ParseRef(u string) (ref Ref, ok bool) {
	s := strings.ToLower(strings.TrimSpace(u))
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	query := ""
	if i := strings.IndexByte(s, '?'); i >= 0 {
		s, query = s[:i], s[i+1:]
	}
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	} else {
		s = strings.TrimPrefix(s, "//")
	}
	host, path := s, ""
	if i := strings.IndexByte(s, '/'); i >= 0 {
		host, path = s[:i], s[i:]
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	ref.domain = text.LastLabels(host, 2)
	ref.path = unescape(strings.TrimRight(path, "/"))
	if strings.HasSuffix(ref.path, "/profile.php") {
		if id := queryValue(query, "id"); id != "" {
			ref.path += "?id=" + id
		}
	}
	return ref, ref.path != ""
}

// Same reports whether two references name the same profile: the same
// path, on the same domain unless one of them has none.
func (r Ref) Same(o Ref) bool {
	return r.path == o.path && (r.domain == o.domain || r.domain == "" || o.domain == "")
}

// Key is the reference as one string, for maps: equal keys are the Same
// profile when both have a domain.
func (r Ref) Key() string { return r.domain + r.path }

// queryValue returns the value of key in a raw query string.
func queryValue(query, key string) string {
	for query != "" {
		var part string
		part, query, _ = strings.Cut(query, "&")
		if k, v, _ := strings.Cut(part, "="); k == key {
			return v
		}
	}
	return ""
}

// unescape decodes %XX escapes, leaving malformed ones as they are.
func unescape(s string) string {
	if strings.IndexByte(s, '%') < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && unhex(s[i+1]) >= 0 && unhex(s[i+2]) >= 0 {
			b = append(b, byte(unhex(s[i+1])<<4|unhex(s[i+2])))
			i += 2
			continue
		}
		b = append(b, s[i])
	}
	return strings.ToLower(string(b))
}

// unhex returns the value of a hexadecimal digit, or -1.
func unhex(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}
