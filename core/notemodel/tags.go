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
// e-mail address, a phone number, a handle, an amount, a percentage, the
// concepts of the lexicon it holds and their pairs (concepts.go), and a
// length class. One pass over the bytes finds what the scanners of package
// text then need to confirm (a dot, an @, enough digits).
func Tags(folded string, dst []uint32) []uint32 {
	handle, amount, percent := false, false, false
	dots, ats, digits, words := 0, 0, 0, 0 // dots: followed by a letter or digit, as in a host name
	prev := byte(' ')
	for i := 0; i < len(folded); i++ {
		c := folded[i]
		next := byte(0)
		if i+1 < len(folded) {
			next = folded[i+1]
		}
		switch {
		case isDigit(c):
			digits++
		case c == '.' || c == ':':
			if isWordByte(next) || c == ':' && next == '/' {
				dots++ // a host name's dot, or a scheme's "://"
			}
		case c == '@':
			ats++
			handle = handle || prev == ' ' && isLetter(next)
		case c == '$' && isDigit(next),
			c == '\xe2' && i+3 < len(folded) && isDigit(folded[i+3]), // € is e2 82 ac
			c == '\xc2' && i+2 < len(folded) && isDigit(folded[i+2]): // £ is c2 a3
			amount = true
		case c == '%' && isDigit(prev):
			percent = true
		}
		if wordByte(c) && !wordByte(prev) {
			words++
		}
		prev = c
	}
	if dots > 0 {
		if _, _, ok := text.NextURL(folded, 0); ok {
			dst = append(dst, tagURL)
		}
	}
	if ats > 0 && dots > 0 {
		if _, _, ok := text.NextEmail(folded, 0); ok {
			dst = append(dst, tagEmail)
		}
	}
	if digits >= 8 {
		if _, _, ok := text.NextPhone(folded, 0); ok {
			dst = append(dst, tagPhone)
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
	dst = appendConcepts(folded, dst)
	if words == 0 {
		return append(dst, tagEmpty)
	}
	k := len(lenLimits)
	for i, l := range lenLimits {
		if words <= l {
			k = i
			break
		}
	}
	return append(dst, tagLen[k])
}

// wordByte reports whether a byte of folded text belongs to a word, for
// counting words: ASCII letters and digits, and every byte of a non-ASCII
// rune (most of them are letters in the notes that matter).
func wordByte(c byte) bool { return isWordByte(c) || c >= 0x80 }

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || c >= 0x80 }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
