package text

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// first returns the first match of a scanner, or "".
func first(scan func(string, int) (int, int, bool), s string) string {
	i, j, ok := scan(s, 0)
	if !ok {
		return ""
	}
	return s[i:j]
}

func TestNextURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"see https://example.com/a?b=1.", "https://example.com/a?b=1"},
		{"see http://x.io", "http://x.io"},
		{"visit www.acme.com today", "www.acme.com"},
		{"bit.ly/3abc", "bit.ly/3abc"},
		{"go to paypal-secure.xyz/login!", "paypal-secure.xyz/login"},
		{"(tinyurl.com/y6)", "tinyurl.com/y6"},
		{"xn--pypal-4ve.com", "xn--pypal-4ve.com"},
		{"i work with node.js and vue.js", ""},
		{"e.g. this, i.e. that", ""},
		{"u.s. citizen", ""},
		{"mail me at jo@gmail.com", ""},
		{"hxxps://evil.com", "hxxps://evil.com"},
		{"version 2.0 released", ""},
		{"end.", ""},
		{"https://", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, first(NextURL, tt.in))
		})
	}
}

func TestURLHost(t *testing.T) {
	assert.Equal(t, "linkedin.com", URLHost("https://www.linkedin.com/in/x?trk=1"))
	assert.Equal(t, "bit.ly", URLHost("bit.ly/abc"))
	assert.Equal(t, "evil.com", URLHost("http://user@evil.com:8080/x"))
	assert.Equal(t, "", URLHost(""))
}

func TestNextEmail(t *testing.T) {
	tests := []struct{ in, want string }{
		{"mail me: jane.doe+x@gmail.com.", "jane.doe+x@gmail.com"},
		{"ping @jane_doe on x", ""},
		{"a@b", ""},
		{"x@y.c", ""},
		{"(bob@hotmail.co.uk)", "bob@hotmail.co.uk"},
		{"@@ foo@bar.org", "foo@bar.org"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, first(NextEmail, tt.in))
		})
	}
}

func TestNextPhone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"call +44 7700 900123 now", "+44 7700 900123"},
		{"+1 (555) 123-4567", "+1 (555) 123-4567"},
		{"(555) 123-4567", "(555) 123-4567"},
		{"555-123-4567", "555-123-4567"},
		{"0049 170 1234567", "0049 170 1234567"},
		{"01701234567", "01701234567"},
		{"2019 - 2023", ""},
		{"2019-2023", ""},
		{"salary 120 000 - 150 000", ""},
		{"120.000.000", ""},
		{"$100,000 per year", ""},
		{"10 years, 500 clients", ""},
		{"id abc12345678", ""},
		{"1234567", ""},
		{"+49 30 1234", "+49 30 1234"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, first(NextPhone, tt.in))
		})
	}
}

func TestLastLabels(t *testing.T) {
	for _, tc := range []struct {
		host string
		n    int
		want string
	}{
		{"mail.example.co.uk", 2, "co.uk"},
		{"mail.example.co.uk", 3, "example.co.uk"},
		{"example.com", 2, "example.com"},
		{"localhost", 2, "localhost"},
		{"", 2, ""},
	} {
		assert.Equal(t, tc.want, LastLabels(tc.host, tc.n), "%s %d", tc.host, tc.n)
	}
}

// FuzzNextURLGate checks that NextURL's quick test never hides a link.
func FuzzNextURLGate(f *testing.F) {
	for _, s := range []string{"see bit.ly/x", "hxxps://evil", "www.example.com", "a.b", "mail jo@x.io", "1.2.3.4/x", "no link here.", "www.#"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, from int) {
		i, j, ok := NextURL(s, from)
		wi, wj, wok := nextURL(s, from)
		if i != wi || j != wj || ok != wok {
			t.Fatalf("NextURL(%q, %d) = %d %d %v, without the quick test %d %d %v", s, from, i, j, ok, wi, wj, wok)
		}
	})
}

// FuzzNextPhoneGate checks that NextPhone's quick count never hides a number.
func FuzzNextPhoneGate(f *testing.F) {
	for _, s := range []string{"call +44 7700 900123", "(020) 7946 0958", "0049 30 1234567", "born 1990", "12345678"} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, from int) {
		i, j, ok := NextPhone(s, from)
		wi, wj, wok := nextPhone(s, from)
		if i != wi || j != wj || ok != wok {
			t.Fatalf("NextPhone(%q, %d) = %d %d %v, without the quick count %d %d %v", s, from, i, j, ok, wi, wj, wok)
		}
	})
}
