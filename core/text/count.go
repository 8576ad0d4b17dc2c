package text

import (
	"unicode"
	"unicode/utf8"
)

// Counts are simple facts about a text, gathered in one pass by Count.
type Counts struct {
	Runes     int // visible runes (invisible characters not counted)
	Letters   int
	Upper     int // upper-case and title-case letters
	Lower     int
	Digits    int
	Emoji     int // emoji and pictographic symbols
	Words     int // runs of letters and digits
	MaxRepeat int // longest run of the same letter or digit, case-insensitive ("Joooohn": 4)
}

// Count returns the Counts of s. Invalid UTF-8 bytes are skipped.
func Count(s string) Counts {
	if isASCII(s) {
		return countASCII(s)
	}
	var c Counts
	var prev rune = -1
	run := 0
	inWord := false
	for _, r := range s {
		if r == utf8.RuneError || invisible(r) {
			continue
		}
		c.Runes++
		word := IsWord(r)
		if word && !inWord {
			c.Words++
		}
		inWord = word
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z':
				c.Letters++
				c.Lower++
			case 'A' <= r && r <= 'Z':
				c.Letters++
				c.Upper++
				r += 'a' - 'A'
			case '0' <= r && r <= '9':
				c.Digits++
			}
		case unicode.IsLetter(r):
			c.Letters++
			if unicode.IsUpper(r) || unicode.IsTitle(r) {
				c.Upper++
				r = unicode.ToLower(r)
			} else if unicode.IsLower(r) {
				c.Lower++
			}
		case unicode.IsDigit(r):
			c.Digits++
		case IsEmoji(r):
			c.Emoji++
		}
		if !word {
			prev, run = -1, 0
			continue
		}
		if r == prev {
			run++
		} else {
			prev, run = r, 1
		}
		if run > c.MaxRepeat {
			c.MaxRepeat = run
		}
	}
	return c
}

// IsEmoji reports whether r is an emoji or pictographic symbol (the
// Miscellaneous Symbols, Dingbats and the emoji planes, regional indicators
// included), not a letter styled to look like one.
func IsEmoji(r rune) bool {
	switch {
	case r < 0x2190:
		return false
	case r >= 0x1F300 && r <= 0x1FAFF, r >= 0x1F1E6 && r <= 0x1F1FF,
		r >= 0x2600 && r <= 0x27BF, r >= 0x1F000 && r <= 0x1F0FF,
		r >= 0x1F191 && r <= 0x1F1AD, r >= 0x2B05 && r <= 0x2B55,
		r >= 0x231A && r <= 0x23FF, r == 0x3030, r == 0x303D, r == 0x3297, r == 0x3299:
		return true
	}
	return false
}

// countASCII is Count for plain ASCII text.
func countASCII(s string) Counts {
	var c Counts
	var prev byte
	run := 0
	inWord := false
	for i := 0; i < len(s); i++ {
		b := s[i]
		c.Runes++
		switch {
		case 'a' <= b && b <= 'z':
			c.Letters++
			c.Lower++
		case 'A' <= b && b <= 'Z':
			c.Letters++
			c.Upper++
			b += 'a' - 'A'
		case '0' <= b && b <= '9':
			c.Digits++
		default:
			inWord, prev, run = false, 0, 0
			continue
		}
		if !inWord {
			c.Words++
			inWord = true
		}
		if b == prev {
			run++
		} else {
			prev, run = b, 1
		}
		c.MaxRepeat = max(c.MaxRepeat, run)
	}
	return c
}
