package verdict

import "strings"

// profileRef is a profile URL reduced to what identifies the person: the
// site's domain (the last two labels of the host, so www., m. and country
// subdomains do not matter) and the path in lower case without a trailing
// slash. A Facebook-style "profile.php?id=N" keeps its id.
type profileRef struct {
	domain, path string
}

// parseProfile reduces a URL, absolute or site-relative ("/in/ada"), to a
// profileRef; ok is false when nothing usable is left.
func parseProfile(u string) (ref profileRef, ok bool) {
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
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	ref.domain = lastLabels(host, 2)
	ref.path = unescape(strings.TrimRight(path, "/"))
	if strings.HasSuffix(ref.path, "/profile.php") {
		if id := queryValue(query, "id"); id != "" {
			ref.path += "?id=" + id
		}
	}
	return ref, ref.path != ""
}

// samePerson reports whether two profile references name the same
// profile: the same path, on the same domain unless one of them has none.
func (r profileRef) samePerson(o profileRef) bool {
	return r.path == o.path && (r.domain == o.domain || r.domain == "" || o.domain == "")
}

// lastLabels returns the last n dot-separated labels of host.
func lastLabels(host string, n int) string {
	i := len(host)
	for ; n > 0; n-- {
		j := strings.LastIndexByte(host[:i], '.')
		if j < 0 {
			return host
		}
		i = j
	}
	return host[i+1:]
}

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

// isURL reports whether a trusted entry is a profile URL (absolute or
// site-relative) rather than a name.
func isURL(s string) bool {
	return strings.Contains(s, "://") || strings.HasPrefix(strings.TrimSpace(s), "/")
}
