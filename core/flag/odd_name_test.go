package flag

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/identity"
	"github.com/vetted/vetted/core/text"
)

// TestPlaceholderIsByNameKey checks that placeholder, which builds the
// name key on the stack, says of every name what comparing
// identity.NameKey with the placeholder names says.
func TestPlaceholderIsByNameKey(t *testing.T) {
	names := []string{"", "A", "Ada Lovelace", "Lt. Gen. James Walker", "Chris P.", "王伟", "JOHN SMITH",
		strings.Repeat("a", 40), "john doe jane doe test user admin", "  test   user ", "Firstname-Lastname"}
	for _, p := range placeholderNames {
		names = append(names, p, strings.ToUpper(p), " "+p+" ", strings.ReplaceAll(p, " ", ". "),
			strings.ReplaceAll(p, " ", "  -  "), p+"!", "Dr. "+p, p+" x", "x"+p)
	}
	for _, n := range names {
		folded := text.Fold(n)
		want := false
		for _, p := range placeholderNames {
			want = want || identity.NameKey(folded) == p
		}
		assert.Equal(t, want, placeholder(folded), n)
	}
	assert.True(t, placeholder(text.Fold("John   Doe!")))
	assert.False(t, placeholder(text.Fold("John Doering")))
}
