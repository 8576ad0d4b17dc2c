package settings

import (
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCheckPerson(t *testing.T) {
	ok := []string{
		"Ada Lovelace", "ada", "linkedin.com/in/ada", "O'Brien: the real one",
		"https://www.linkedin.com/in/ada-lovelace-123/",
		"HTTP://LinkedIn.com/in/ADA", "https://x.com/ada?ref=1#top",
		"https://www.facebook.com/profile.php?id=1000", "https://bücher.example/in/ä",
		"https://example.com:8443/in/x",
	}
	for _, v := range ok {
		assert.Empty(t, checkPerson(v), v)
	}
	bad := map[string]string{
		"mailto://x":                              "must be a name or an http(s) profile URL",
		"ftp://x.com":                             "must be a name or an http(s) profile URL",
		"://x.com":                                "must be a name or an http(s) profile URL",
		"https://":                                "not a valid profile URL",
		"https://user@x.com/in/a":                 "not a valid profile URL",
		"https://x.com/in/a b":                    "not a valid profile URL",
		"https://x .com":                          "not a valid profile URL",
		"https://x.com:80a/":                      "not a valid profile URL",
		"https://x.com/%2":                        "not a valid profile URL",
		"https://[::1]/in/a":                      "not a valid profile URL",
		"https://x.com\\@evil.com/":               "not a valid profile URL",
		"https://-x.com/":                         "not a valid profile URL",
		"https://x.com:123456/":                   "not a valid profile URL",
		"https://x.com/in/" + "a\u007fb":          "not a valid profile URL",
		"https://x.com?q=" + "%" + "GG":           "not a valid profile URL",
		"https://x.com#" + strings.Repeat("%", 1): "not a valid profile URL",
	}
	for v, want := range bad {
		assert.Equal(t, want, checkPerson(v), v)
	}
}

// Every URL checkPerson accepts also parses with net/url, with a host.
func FuzzCheckPersonAgreesWithNetURL(f *testing.F) {
	for _, s := range []string{"https://www.linkedin.com/in/ada/", "http://x.com:80/a?b#c", "https://bücher.example/ä", "https://a_b.c/%41"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.Contains(s, "://") || checkPerson(s) != "" {
			return
		}
		u, err := url.Parse(s)
		if err != nil {
			t.Fatalf("accepted %q but net/url refuses it: %v", s, err)
		}
		if u.Host == "" {
			t.Fatalf("accepted %q but net/url finds no host", s)
		}
	})
}
