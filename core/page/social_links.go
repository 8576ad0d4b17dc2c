package page

import "strings"

// Profile links of Facebook, X, Instagram and Xing: parsers that turn an
// href into a canonical profile URL or a key.

// facebookReserved are first path segments of Facebook that are not
// profiles.
var facebookReserved = []string{
	"friends", "groups", "pages", "events", "watch", "marketplace", "gaming", "messages",
	"notifications", "settings", "help", "photo", "photo.php", "story.php", "login", "hashtag", "reel", "stories",
}

// facebookID returns the profile a Facebook link points to: a numeric id
// (profile_id or id parameter) or a user name; numeric is true for ids.
func facebookID(href string) (id string, numeric bool) {
	l, ok := parseLink(href)
	if !ok || l.host != "" && !onHost(l.host, "facebook.com") {
		return "", false
	}
	for _, p := range []string{"profile_id", "id"} {
		if v := param(l.query, p); v != "" && isDigits(v) {
			return v, true
		}
	}
	segs := segments(l.path)
	if len(segs) == 0 || isAny(segs[0], facebookReserved) || !isUserName(segs[0], ".") {
		return "", false
	}
	return segs[0], false
}

// facebookProfile normalises a Facebook profile link.
func facebookProfile(href string) (string, bool) {
	id, numeric := facebookID(href)
	switch {
	case id == "":
		return "", false
	case numeric:
		return "https://www.facebook.com/profile.php?id=" + id, true
	}
	return "https://www.facebook.com/" + id, true
}

// facebookKey keys a friend request by its sender: "facebook:100012345678901".
func facebookKey(href string) (string, bool) {
	id, _ := facebookID(href)
	return "facebook:" + strings.ToLower(id), id != ""
}

// xReserved are first path segments of X that are not profiles.
var xReserved = []string{
	"i", "home", "explore", "notifications", "messages", "settings", "search", "compose",
	"follower_requests", "login", "logout", "tos", "privacy", "hashtag", "intent", "share",
}

// xHandle returns the handle an X link points to (without "@").
func xHandle(href string) (string, bool) {
	l, ok := parseLink(href)
	if !ok || l.host != "" && !onHost(l.host, "x.com") && !onHost(l.host, "twitter.com") {
		return "", false
	}
	segs := segments(l.path)
	if len(segs) != 1 || isAny(segs[0], xReserved) || len(segs[0]) > 15 || !isUserName(segs[0], "") {
		return "", false
	}
	return segs[0], true
}

// xProfile normalises an X profile link: https://x.com/<handle>.
func xProfile(href string) (string, bool) {
	h, ok := xHandle(href)
	return "https://x.com/" + h, ok
}

// xKey keys a follower request by handle: "x:@jane_doe".
func xKey(href string) (string, bool) {
	h, ok := xHandle(href)
	return "x:@" + strings.ToLower(h), ok
}

// xAvatarKey reads the handle from an avatar's test id
// ("UserAvatar-Container-jane_doe").
func xAvatarKey(testID string) (string, bool) {
	h, ok := strings.CutPrefix(testID, "UserAvatar-Container-")
	if !ok || h == "" || len(h) > 15 || !isUserName(h, "") {
		return "", false
	}
	return "x:@" + strings.ToLower(h), true
}

// handleKey keys by a displayed "@handle".
//
// It is not inlined: each inlined call would carry its own copy of the
// function it returns (core.wasm's size).
//
//go:noinline
func handleKey(site string) func(string) (string, bool) {
	return func(text string) (string, bool) {
		h, ok := strings.CutPrefix(strings.TrimSpace(text), "@")
		if !ok || h == "" || len(h) > 30 || !isUserName(h, ".") {
			return "", false
		}
		return site + ":@" + strings.ToLower(h), true
	}
}

// notHandle rejects a displayed "@handle" (to read a display name).
func notHandle(text string) (string, bool) {
	return text, !strings.HasPrefix(strings.TrimSpace(text), "@")
}

// instagramReserved are first path segments of Instagram that are not
// profiles.
var instagramReserved = []string{"accounts", "explore", "direct", "reels", "reel", "p", "stories", "about", "legal", "developer", "web"}

// instagramUser returns the user name an Instagram link points to.
func instagramUser(href string) (string, bool) {
	l, ok := parseLink(href)
	if !ok || l.host != "" && !onHost(l.host, "instagram.com") {
		return "", false
	}
	segs := segments(l.path)
	if len(segs) != 1 || isAny(segs[0], instagramReserved) || len(segs[0]) > 30 || !isUserName(segs[0], ".") {
		return "", false
	}
	return segs[0], true
}

// instagramProfile normalises an Instagram profile link.
func instagramProfile(href string) (string, bool) {
	u, ok := instagramUser(href)
	return "https://www.instagram.com/" + u + "/", ok
}

// instagramKey keys a follow request by user name: "instagram:@jane.doe".
func instagramKey(href string) (string, bool) {
	u, ok := instagramUser(href)
	return "instagram:@" + strings.ToLower(u), ok
}

// xingPath returns the profile name of a Xing profile link
// ("/profile/Jana_Schmidt2").
func xingPath(href string) (string, bool) {
	l, ok := parseLink(href)
	if !ok || l.host != "" && !onHost(l.host, "xing.com") {
		return "", false
	}
	segs := segments(l.path)
	for i := 0; i+1 < len(segs); i++ {
		if segs[i] == "profile" && isUserName(segs[i+1], ".-") {
			return segs[i+1], true
		}
	}
	return "", false
}

// xingProfile normalises a Xing profile link.
func xingProfile(href string) (string, bool) {
	p, ok := xingPath(href)
	return "https://www.xing.com/profile/" + p, ok
}

// xingKey keys a contact request by profile: "xing:profile/jana_schmidt2".
func xingKey(href string) (string, bool) {
	p, ok := xingPath(href)
	return "xing:profile/" + strings.ToLower(p), ok
}

// isUserName reports whether s is made of ASCII letters, digits, "_" and
// the extra characters allowed.
func isUserName(s, extra string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' || strings.IndexByte(extra, c) >= 0) {
			return false
		}
	}
	return true
}

func isDigits(s string) bool {
	if s == "" || len(s) > 30 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
