package i18n

// Substitute replaces $1…$9 in s by args (an argument that is missing
// becomes empty) and $$ by $. It works in one pass: an argument holding
// "$2" or "$$" stays as it is.
func Substitute(s string, args ...string) string {
	b := make([]byte, 0, len(s)+16)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '$' && i+1 < len(s) {
			n := s[i+1]
			if n == '$' {
				b = append(b, '$')
				i++
				continue
			}
			if n >= '1' && n <= '9' {
				if k := int(n - '1'); k < len(args) {
					b = append(b, args[k]...)
				}
				i++
				continue
			}
		}
		b = append(b, c)
	}
	return string(b)
}
