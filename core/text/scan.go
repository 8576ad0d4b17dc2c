package text

import "strings"

// The scanners below find URLs, e-mail addresses and phone numbers in
// folded text (see Fold): lower case, single spaces, no invisible
// characters. Each returns the byte span [start, end) of the first match
// at or after from, or ok == false.

// tlds are the top-level domains a bare "name.tld" must end with to count
// as a link (so "Node.js" and "e.g." are not links). Sorted.
var tlds = []string{
	"ai", "app", "at", "au", "be", "biz", "by", "ca", "cc", "ch", "click", "club", "cn", "co",
	"com", "cz", "de", "dev", "es", "eu", "fr", "ga", "gd", "gl", "gq", "icu", "id", "in",
	"info", "io", "it", "kz", "li", "link", "live", "ly", "me", "ml", "mobi", "net", "nl",
	"online", "org", "pl", "pw", "ru", "se", "shop", "site", "su", "tk", "to", "top", "tv",
	"uk", "us", "vip", "ws", "xyz",
}

// isTLD reports whether s is one of tlds or a punycode label.
func isTLD(s string) bool {
	if strings.HasPrefix(s, "xn--") {
		return true
	}
	lo, hi := 0, len(tlds)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case tlds[m] == s:
			return true
		case tlds[m] < s:
			lo = m + 1
		default:
			hi = m
		}
	}
	return false
}

// isHostByte reports whether c may appear in a host name.
func isHostByte(c byte) bool {
	return isWordByte(c) || c == '-' || c == '.'
}

// isURLByte reports whether c may appear in the path or query of a link.
func isURLByte(c byte) bool {
	if isWordByte(c) || c >= 0x80 {
		return true
	}
	return strings.IndexByte("-._~:/?#[]@!$&'*+,;=%", c) >= 0
}

// NextURL finds the next link in folded text: anything starting with
// "http://", "https://" or "www.", or a bare host name whose last label is
// a known top-level domain or punycode ("bit.ly/x", "paypal-secure.xyz").
// Trailing punctuation is not part of the link.
func NextURL(s string, from int) (start, end int, ok bool) {
	if !mayHoldURL(s, max(from, 0)) {
		return 0, 0, false // most notes: no host name's dot, no scheme
	}
	return nextURL(s, from)
}

// nextURL is NextURL without the quick test for a text without links.
func nextURL(s string, from int) (start, end int, ok bool) {
	for i := max(from, 0); i < len(s); i++ {
		c := s[i]
		if !isWordByte(c) || wordBefore(s, i) || i > 0 && (s[i-1] == '@' || s[i-1] == '.') {
			continue
		}
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "http://"), strings.HasPrefix(rest, "https://"),
			strings.HasPrefix(rest, "hxxp://"), strings.HasPrefix(rest, "hxxps://"):
			j := i + strings.Index(rest, "://") + 3
			if e := urlEnd(s, j); e > j {
				return i, e, true
			}
			continue
		case strings.HasPrefix(rest, "www."):
			if e := urlEnd(s, i+4); e > i+4 {
				return i, e, true
			}
			continue
		}
		h := i
		for h < len(s) && isHostByte(s[h]) {
			h++
		}
		host := strings.TrimRight(s[i:h], ".-")
		if h < len(s) && s[h] == '@' {
			i = h
			continue
		}
		dot := strings.LastIndexByte(host, '.')
		if dot > 0 && isTLD(host[dot+1:]) && !strings.Contains(host, "..") {
			if host[dot-1] != '.' && host[dot-1] != '-' {
				return i, urlEnd(s, i), true
			}
		}
		i = h
	}
	return 0, 0, false
}

// mayHoldURL reports whether s from byte i on has what every link NextURL
// finds has: a dot before a letter or digit (a host name), "www." or "://".
func mayHoldURL(s string, i int) bool {
	for ; i+1 < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && (isWordByte(s[i+1]) || i >= 3 && s[i-3:i] == "www"),
			c == ':' && s[i+1] == '/':
			return true
		}
	}
	return false
}

// urlEnd returns where the link whose host starts at i ends.
func urlEnd(s string, i int) int {
	j := i
	for j < len(s) && isURLByte(s[j]) {
		j++
	}
	for j > i && strings.IndexByte(".,;:!?')]\"", s[j-1]) >= 0 {
		j--
	}
	return j
}

// URLHost returns the host of a link as NextURL finds it: without scheme,
// user, "www.", port, path, query or trailing dot.
func URLHost(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.LastIndexByte(u, '@'); i >= 0 {
		u = u[i+1:]
	}
	if i := strings.IndexByte(u, ':'); i >= 0 {
		u = u[:i]
	}
	u = strings.TrimSuffix(strings.ToLower(u), ".")
	return strings.TrimPrefix(u, "www.")
}

