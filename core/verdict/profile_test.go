package verdict

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseProfile(t *testing.T) {
	tests := []struct {
		in   string
		want profileRef
		ok   bool
	}{
		{"https://www.linkedin.com/in/ada-lovelace/", profileRef{"linkedin.com", "/in/ada-lovelace"}, true},
		{"HTTPS://DE.LinkedIn.com/in/Ada-Lovelace?trk=abc#x", profileRef{"linkedin.com", "/in/ada-lovelace"}, true},
		{"http://linkedin.com:443/in/ada", profileRef{"linkedin.com", "/in/ada"}, true},
		{"/in/ada/", profileRef{"", "/in/ada"}, true},
		{"//www.x.com/ada", profileRef{"x.com", "/ada"}, true},
		{"https://www.linkedin.com/in/j%C3%BCrgen/", profileRef{"linkedin.com", "/in/jürgen"}, true},
		{"https://www.linkedin.com/in/%zz", profileRef{"linkedin.com", "/in/%zz"}, true},
		{"https://www.facebook.com/profile.php?id=1234&ref=x", profileRef{"facebook.com", "/profile.php?id=1234"}, true},
		{"https://www.linkedin.com/", profileRef{"linkedin.com", ""}, false},
		{"", profileRef{}, false},
	}
	for _, tt := range tests {
		got, ok := parseProfile(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestSamePerson(t *testing.T) {
	a, _ := parseProfile("https://www.linkedin.com/in/ada")
	b, _ := parseProfile("/in/ada")
	c, _ := parseProfile("https://www.evil.com/in/ada")
	d, _ := parseProfile("https://www.linkedin.com/in/ada-2")
	assert.True(t, a.samePerson(b))
	assert.True(t, b.samePerson(a))
	assert.False(t, a.samePerson(c))
	assert.False(t, a.samePerson(d))
}
