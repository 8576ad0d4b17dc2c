package text

import (
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Fold returns the matching form of s: invisible, zero-width and bidi
// control characters removed; look-alike letters (Cyrillic, Greek,
// Armenian, fullwidth, small capitals, circled and mathematical letters and
// digits) folded to ASCII; accents stripped (é→e, ß→ss, ø→o, æ→ae);
// lower-cased; typographic quotes and dashes mapped to ASCII; and every run
// of white space or control characters collapsed to one space, trimmed.
// Invalid UTF-8 bytes are dropped. Fold is idempotent and never panics.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	buf := AppendFold(make([]byte, 0, len(s)+8), s)
	if len(buf) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// AppendFold appends the folded form of s (see Fold) to dst and returns
// the extended buffer, so callers can fold several texts into one
// allocation.
func AppendFold(dst []byte, s string) []byte {
	base := len(dst)
	buf := dst
	space := true // at the start, or just wrote a space: drop further spaces
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch f := asciiFold[c]; f {
			case ' ':
				if !space {
					buf = append(buf, ' ')
					space = true
				}
			default:
				buf = append(buf, f)
				space = false
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r == utf8.RuneError && n == 1 {
			continue
		}
		if r == '…' {
			buf = append(buf, "..."...)
			space = false
			continue
		}
		x, y := foldRune(r)
		switch x {
		case drop:
			continue
		case ' ':
			if !space {
				buf = append(buf, ' ')
				space = true
			}
			continue
		}
		buf = utf8.AppendRune(buf, x)
		if y != 0 {
			buf = utf8.AppendRune(buf, y)
		}
		space = false
	}
	if space && len(buf) > base {
		buf = buf[:len(buf)-1]
	}
	return buf
}

// asciiFold is the folded form of each ASCII byte: lower case, a space for
// white space and control characters, an apostrophe for the backtick.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c <= ' ' || c == 0x7f:
			t[c] = ' '
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c) + 'a' - 'A'
		case c == '`':
			t[c] = '\''
		default:
			t[c] = byte(c)
		}
	}
	return t
}()

// isFolded reports whether s is already in folded form and plain ASCII, so
// that Fold can return it without allocating.
func isFolded(s string) bool {
	space := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf, 'A' <= c && c <= 'Z', c == '`', c == 0x7f:
			return false
		case c <= ' ':
			if c != ' ' || space {
				return false
			}
			space = true
		default:
			space = false
		}
	}
	return !space || s == ""
}

// drop is what foldRune returns for a rune that disappears.
const drop rune = -1

// foldRune folds one non-ASCII rune: drop, ' ' for white space, or one or
// two runes (y is 0 when there is no second rune).
func foldRune(r rune) (x, y rune) {
	if x, y, ok := special(r); ok {
		return x, y
	}
	if l := unicode.ToLower(r); l != r {
		if l < utf8.RuneSelf {
			return l, 0
		}
		if x, y, ok := special(l); ok {
			return x, y
		}
		return l, 0
	}
	if unicode.IsSpace(r) || unicode.IsControl(r) {
		return ' ', 0
	}
	if unicode.Is(unicode.Cf, r) {
		return drop, 0
	}
	return r, 0
}

// special folds the runes that have a fixed folded form; ok is false for
// the others (which fold by lower-casing only).
func special(r rune) (x, y rune, ok bool) {
	switch {
	case r < 0xC0:
		return latin1(r)
	case r < 0x250:
		return table(latinTab, r-0xC0, r)
	case r < 0x300:
		return smallCaps(r)
	case r < 0x370:
		return drop, 0, true // combining diacritical marks
	case r < 0x400:
		return table(greekTab, r-0x370, r)
	case r < 0x530:
		return table(cyrillicTab, r-0x400, r)
	case r < 0x590:
		return armenian(r)
	case r < 0x1D00:
		return other(r)
	case r < 0x1E00:
		return smallCaps(r)
	case r < 0x1F00:
		return table(latinExtTab, r-0x1E00, r)
	case r < 0x2000:
		return 0, 0, false
	case r < 0x2070:
		return punctuation(r)
	case r < 0x2190:
		return letterlike(r)
	case r < 0x2500:
		return enclosed(r)
	case r < 0xA700:
		return other(r)
	case r < 0xA800:
		return smallCaps(r)
	case r < 0xFB00:
		return 0, 0, false
	case r < 0x10000:
		return forms(r)
	case r >= 0x1D400 && r < 0x1D800:
		return math(r)
	case r >= 0x1F130 && r < 0x1F18A:
		return squared(r)
	case r >= 0xE0000 && r < 0xE0080:
		return drop, 0, true // tag characters
	case r >= 0xE0100 && r < 0xE01F0:
		return drop, 0, true // variation selectors supplement
	}
	return 0, 0, false
}

// table looks r up in a 1-byte-per-rune table: '_' means no fixed fold,
// '*' a two-letter fold.
func table(tab string, i, r rune) (x, y rune, ok bool) {
	switch c := tab[i]; c {
	case '_':
		return 0, 0, false
	case '*':
		return pair(r)
	default:
		return rune(c), 0, true
	}
}

