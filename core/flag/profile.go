package flag

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// profileKey is a profile URL reduced to what identifies the person: the
// site's domain (the last two labels of the host, so the scheme, "www.",
// "m." and country subdomains do not matter) and the lower-case path
// without a trailing slash, query or fragment. A Facebook-style
// "profile.php?id=N" keeps its id.
type profileKey struct {
	domain, path string
}

// isURL reports whether a blocked or trusted entry is a URL rather than a
// name.
func isURL(s string) bool {
	s = strings.TrimSpace(s)
	return strings.Contains(s, "://") || strings.HasPrefix(s, "www.") || strings.HasPrefix(s, "/")
}

// parseProfile reduces a URL to a profileKey; ok is false when no path is
// left.
func parseProfile(u string) (k profileKey, ok bool) {
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
	host, path := "", s
	if !strings.HasPrefix(s, "/") {
		host, path = s, ""
		if i := strings.IndexByte(s, '/'); i >= 0 {
			host, path = s[:i], s[i:]
		}
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.IndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	k.domain = lastLabels(host, 2)
	k.path = strings.TrimRight(path, "/")
	if strings.HasSuffix(k.path, "/profile.php") {
		for query != "" {
			var part string
			part, query, _ = strings.Cut(query, "&")
			if v, ok := strings.CutPrefix(part, "id="); ok && v != "" {
				k.path += "?id=" + v
				break
			}
		}
	}
	return k, k.path != ""
}

// same reports whether two keys name the same profile: the same path on
// the same domain, or on any domain when one of them has none.
func (k profileKey) same(o profileKey) bool {
	return k.path == o.path && (k.domain == o.domain || k.domain == "" || o.domain == "")
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

// nameKey reduces a folded name to the form names are compared in: words
// of letters and digits separated by single spaces (so "O'Connor" and
// "O Connor", "Ashdown-Clarke" and "Ashdown Clarke" compare equal).
func nameKey(folded string) string {
	if plainName(folded) {
		return folded
	}
	var b strings.Builder
	b.Grow(len(folded))
	gap := false
	for _, r := range folded {
		if !text.IsWord(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// plainName reports whether a folded name is already a name key: ASCII
// letters and digits in words separated by single spaces.
func plainName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
			continue
		}
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}
