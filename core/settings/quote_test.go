package settings

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQuote(t *testing.T) {
	// Printable text is quoted as strconv.Quote quotes it.
	for _, s := range []string{"", "Strict", `say "hi"`, `C:\path`, "Jürgen Groß", "名前", "tab\there", "line\nbreak", "emoji 🙂"} {
		assert.Equal(t, strconv.Quote(s), quote(s), s)
	}
	// What cannot be seen is shown as an escape.
	for in, want := range map[string]string{
		"a\u200bb":      `"a\u200bb"`,
		"\x00x\x7f":     `"\u0000x\u007f"`,
		"rtl\u202e":     `"rtl\u202e"`,
		"tag\U000e0041": `"tag\U000e0041"`,
		"bad\xff":       `"bad\ufffd"`,
	} {
		assert.Equal(t, want, quote(in), "%q", in)
	}
}
