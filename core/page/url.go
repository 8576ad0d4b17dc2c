package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vetted/vetted/core/card"
)

// link is a URL split into the parts adapters look at.
type link struct {
	host  string // lower-case, without port or user info; "" for a relative URL
	path  string // starts with "/" (or is empty)
	query string // without the "?"
}

// parseLink splits an absolute, protocol-relative or root-relative URL.
// It reads what a browser would navigate to: user info ("a@b") and ports
// are dropped from the host, the fragment is dropped. ok is false for
// other schemes (javascript:, data:, mailto:).
func parseLink(raw string) (l link, ok bool) {
	s := strings.TrimSpace(raw)
	if i := strings.IndexByte(s, '#'); i >= 0 {
		s = s[:i]
	}
	switch {
	case strings.HasPrefix(s, "//"):
		s = s[2:]
	case hasScheme(s, "https"), hasScheme(s, "http"):
		s = s[strings.Index(s, "://")+3:]
	case strings.Contains(s[:schemeEnd(s)], ":"):
		return link{}, false
	default:
		// Relative: the path (and query) only.
		if i := strings.IndexByte(s, '?'); i >= 0 {
			l.query = s[i+1:]
			s = s[:i]
		}
		l.path = s
		return l, true
	}
	end := strings.IndexAny(s, "/?")
	if end < 0 {
		end = len(s)
	}
	host := s[:end]
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 && !strings.Contains(host[i:], "]") {
		host = host[:i]
	}
	l.host = strings.TrimSuffix(strings.ToLower(host), ".")
	s = s[end:]
	if i := strings.IndexByte(s, '?'); i >= 0 {
		l.query = s[i+1:]
		s = s[:i]
	}
	l.path = s
	return l, true
}

// URLPath returns the path of an absolute, protocol-relative or
// root-relative URL, as the browser would navigate to it; ok is false for
// other schemes (javascript:, data:).
func URLPath(raw string) (path string, ok bool) {
	l, ok := parseLink(raw)
	return l.path, ok
}

func hasScheme(s, scheme string) bool {
	rest, ok := cutPrefixFold(s, scheme)
	return ok && strings.HasPrefix(rest, "://")
}

// schemeEnd is where a scheme would end: before the first "/", "?".
func schemeEnd(s string) int {
	if i := strings.IndexAny(s, "/?"); i >= 0 {
		return i
	}
	return len(s)
}

// onHost reports whether a host is domain or one of its subdomains.
//
// Not inlined: its copies at 9 calls cost core.wasm 4.6 KB.
//
//go:noinline
func onHost(host, domain string) bool {
	return host == domain || strings.HasSuffix(host, "."+domain)
}

// param returns the decoded value of a query parameter, or "".
func param(query, name string) string {
	for query != "" {
		var kv string
		kv, query, _ = strings.Cut(query, "&")
		k, v, _ := strings.Cut(kv, "=")
		if unescape(k, true) == name {
			return unescape(v, true)
		}
	}
	return ""
}

// unescape decodes %XX escapes, and "+" as a space when plus is set (in
// query strings); an invalid escape stays as written.
func unescape(s string, plus bool) string {
	if !strings.ContainsAny(s, "%+") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '+' && plus:
			b.WriteByte(' ')
		case c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]):
			b.WriteByte(unhex(s[i+1])<<4 | unhex(s[i+2]))
			i += 2
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c <= '9':
		return c - '0'
	case c <= 'F':
		return c - 'A' + 10
	}
	return c - 'a' + 10
}

// segments returns the non-empty segments of a path, as written (not
// decoded), without "." and "..".
func segments(path string) []string {
	var out []string
	for _, s := range strings.Split(path, "/") {
		if s != "" && s != "." && s != ".." {
			out = append(out, s)
		}
	}
	return out
}

// OwnProfile returns u when it may become a link to a person's profile on
// site: an https URL on one of the hosts the site's adapters read, with no
// user info or port, and no white space, quotes, angle brackets,
// backslashes, control or invisible formatting characters (zero-width
// spaces, direction overrides); else "". A page's profile links pass
// through the adapters' parsers already; this is the last word before
// Vetted offers a link.
func OwnProfile(site card.Site, u string) string {
	if site == "" || len(u) > maxProfileURL || !hasScheme(u, "https") {
		return ""
	}
	for _, r := range u {
		if r <= ' ' || r == 0x7f || strings.ContainsRune("\\\"'<>`", r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) || r == utf8.RuneError {
			return ""
		}
	}
	rest := u[len("https://"):]
	authority := rest
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		authority = rest[:i]
	}
	if authority == "" || strings.ContainsAny(authority, "@:") {
		return ""
	}
	host := strings.ToLower(authority)
	for _, a := range All {
		if a.Site != site {
			continue
		}
		for _, p := range a.URLs {
			if onHost(host, p.Host) {
				return u
			}
		}
	}
	return ""
}

// maxProfileURL is the longest profile URL Vetted links to.
const maxProfileURL = 2048
