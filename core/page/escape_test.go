package page

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestEscapesAsReplacer: sanitize and escapeMarkup, written by hand to keep
// strings.Replacer out of core.wasm, replace as the replacers did.
func TestEscapesAsReplacer(t *testing.T) {
	snap := strings.NewReplacer(snapSep, "\uFFFD", snapAbsent, "\uFFFD")
	markup := strings.NewReplacer("&", "&amp;", "'", "&#39;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "\r", "&#13;")
	for _, s := range []string{"", "plain", "a\x00b\x01c", "\x00\x00", "ünï\x01 ✓ \xff\x00", `<a href="x">Tom & 'Jerry'</a>` + "\r\n", "&amp;&", "\xe2\x00\x82"} {
		assert.Equal(t, snap.Replace(s), sanitize(s), "%q", s)
		assert.Equal(t, markup.Replace(s), escapeMarkup(s), "%q", s)
	}
}