// LastLabels returns the last n dot-separated labels of a host:
// LastLabels("mail.example.co.uk", 2) is "co.uk"; the whole host when it
// has n labels or fewer.
func LastLabels(host string, n int) string {
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

// isLocalByte reports whether c may appear in the local part of an e-mail
// address.
func isLocalByte(c byte) bool {
	return isWordByte(c) || c == '.' || c == '_' || c == '-' || c == '+'
}

// NextEmail finds the next e-mail address ("name@host.tld") in folded
// text. The host must have a dot; "@handle" alone is not an address.
func NextEmail(s string, from int) (start, end int, ok bool) {
	for i := max(from, 0); i < len(s); {
		at := strings.IndexByte(s[i:], '@')
		if at < 0 {
			return 0, 0, false
		}
		at += i
		i = at + 1
		b := at
		for b > 0 && isLocalByte(s[b-1]) {
			b--
		}
		for b < at && !isWordByte(s[b]) {
			b++
		}
		if b == at {
			continue
		}
		e := at + 1
		for e < len(s) && isHostByte(s[e]) {
			e++
		}
		host := strings.TrimRight(s[at+1:e], ".-")
		dot := strings.LastIndexByte(host, '.')
		if dot <= 0 || len(host)-dot-1 < 2 || !isWordByte(host[0]) {
			continue
		}
		return b, at + 1 + len(host), true
	}
	return 0, 0, false
}

// NextPhone finds the next phone number in folded text: digits in groups
// separated by single spaces, dashes, dots or parentheses, with at least 8
// digits after a leading "+" or "00" and at least 9 otherwise (at most
// 15). Year ranges ("2019 - 2023"), salaries in thousands ("120 000") and
// numbers glued to letters are not phone numbers.
func NextPhone(s string, from int) (start, end int, ok bool) {
	if !hasDigits(s, max(from, 0), 8) {
		return 0, 0, false // fewer digits than any phone number has
	}
	return nextPhone(s, from)
}

// hasDigits reports whether s from byte i on holds at least n ASCII digits.
func hasDigits(s string, i, n int) bool {
	for ; i < len(s) && n > 0; i++ {
		if '0' <= s[i] && s[i] <= '9' {
			n--
		}
	}
	return n <= 0
}

// nextPhone is NextPhone without the quick count of digits.
func nextPhone(s string, from int) (start, end int, ok bool) {
	for i := max(from, 0); i < len(s); i++ {
		c := s[i]
		if !(c == '+' || c == '(' || '0' <= c && c <= '9') || wordBefore(s, i) {
			continue
		}
		if i > 0 && (s[i-1] == '+' || s[i-1] == '$' || s[i-1] == '.' || s[i-1] == ',') {
			continue
		}
		e, digits, groups, allThree := phoneRun(s, i)
		if e < len(s) && (isWordByte(s[e]) || s[e] == ',' && e+1 < len(s) && isWordByte(s[e+1])) {
			i = e
			continue
		}
		intl := c == '+' || strings.HasPrefix(s[i:], "00")
		need := 9
		if intl {
			need = 8
		}
		if digits >= need && digits <= 15 && (intl || c == '(' || s[i] == '0' || !(allThree && groups > 1)) {
			return i, e, true
		}
		if e > i {
			i = e - 1
		}
	}
	return 0, 0, false
}

// phoneRun scans a candidate phone number from i: its end, its digit
// count, its number of digit groups and whether every group after the
// first has exactly three digits (thousands separators).
func phoneRun(s string, i int) (end, digits, groups int, allThree bool) {
	allThree = true
	j := i
	if s[j] == '+' {
		j++
	}
	group, sep := 0, 0
	end = i
	for ; j < len(s); j++ {
		c := s[j]
		switch {
		case '0' <= c && c <= '9':
			if group == 0 {
				groups++
			}
			group++
			digits++
			sep = 0
			end = j + 1
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/':
			if group > 0 && groups > 1 && group != 3 {
				allThree = false
			}
			group = 0
			sep++
			if sep > 2 || c == '/' && sep > 1 {
				return end, digits, groups, allThree
			}
		default:
			if group > 0 && groups > 1 && group != 3 {
				allThree = false
			}
			return end, digits, groups, allThree
		}
	}
	if group > 0 && groups > 1 && group != 3 {
		allThree = false
	}
	return end, digits, groups, allThree
}
