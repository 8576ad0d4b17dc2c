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

// nameSymbols, a literal table, holds exactly the symbols its doc lists.
func TestNameSymbolsTable(t *testing.T) {
	const symbols = "<>{}[]=\\|#$%^*~_@"
	for c := 0; c < 256; c++ {
		assert.Equal(t, strings.IndexByte(symbols, byte(c)) >= 0, nameSymbols[c], "%q", rune(c))
	}
	assert.True(t, hasNameSymbol("Jane_Doe"))
	assert.False(t, hasNameSymbol("Jane O'Doe-Smith"))
}

// DuplicateNote's evidence is shared for the counts most pages show and
// made afresh beyond them; both say the count.
func TestSameNoteEvidence(t *testing.T) {
	assert.Equal(t, []string{"the same note came from 2 senders on this page"}, sameNoteEvidenceOf(2))
	assert.Equal(t, []string{"the same note came from 49 senders on this page"}, sameNoteEvidenceOf(49))
	assert.Equal(t, []string{"the same note came from 50 senders on this page"}, sameNoteEvidenceOf(50))
	assert.Equal(t, []string{"the same note came from 1000 senders on this page"}, sameNoteEvidenceOf(1000))
	a, b := sameNoteEvidenceOf(7), sameNoteEvidenceOf(7)
	assert.Same(t, &a[0], &b[0], "shared, not made per card")
	assert.True(t, isPlaceholder(placeholderNames[0]))
	assert.False(t, isPlaceholder("jordan avery"))
}
