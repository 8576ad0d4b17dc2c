package text

import (
	"unicode"
	"unicode/utf8"
)

// Script is the writing system of a letter, as far as look-alike checks
// care: Latin, Cyrillic, Greek or another one.
type Script uint8

// The scripts ScriptOf tells apart.
const (
	NoScript Script = iota // not a letter
	Latin
	Cyrillic
	Greek
	OtherScript
)

// ScriptOf returns the script of r; NoScript for anything but a letter.
func ScriptOf(r rune) Script {
	switch {
	case r < utf8.RuneSelf:
		if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
			return Latin
		}
		return NoScript
	case r < 0x250 || r >= 0x1E00 && r < 0x1F00:
		if unicode.IsLetter(r) {
			return Latin
		}
		return NoScript
	case r >= 0x370 && r < 0x400 || r >= 0x1F00 && r < 0x2000:
		if unicode.IsLetter(r) {
			return Greek
		}
		return NoScript
	case r >= 0x400 && r < 0x530 || r >= 0x2DE0 && r < 0x2E00 || r >= 0xA640 && r < 0xA6A0:
		if unicode.IsLetter(r) {
			return Cyrillic
		}
		return NoScript
	}
	if unicode.Is(unicode.Latin, r) {
		return Latin
	}
	if unicode.IsLetter(r) {
		return OtherScript
	}
	return NoScript
}

// MixedScript reports whether one word of s (a run of letters and digits;
// invisible characters do not split it) mixes letters of more than one of
// Latin, Cyrillic and Greek, like "Раypal" with a Cyrillic "Ра".
func MixedScript(s string) bool {
	if isASCII(s) {
		return false
	}
	var seen Script // script seen in the current word; NoScript at a boundary
	for _, r := range s {
		if invisible(r) {
			continue
		}
		sc := ScriptOf(r)
		switch sc {
		case Latin, Cyrillic, Greek:
			if seen != NoScript && seen != OtherScript && seen != sc {
				return true
			}
			seen = sc
		case OtherScript:
			seen = OtherScript
		default:
			if !IsWord(r) {
				seen = NoScript
			}
		}
	}
	return false
}

// Fancy reports whether s uses styled letters that stand for plain Latin
// ones: mathematical bold, italic, script or double-struck letters and
// digits, fullwidth letters, circled or squared letters and small
// capitals, as in "𝐉𝐨𝐡𝐧" or "ＪＯＨＮ".
func Fancy(s string) bool {
	if isASCII(s) {
		return false
	}
	for _, r := range s {
		switch {
		case r < 0x1D00:
		case r >= 0x1D400 && r < 0x1D800,
			r >= 0xFF21 && r <= 0xFF3A, r >= 0xFF41 && r <= 0xFF5A,
			r >= 0x24B6 && r <= 0x24E9, r >= 0x1F130 && r < 0x1F18A,
			r >= 0x1D00 && r <= 0x1D22, r == 0xA730, r == 0xA731:
			return true
		}
		if r == 0x299 || r == 0x262 || r == 0x29C || r == 0x26A || r == 0x29F ||
			r == 0x274 || r == 0x280 || r == 0x28F {
			return true
		}
	}
	return false
}

// HasConfusable reports whether s has a character outside the Latin
// blocks that Fold turns into an ASCII letter or digit: a Cyrillic,
// Greek or Armenian look-alike, or a fullwidth, mathematical, circled or
// small-capital letter. Accented Latin letters do not count.
func HasConfusable(s string) bool {
	if isASCII(s) {
		return false
	}
	for _, r := range s {
		if r < 0x370 || r >= 0x1E00 && r < 0x1F00 {
			continue
		}
		x, y, ok := special(r)
		if !ok {
			if l := unicode.ToLower(r); l != r {
				x, y, ok = special(l)
			}
		}
		if ok && y == 0 && x > 0 && x < utf8.RuneSelf && isWordByte(byte(x)) {
			return true
		}
	}
	return false
}

// isASCII reports whether s is plain ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// IsASCII reports whether s is all ASCII (then no rune of it is hidden,
// styled or of another script).
func IsASCII(s string) bool { return isASCII(s) }
