package text

// Digits reads a non-negative decimal number written with ASCII digits
// only (no sign, no spaces); ok is false for anything else or for a
// number above limit. It is strconv.Atoi for page and settings text
// without strconv's error values, whose messages link strconv's quoting
// and Unicode tables into core.wasm.
func Digits(s string, limit int) (n int, ok bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
		if n > limit {
			return 0, false
		}
	}
	return n, true
}
