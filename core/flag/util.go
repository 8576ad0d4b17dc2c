package flag

import (
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/text"
)

// scale returns the strength of a rule that found n different signs:
// one, two and three or more map to the given strengths.
func scale(n int, one, two, more float64) float64 {
	switch {
	case n <= 0:
		return 0
	case n == 1:
		return one
	case n == 2:
		return two
	}
	return more
}

// isPerson reports whether the card comes from a person (identity rules
// do not apply to pages, newsletters, events and groups).
func isPerson(c *card.Card) bool { return c.IsPerson() }

// personalMailHosts are the free mail providers whose addresses are
// personal rather than a company's.
var personalMailHosts = []string{
	"gmail.", "googlemail.", "yahoo.", "ymail.", "hotmail.", "outlook.", "live.", "msn.",
	"icloud.", "me.com", "mac.com", "aol.", "proton.me", "protonmail.", "pm.me", "gmx.",
	"web.de", "mail.ru", "yandex.", "qq.com", "163.com", "126.com", "zoho.", "mail.com",
	"tutanota.", "tuta.", "t-online.de", "freenet.de", "rocketmail.",
}

// personalMail reports whether an e-mail address is at a free mail
// provider.
func personalMail(addr string) bool {
	host := addr[strings.LastIndexByte(addr, '@')+1:]
	for _, h := range personalMailHosts {
		if strings.HasPrefix(host, h) || strings.HasSuffix(h, ".com") && host == h {
			return true
		}
	}
	return false
}

// spanQuote quotes the original words of field f that fold to the folded
// span [i, j).
func (in *Input) spanQuote(f field, i, j int) string {
	return in.quoteAt(f, i, j-i)
}

// plural returns "1 thing" or "n things".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// words returns the words of a folded text (runs of letters and digits).
// It appends to dst to let callers reuse storage.
func words(dst []string, folded string) []string {
	for i, j, ok := text.NextWord(folded, 0); ok; i, j, ok = text.NextWord(folded, j) {
		dst = append(dst, folded[i:j])
	}
	return dst
}
