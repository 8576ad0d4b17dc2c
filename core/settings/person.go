package settings

import "strings"

// checkPerson checks a trusted or blocked entry: a name, or a profile URL.
// An entry with "://" must be an http or https URL with a host and no
// spaces; anything else is taken as a name. It returns "" when the entry is
// fine, or the message to show.
//
// This is a small stand-in for net/url.Parse, which would pull fmt and os
// (about 0.9 MB) into the WebAssembly build; the tests check that every URL
// accepted here also parses with net/url.
func checkPerson(v string) string {
	i := strings.Index(v, "://")
	if i < 0 {
		return ""
	}
	scheme := strings.ToLower(v[:i])
	if scheme != "http" && scheme != "https" {
		return "must be a name or an http(s) profile URL"
	}
	if !validURLRest(v[i+3:]) {
		return "not a valid profile URL"
	}
	return ""
}

// validURLRest checks what follows "scheme://": a host made of letters,
// digits, dots, hyphens and an optional port, then an optional path,
// query and fragment with no spaces and well-formed percent escapes.
func validURLRest(rest string) bool {
	end := strings.IndexAny(rest, "/?#")
	host, tail := rest, ""
	if end >= 0 {
		host, tail = rest[:end], rest[end:]
	}
	if !validHost(host) {
		return false
	}
	for i := 0; i < len(tail); i++ {
		c := tail[i]
		switch {
		case c <= ' ' || c == 0x7f || c == '\\':
			return false
		case c == '%':
			if i+2 >= len(tail) || !isHex(tail[i+1]) || !isHex(tail[i+2]) {
				return false
			}
		}
	}
	return true
}

// validHost accepts "name.example", "name.example:8080" and internationalised
// names; it refuses empty hosts, user info and stray characters.
func validHost(h string) bool {
	if p := strings.LastIndexByte(h, ':'); p >= 0 {
		port := h[p+1:]
		for i := 0; i < len(port); i++ {
			if port[i] < '0' || port[i] > '9' {
				return false
			}
		}
		if len(port) > 5 {
			return false
		}
		h = h[:p]
	}
	if h == "" || h[0] == '.' || h[0] == '-' {
		return false
	}
	for _, r := range h {
		switch {
		case r == '.' || r == '-' || r == '_':
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		case r > 0x7f && r != 0xfffd && !isSpaceRune(r):
		default:
			return false
		}
	}
	return true
}

// isSpaceRune reports Unicode spaces that cannot be part of a host.
func isSpaceRune(r rune) bool {
	return r == 0x85 || r == 0xa0 || r == 0x1680 || (r >= 0x2000 && r <= 0x200a) ||
		r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000
}

// isHex reports whether c is a hexadecimal digit.
func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}