// pair folds the letters that become two ASCII letters.
func pair(r rune) (x, y rune, ok bool) {
	switch r {
	case 'Æ', 'æ':
		return 'a', 'e', true
	case 'Þ', 'þ':
		return 't', 'h', true
	case 'ß', 'ẞ':
		return 's', 's', true
	case 'Ĳ', 'ĳ':
		return 'i', 'j', true
	case 'Œ', 'œ':
		return 'o', 'e', true
	case 'Ǆ', 'ǅ', 'ǆ', 'Ǳ', 'ǲ', 'ǳ':
		return 'd', 'z', true
	case 'Ǉ', 'ǈ', 'ǉ':
		return 'l', 'j', true
	case 'Ǌ', 'ǋ', 'ǌ':
		return 'n', 'j', true
	}
	return 0, 0, false
}

// latin1 folds U+0080..U+00BF: controls and the no-break space become
// space, the soft hyphen disappears, guillemets become quotes.
func latin1(r rune) (x, y rune, ok bool) {
	switch {
	case r < 0xA0 || r == 0xA0:
		return ' ', 0, true
	case r == 0xAD:
		return drop, 0, true
	case r == 0xAB || r == 0xBB:
		return '"', 0, true
	case r == 0xB4:
		return '\'', 0, true
	case r == 0xB5:
		return 'u', 0, true
	case r == 0xAA:
		return 'a', 0, true
	case r == 0xBA:
		return 'o', 0, true
	case r == 0xB2:
		return '2', 0, true
	case r == 0xB3:
		return '3', 0, true
	case r == 0xB9:
		return '1', 0, true
	}
	return 0, 0, false
}

// smallCaps folds the small capital letters of the IPA, phonetic and Latin
// Extended-D blocks used in "fancy" names.
func smallCaps(r rune) (x, y rune, ok bool) {
	if r >= 0x1DC0 && r < 0x1E00 {
		return drop, 0, true // combining diacritical marks supplement
	}
	switch r {
	case 'ᴀ':
		return 'a', 0, true
	case 'ʙ':
		return 'b', 0, true
	case 'ᴄ':
		return 'c', 0, true
	case 'ᴅ':
		return 'd', 0, true
	case 'ᴇ':
		return 'e', 0, true
	case 'ꜰ':
		return 'f', 0, true
	case 'ɢ', 'ɡ':
		return 'g', 0, true
	case 'ʜ':
		return 'h', 0, true
	case 'ɪ':
		return 'i', 0, true
	case 'ᴊ':
		return 'j', 0, true
	case 'ᴋ':
		return 'k', 0, true
	case 'ʟ':
		return 'l', 0, true
	case 'ᴍ':
		return 'm', 0, true
	case 'ɴ':
		return 'n', 0, true
	case 'ᴏ':
		return 'o', 0, true
	case 'ᴘ':
		return 'p', 0, true
	case 'ʀ':
		return 'r', 0, true
	case 'ꜱ':
		return 's', 0, true
	case 'ᴛ':
		return 't', 0, true
	case 'ᴜ':
		return 'u', 0, true
	case 'ᴠ':
		return 'v', 0, true
	case 'ᴡ':
		return 'w', 0, true
	case 'ʏ':
		return 'y', 0, true
	case 'ᴢ':
		return 'z', 0, true
	case 'ʼ', 'ʻ', 'ʽ', 'ˈ', 'ˊ', 'ˋ':
		return '\'', 0, true
	}
	return 0, 0, false
}

// armenian folds the Armenian letters that look like Latin ones.
func armenian(r rune) (x, y rune, ok bool) {
	switch r {
	case 'օ':
		return 'o', 0, true
	case 'ս':
		return 'u', 0, true
	case 'հ':
		return 'h', 0, true
	case 'ո':
		return 'n', 0, true
	case 'ց':
		return 'g', 0, true
	}
	return 0, 0, false
}

// other drops the invisible characters outside the main blocks (Arabic
// letter mark, Hangul fillers, Mongolian vowel separator, combining marks)
// and maps the ideographic space.
func other(r rune) (x, y rune, ok bool) {
	switch {
	case r == 0x061C, r == 0x115F, r == 0x1160, r == 0x180E, r == 0x3164:
		return drop, 0, true
	case r >= 0x1AB0 && r < 0x1B00:
		return drop, 0, true
	case r == 0x3000:
		return ' ', 0, true
	}
	return 0, 0, false
}

// punctuation folds the General Punctuation block and superscripts:
// spaces, zero-width and bidi controls, quotes, dashes and the ellipsis.
func punctuation(r rune) (x, y rune, ok bool) {
	switch {
	case r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F:
		return ' ', 0, true
	case r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2060 && r <= 0x206F:
		return drop, 0, true
	case r >= 0x2010 && r <= 0x2015, r == 0x2043:
		return '-', 0, true
	case r >= 0x2018 && r <= 0x201B, r == 0x2032, r == 0x2035, r == 0x2039, r == 0x203A:
		return '\'', 0, true
	case r >= 0x201C && r <= 0x201F, r == 0x2033, r == 0x2036:
		return '"', 0, true
	case r == 0x2024:
		return '.', 0, true
	case r == 0x2044:
		return '/', 0, true
	}
	return 0, 0, false
}

