package ledger

import (
	"errors"
	"strconv"
)

// ISOTime writes Unix milliseconds as ISO 8601 in UTC with milliseconds,
// "2026-03-01T12:00:00.000Z"; 0 or less (an unknown time) is "". It is
// written by hand: package time would add about 200 KB to core.wasm.
func ISOTime(ms int64) string {
	if ms <= 0 {
		return ""
	}
	days, rem := ms/DayMS, ms%DayMS
	y, m, d := civil(days)
	b := make([]byte, 0, 24)
	b = pad(b, y, 4)
	b = append(b, '-')
	b = pad(b, m, 2)
	b = append(b, '-')
	b = pad(b, d, 2)
	b = append(b, 'T')
	b = pad(b, rem/3600000, 2)
	b = append(b, ':')
	b = pad(b, rem/60000%60, 2)
	b = append(b, ':')
	b = pad(b, rem/1000%60, 2)
	b = append(b, '.')
	b = pad(b, rem%1000, 3)
	return string(append(b, 'Z'))
}

func pad(b []byte, n int64, width int) []byte {
	s := strconv.FormatInt(n, 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// civil converts days since 1970-01-01 to a proleptic Gregorian date
// (Howard Hinnant's civil_from_days).
func civil(days int64) (y, m, d int64) {
	z := days + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// daysFrom converts a proleptic Gregorian date to days since 1970-01-01
// (Howard Hinnant's days_from_civil).
func daysFrom(y, m, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func leap(y int64) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

var monthDays = [13]int64{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// ParseISOTime reads what ISOTime writes back to Unix milliseconds:
// "YYYY-MM-DDTHH:MM:SS" with an optional fraction of 1 to 9 digits (cut
// to milliseconds) and "Z" or "+00:00" (the time must be UTC). A space
// may stand for the "T". "" is 0 (unknown).
func ParseISOTime(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	bad := errors.New("not a UTC time like 2026-03-01T12:00:00.000Z: " + quote(s))
	if len(s) < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':' {
		return 0, bad
	}
	num := func(a, b int) int64 {
		var n int64
		for i := a; i < b; i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return -1
			}
			n = n*10 + int64(c-'0')
		}
		return n
	}
	y, mo, d := num(0, 4), num(5, 7), num(8, 10)
	h, mi, sec := num(11, 13), num(14, 16), num(17, 19)
	if y < 1970 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59 {
		return 0, bad
	}
	maxDay := monthDays[mo]
	if mo == 2 && leap(y) {
		maxDay = 29
	}
	if d > maxDay {
		return 0, bad
	}
	rest := s[19:]
	var ms int64
	if rest != "" && rest[0] == '.' {
		n := 1
		for n < len(rest) && rest[n] >= '0' && rest[n] <= '9' {
			n++
		}
		digits := rest[1:n]
		if len(digits) < 1 || len(digits) > 9 {
			return 0, bad
		}
		for i := 0; i < 3; i++ {
			ms *= 10
			if i < len(digits) {
				ms += int64(digits[i] - '0')
			}
		}
		rest = rest[n:]
	}
	if rest != "Z" && rest != "+00:00" {
		return 0, bad
	}
	out := (daysFrom(y, mo, d)*86400+h*3600+mi*60+sec)*1000 + ms
	if out <= 0 {
		return 0, bad
	}
	return out, nil
}
