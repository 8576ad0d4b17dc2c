package identity

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/text"
)

func TestParseRef(t *testing.T) {
	tests := []struct {
		in   string
		want Ref
		ok   bool
	}{
		{"https://www.linkedin.com/in/ada-lovelace/", Ref{"linkedin.com", "/in/ada-lovelace"}, true},
		{"HTTPS://DE.LinkedIn.com/in/Ada-Lovelace?trk=abc#x", Ref{"linkedin.com", "/in/ada-lovelace"}, true},
		{"http://linkedin.com:443/in/ada", Ref{"linkedin.com", "/in/ada"}, true},
		{"https://user@www.linkedin.com/in/ada", Ref{"linkedin.com", "/in/ada"}, true},
		{"/in/ada/", Ref{"", "/in/ada"}, true},
		{"//www.x.com/ada", Ref{"x.com", "/ada"}, true},
		{"https://www.linkedin.com/in/j%C3%BCrgen/", Ref{"linkedin.com", "/in/jürgen"}, true},
		{"https://www.linkedin.com/in/%zz", Ref{"linkedin.com", "/in/%zz"}, true},
		{"https://www.facebook.com/profile.php?id=1234&ref=x", Ref{"facebook.com", "/profile.php?id=1234"}, true},
		{"https://www.linkedin.com/", Ref{"linkedin.com", ""}, false},
		{"", Ref{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseRef(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestSame(t *testing.T) {
	a, _ := ParseRef("https://www.linkedin.com/in/ada")
	b, _ := ParseRef("/in/ada")
	c, _ := ParseRef("https://www.evil.com/in/ada")
	d, _ := ParseRef("https://www.linkedin.com/in/ada-2")
	assert.True(t, a.Same(b))
	assert.True(t, b.Same(a))
	assert.False(t, a.Same(c))
	assert.False(t, a.Same(d))

	tests := []struct {
		a, b string
		same bool
	}{
		{"https://www.linkedin.com/in/ada/", "http://linkedin.com/in/ada", true},
		{"https://de.linkedin.com/in/ada?trk=x#top", "linkedin.com/in/ADA", true},
		{"https://www.facebook.com/profile.php?id=42&ref=x", "https://m.facebook.com/profile.php?id=42", true},
		{"https://www.facebook.com/profile.php?id=42", "https://www.facebook.com/profile.php?id=43", false},
		{"https://www.linkedin.com/in/ada", "https://www.linkedin.com/in/ada-2", false},
		{"/in/ada", "https://www.linkedin.com/in/ada", true},
		{"https://x.com/ada", "https://www.linkedin.com/ada", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+" "+tt.b, func(t *testing.T) {
			a, ok1 := ParseRef(tt.a)
			b, ok2 := ParseRef(tt.b)
			require.True(t, ok1 && ok2)
			assert.Equal(t, tt.same, a.Same(b))
			if a.Key() == b.Key() {
				assert.True(t, a.Same(b), "equal keys are the same profile")
			}
		})
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://www.linkedin.com/in/ada": true,
		" www.linkedin.com/in/ada":        true,
		"/in/ada":                         true,
		"Ada Lovelace":                    false,
		"Ada.Lovelace":                    false,
	} {
		assert.Equal(t, want, IsURL(in), in)
	}
}

func TestNameKeyAndSameName(t *testing.T) {
	tests := []struct {
		name, trusted string
		same          bool
	}{
		{"Ada Lovelace", "Ada Lovelace", true},
		{"ADA  LOVELACE 🚀", "ada lovelace", true},
		{"Ada, Lovelace.", "Ada Lovelace", true},
		{"Adá Lovelace", "Ada Lovelace", true},
		{"O'Connor", "O Connor", true},
		{"Ada Lovelace Jr", "Ada Lovelace", false},
		{"Ada", "Ada Lovelace", false},
		{"Adam Lovelace", "Ada Lovelace", false},
		{"Ada Lovelacex", "Ada Lovelace", false},
		{"Ada Lovelace", "Ada Lovelacex", false},
		{"", "Ada", false},
		{"🚀", "Ada", false},
	}
	for _, tt := range tests {
		key := NameKey(text.Fold(tt.trusted))
		assert.Equal(t, tt.same, SameName(text.Fold(tt.name), key), "%q vs %q", tt.name, tt.trusted)
		assert.Equal(t, tt.same, NameKey(text.Fold(tt.name)) == key, "%q vs %q", tt.name, tt.trusted)
	}
	assert.Equal(t, "ada lovelace", NameKey("ada lovelace"), "a plain key is itself")
	assert.Equal(t, "", NameKey(" 🚀 "))
}
