package verdict

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/text"
)

func TestPhraseSetFindsOneByteKeywords(t *testing.T) {
	kw := newPhraseSet([]string{"R", " Go ", "", "Machine Learning"})
	assert.Equal(t, []string{"r", "go", "machine learning"}, kw.folded)
	assert.Equal(t, []string{"R", "Go", "Machine Learning"}, kw.shown)
	m := newMatcher(&kw)
	assert.Equal(t, 0, m.find(text.Fold("Statistician (R, Python)"))[0])
	assert.Equal(t, 1, m.find(text.Fold("Go developer"))[0])
	assert.Equal(t, 2, m.find(text.Fold("machine learning engineer, R"))[0], "first in text order")
	assert.Equal(t, -1, m.find(text.Fold("Rust and Gopher"))[0])
	assert.Equal(t, -1, m.find("")[0])
	assert.Equal(t, "", kw.shownAt(-1))
}
