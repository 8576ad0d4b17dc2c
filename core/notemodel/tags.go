package notemodel

import (
	"github.com/vetted/vetted/core/text"
)

// The structural tags: facts about a note that its words do not show.
var (
	tagURL     = TagHash("url")
	tagEmail   = TagHash("email")
	tagPhone   = TagHash("phone")
	tagHandle  = TagHash("handle")  // @name
	tagAmount  = TagHash("amount")  // a currency sign before a number
	tagPercent = TagHash("percent") // a number before %
	tagEmpty   = TagHash("len:0")
	tagLen     = [...]uint32{TagHash("len:1"), TagHash("len:2"), TagHash("len:3"), TagHash("len:4")}
)

// lenLimits are the word counts that end each length class: up to 6
// words, 20, 50, and longer.
var lenLimits = [...]int{6, 20, 50}

// Tags appends the structural tags of a folded note to dst: a link, an
// e-mail address, a phone number, a handle, an amount, a percentage and a
// length class.
func Tags(folded string, dst []uint32) []uint32 {
	if _, _, ok := text.NextURL(folded, 0); ok {
		dst = append(dst, tagURL)
	}
	if _, _, ok := text.NextEmail(folded, 0); ok {
		dst = append(dst, tagEmail)
	}
	if _, _, ok := text.NextPhone(folded, 0); ok {
		dst = append(dst, tagPhone)
	}
	handle, amount, percent := false, false, false
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		next := byte(0)
		if i+1 < len(folded) {
			next = folded[i+1]
		}
		prev := byte(' ')
		if i > 0 {
			prev = folded[i-1]
		}
		switch {
		case c == '@' && prev == ' ' && isLetter(next):
			handle = true
		case (c == '$' || c == '#') && isDigit(next), c == '\xe2' && i+3 < len(folded) && isDigit(folded[i+3]), c == '\xc2' && i+2 < len(folded) && isDigit(folded[i+2]):
			// $, and € (e2 82 ac) or £ (c2 a3) before a digit
			amount = amount || c != '#'
		case c == '%' && isDigit(prev):
			percent = true
		}
	}
	if handle {
		dst = append(dst, tagHandle)
	}
	if amount {
		dst = append(dst, tagAmount)
	}
	if percent {
		dst = append(dst, tagPercent)
	}
	n := 0
	for _, j, ok := text.NextWord(folded, 0); ok; _, j, ok = text.NextWord(folded, j) {
		n++
		if n > lenLimits[len(lenLimits)-1] {
			break
		}
	}
	if n == 0 {
		return append(dst, tagEmpty)
	}
	k := len(lenLimits)
	for i, l := range lenLimits {
		if n <= l {
			k = i
			break
		}
	}
	return append(dst, tagLen[k])
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