// letterlike folds the Letterlike Symbols block (ℎ, ℬ, ℯ, ℂ, ℍ …) and the
// minus sign.
func letterlike(r rune) (x, y rune, ok bool) {
	switch r {
	case 'ℂ':
		return 'c', 0, true
	case 'ℊ':
		return 'g', 0, true
	case 'ℋ', 'ℌ', 'ℍ', 'ℎ':
		return 'h', 0, true
	case 'ℐ', 'ℑ':
		return 'i', 0, true
	case 'ℒ', 'ℓ':
		return 'l', 0, true
	case 'ℕ':
		return 'n', 0, true
	case 'ℙ':
		return 'p', 0, true
	case 'ℚ':
		return 'q', 0, true
	case 'ℛ', 'ℜ', 'ℝ':
		return 'r', 0, true
	case 'ℤ', 'ℨ':
		return 'z', 0, true
	case 'ℬ':
		return 'b', 0, true
	case 'ℭ':
		return 'c', 0, true
	case 'ℯ', 'ℰ':
		return 'e', 0, true
	case 'ℱ':
		return 'f', 0, true
	case 'ℳ':
		return 'm', 0, true
	case 'ℴ':
		return 'o', 0, true
	case 'K':
		return 'k', 0, true
	case 'Å':
		return 'a', 0, true
	}
	if r >= 0x20D0 && r <= 0x20FF {
		return drop, 0, true // combining marks for symbols
	}
	if r >= 0x2070 && r <= 0x2079 && r != 0x2071 && r != 0x2072 && r != 0x2073 {
		return '0' + r - 0x2070, 0, true // superscript digits
	}
	if r >= 0x2080 && r <= 0x2089 {
		return '0' + r - 0x2080, 0, true // subscript digits
	}
	return 0, 0, false
}

// enclosed folds the minus sign and circled letters and digits (Ⓐ ⓐ ①).
func enclosed(r rune) (x, y rune, ok bool) {
	switch {
	case r == 0x2212:
		return '-', 0, true
	case r >= 0x24B6 && r <= 0x24CF:
		return 'a' + r - 0x24B6, 0, true
	case r >= 0x24D0 && r <= 0x24E9:
		return 'a' + r - 0x24D0, 0, true
	case r >= 0x2460 && r <= 0x2468:
		return '1' + r - 0x2460, 0, true
	case r == 0x24EA:
		return '0', 0, true
	}
	return 0, 0, false
}

// forms folds ligatures, variation selectors, small and fullwidth forms
// and the byte order mark.
func forms(r rune) (x, y rune, ok bool) {
	switch {
	case r == 0xFB00:
		return 'f', 'f', true
	case r == 0xFB01:
		return 'f', 'i', true
	case r == 0xFB02:
		return 'f', 'l', true
	case r == 0xFB05, r == 0xFB06:
		return 's', 't', true
	case r >= 0xFE00 && r <= 0xFE0F, r >= 0xFE20 && r <= 0xFE2F, r == 0xFEFF, r == 0xFFA0:
		return drop, 0, true
	case r == 0xFE58, r == 0xFE63:
		return '-', 0, true
	case r >= 0xFF01 && r <= 0xFF5E:
		c := r - 0xFEE0
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == '`' {
			c = '\''
		}
		return c, 0, true
	case r >= 0xFFF9 && r <= 0xFFFB:
		return drop, 0, true
	}
	return 0, 0, false
}

// mathGreek is the order of the 58 Greek symbols in each style of the
// Mathematical Alphanumeric Symbols block.
const mathGreek = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡϴΣΤΥΦΧΨΩ∇αβγδεζηθικλμνξοπρςστυφχψω∂ϵϑϰϕϱϖ"

// math folds the Mathematical Alphanumeric Symbols (bold, italic, script,
// fraktur, double-struck, sans-serif, monospace letters and digits).
func math(r rune) (x, y rune, ok bool) {
	switch {
	case r < 0x1D6A4:
		i := (r - 0x1D400) % 52
		if i >= 26 {
			i -= 26
		}
		return 'a' + i, 0, true
	case r == 0x1D6A4:
		return 'i', 0, true
	case r == 0x1D6A5:
		return 'j', 0, true
	case r >= 0x1D6A8 && r < 0x1D7CA:
		i := int((r - 0x1D6A8) % 58)
		for _, g := range mathGreek {
			if i == 0 {
				x, y = foldRune(g)
				return x, y, true
			}
			i--
		}
	case r >= 0x1D7CE:
		return '0' + (r-0x1D7CE)%10, 0, true
	}
	return 0, 0, false
}

// squared folds the squared, parenthesized and negative Latin capitals of
// the Enclosed Alphanumeric Supplement (🄰 🅐 🅰).
func squared(r rune) (x, y rune, ok bool) {
	if i := (r - 0x1F130) % 32; i < 26 {
		return 'a' + i, 0, true
	}
	return 0, 0, false
}
