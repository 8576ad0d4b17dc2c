package settings

import "unicode"

// quote puts a value between double quotes for a message, as strconv.Quote
// would for what settings hold: quotes and backslashes are escaped, and
// control and invisible formatting characters (a zero-width space pasted
// into a list) are shown as \uXXXX. strconv.Quote itself would link its
// tables of printable characters into core.wasm.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, '\\', 'n')
		case r == '\t':
			b = append(b, '\\', 't')
		case r == unicode.ReplacementChar || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			if r > 0xffff {
				b = append(b, '\\', 'U', hex[r>>28&15], hex[r>>24&15], hex[r>>20&15], hex[r>>16&15])
			} else {
				b = append(b, '\\', 'u')
			}
			b = append(b, hex[r>>12&15], hex[r>>8&15], hex[r>>4&15], hex[r&15])
		default:
			b = append(b, string(r)...)
		}
	}
	return string(append(b, '"'))
}
