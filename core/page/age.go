package page

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// ParseAge reads a relative time into whole days since then: "Today" and
// "12 hours ago" are 0, "Yesterday" 1, "1 week ago" 7, "2 weeks ago" 14,
// "3 months ago" 90 (a month counts 30 days), "1 year ago" 365; German
// "Heute", "Gestern", "vor 2 Wochen", "vor einem Monat"; short forms "2w",
// "3d", "1y", "5 Std.". The whole text must be the time.
func ParseAge(s string) (days int, ok bool) {
	f := fold(s)
	if f == "" || len(f) > 40 {
		return 0, false
	}
	for i := range ageTable {
		if d, ok := ageTable[i].parse(f); ok {
			return d, true
		}
	}
	return 0, false
}

// parse reads a folded time line in one language.
func (w *AgeWords) parse(f string) (int, bool) {
	for _, p := range w.Leads {
		f = strings.TrimPrefix(f, p)
	}
	if d, ok := w.Words.lookup(f); ok {
		return d, true
	}
	for _, p := range w.Before {
		if rest, ok := strings.CutPrefix(f, p); ok {
			return w.amount(rest)
		}
	}
	for _, p := range w.After {
		if rest, ok := strings.CutSuffix(f, p); ok {
			return w.amount(rest)
		}
	}
	return w.amount(f)
}

// amount reads "<number> <unit>" or "<number><unit>" into days.
func (w *AgeWords) amount(s string) (int, bool) {
	num, unit, spaced := strings.Cut(s, " ")
	if !spaced {
		i := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		num, unit = s[:i], s[i:]
	}
	// The number first: it is short, and most lines read here are no
	// time at all ("… is inviting you to connect").
	n, ok := w.Numbers.lookup(num)
	if !ok {
		v, ok := text.Digits(num, 10_000)
		if !ok {
			return 0, false
		}
		n = v
	}
	per, ok := w.Units.lookup(unit)
	if !ok {
		if per, ok = w.Units.lookup(strings.TrimSuffix(unit, ".")); !ok {
			return 0, false
		}
	}
	return n * per, true
}
