package page

import (
	"strings"

	"github.com/vetted/vetted/core/text"
)

// ageWords are whole phrases with a fixed age in days.
var ageWords = map[string]int{
	"today": 0, "just now": 0, "now": 0, "this week": 0,
	"yesterday": 1,
	"heute":     0, "gerade eben": 0, "soeben": 0, "jetzt": 0,
	"gestern": 1, "vorgestern": 2,
}

// ageUnits maps a unit, as written after a number, to its length in days
// (0 for units shorter than a day). English, German and the short forms
// sites use ("2w", "3 Std.").
var ageUnits = map[string]int{
	"s": 0, "sec": 0, "secs": 0, "second": 0, "seconds": 0, "sek": 0, "sekunde": 0, "sekunden": 0,
	"m": 0, "min": 0, "mins": 0, "minute": 0, "minutes": 0, "minuten": 0,
	"h": 0, "hr": 0, "hrs": 0, "hour": 0, "hours": 0, "std": 0, "stunde": 0, "stunden": 0,
	"d": 1, "day": 1, "days": 1, "t": 1, "tg": 1, "tag": 1, "tage": 1, "tagen": 1,
	"w": 7, "wk": 7, "wks": 7, "week": 7, "weeks": 7, "wo": 7, "woche": 7, "wochen": 7,
	"mo": 30, "mos": 30, "mon": 30, "month": 30, "months": 30, "monat": 30, "monate": 30, "monaten": 30,
	"y": 365, "yr": 365, "yrs": 365, "year": 365, "years": 365, "j": 365, "jahr": 365, "jahre": 365, "jahren": 365,
}

// ageNumbers are the number words that stand for a count.
var ageNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3,
	"ein": 1, "eine": 1, "einem": 1, "einer": 1, "eins": 1, "zwei": 2, "drei": 3,
}

// agePrefixes may start a time line ("Sent 2 weeks ago").
var agePrefixes = []string{"sent ", "received ", "invited ", "gesendet ", "erhalten ", "eingeladen "}

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
	for _, p := range agePrefixes {
		f = strings.TrimPrefix(f, p)
	}
	if d, ok := ageWords[f]; ok {
		return d, true
	}
	if rest, ok := strings.CutSuffix(f, " ago"); ok {
		return ageAmount(rest)
	}
	if rest, ok := strings.CutPrefix(f, "vor "); ok {
		return ageAmount(rest)
	}
	return ageAmount(f)
}

// ageAmount reads "<number> <unit>" or "<number><unit>" into days.
func ageAmount(s string) (int, bool) {
	num, unit, spaced := strings.Cut(s, " ")
	if !spaced {
		i := 0
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		num, unit = s[:i], s[i:]
	}
	unit = strings.TrimSuffix(unit, ".")
	per, ok := ageUnits[unit]
	if !ok {
		return 0, false
	}
	n, ok := ageNumbers[num]
	if !ok {
		v, ok := text.Digits(num, 10_000)
		if !ok {
			return 0, false
		}
		n = v
	}
	return n * per, true
}
