package flag

import "strings"

// currencyBefore and currencyAfter mark a number as an amount of money
// ("$300", "usd 300", "300 €", "300 euro").
var (
	currencyBefore = []string{"$", "£", "€", "$ ", "£ ", "€ ", "usd ", "eur ", "gbp "}
	currencyAfter  = []string{"$", "£", "€", " $", " £", " €", " usd", " eur", " euro", " euros", " dollars", " dollar", " pounds", " usdt", " gbp"}
)

// amounts calls fn with the folded span of every money amount in t ("$55",
// "£70-85k", "$300-$800", "10 000 €", "250 usd") and where the text after
// it starts (past one space). It stops when fn returns true and reports
// whether it did.
func amounts(t string, fn func(start, end, next int) bool) bool {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c < '0' || c > '9' || i > 0 && t[i-1] >= '0' && t[i-1] <= '9' {
			continue
		}
		start, sym := i, false
		for _, c := range currencyBefore {
			if strings.HasSuffix(t[:i], c) {
				start, sym = i-len(c), true
				break
			}
		}
		end := number(t, i)
		if r := rangeEnd(t, end); r > end {
			end = r // a range: "-$800", " - 85k", " to 800"
		}
		for _, c := range currencyAfter {
			if strings.HasPrefix(t[end:], c) && (end+len(c) == len(t) || !isWordByteASCII(t[end+len(c)])) {
				end, sym = end+len(c), true
				break
			}
		}
		if !sym {
			i = end
			continue
		}
		next := end
		if next < len(t) && t[next] == ' ' {
			next++
		}
		if fn(start, end, next) {
			return true
		}
		if end > i {
			i = end - 1
		}
	}
	return false
}

// number returns the end of the number starting at i: digits with "." or
// "," inside and an optional "k", "m" or "mio" multiplier.
func number(t string, i int) int {
	j := i
	for j < len(t) && (t[j] >= '0' && t[j] <= '9' || (t[j] == '.' || t[j] == ',') && j+1 < len(t) && t[j+1] >= '0' && t[j+1] <= '9') {
		j++
	}
	if j < len(t) && (t[j] == 'k' || t[j] == 'm') && (j+1 == len(t) || !isWordByteASCII(t[j+1])) {
		j++
	}
	return j
}

// rangeEnd returns the end of "-800", " - $85k" or " to 800" after an
// amount ending at i, or i.
func rangeEnd(t string, i int) int {
	j := i
	for j < len(t) && t[j] == ' ' {
		j++
	}
	switch {
	case strings.HasPrefix(t[j:], "-"):
		j++
	case strings.HasPrefix(t[j:], "to "):
		j += 2
	default:
		return i
	}
	for j < len(t) && t[j] == ' ' {
		j++
	}
	for _, s := range [...]string{"$", "£", "€"} {
		if strings.HasPrefix(t[j:], s) {
			j += len(s)
			break
		}
	}
	if j < len(t) && t[j] >= '0' && t[j] <= '9' {
		return number(t, j)
	}
	return i
}

// isWordByteASCII reports whether c is an ASCII letter or digit or a byte
// of a multi-byte rune.
func isWordByteASCII(c byte) bool {
	return c >= 0x80 || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
}

// longestAt returns the end of the longest phrase of list l that was found
// in field f starting exactly at byte at.
func (in *Input) longestAt(f field, l list, at int) (int, bool) {
	end, ok := 0, false
	for _, m := range in.found[f] {
		if m.List == int(l) && m.At == at {
			end, ok = max(end, m.End), true
		}
	}
	return end, ok
}

// phraseAt reports whether a phrase of list l was found in field f
// starting exactly at byte at, and returns its end.
func (in *Input) phraseAt(f field, l list, at int) (int, bool) {
	for _, m := range in.found[f] {
		if m.List == int(l) && m.At == at {
			return m.End, true
		}
	}
	return 0, false
}

// percents calls fn with the folded span of every percentage in t ("15%",
// "10 %", "20 percent") and where the text after it starts. It stops when
// fn returns true and reports whether it did.
func percents(t string, fn func(start, end, next int) bool) bool {
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' || i > 0 && (t[i-1] >= '0' && t[i-1] <= '9' || t[i-1] == '.' || t[i-1] == ',') {
			continue
		}
		end := number(t, i)
		j := end
		if j < len(t) && t[j] == ' ' {
			j++
		}
		switch {
		case strings.HasPrefix(t[j:], "%"):
			j++
		case strings.HasPrefix(t[j:], "percent"), strings.HasPrefix(t[j:], "prozent"):
			j += len("percent")
		default:
			i = end
			continue
		}
		next := j
		if next < len(t) && t[next] == ' ' {
			next++
		}
		if fn(i, j, next) {
			return true
		}
		i = j - 1
	}
	return false
}
