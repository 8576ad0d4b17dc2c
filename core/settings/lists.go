package settings

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// checkList checks one list: at most MaxEntries entries, each non-empty
// after trimming, at most MaxEntryLen characters, without control
// characters, and no two equal after case folding. People lists (trusted,
// blocked) also check entries that look like URLs (see checkPerson).
func checkList(errs *Errors, field string, entries []string, people bool) {
	if len(entries) > MaxEntries {
		errs.add(field, "more than "+strconv.Itoa(MaxEntries)+" entries")
		return
	}
	seen := make(map[string]int, len(entries))
	for i, raw := range entries {
		path := field + "[" + strconv.Itoa(i) + "]"
		v := strings.TrimSpace(raw)
		switch {
		case v == "":
			errs.add(path, "empty entry")
			continue
		case utf8.RuneCountInString(v) > MaxEntryLen:
			errs.add(path, "longer than "+strconv.Itoa(MaxEntryLen)+" characters")
			continue
		case !utf8.ValidString(v):
			errs.add(path, "not valid UTF-8 text")
			continue
		case hasControl(v):
			errs.add(path, "contains a control character (such as a line break)")
			continue
		}
		if people {
			if msg := checkPerson(v); msg != "" {
				errs.add(path, msg)
				continue
			}
		}
		key := foldKey(v)
		if j, dup := seen[key]; dup {
			errs.add(path, "duplicate of "+field+"["+strconv.Itoa(j)+"] ("+quote(v)+")")
			continue
		}
		seen[key] = i
	}
}

// foldKey is the form two entries are compared in for duplicates: lower
// case with runs of white space collapsed to one space.
func foldKey(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// hasControl reports whether s holds a control or line-breaking character.
func hasControl(s string) bool {
	for _, r := range s {
		if unicode.IsControl(r) || r == '\u2028' || r == '\u2029' {
			return true
		}
	}
	return false
}

// checkOverlap refuses a person who is both trusted and blocked.
func checkOverlap(errs *Errors, trusted, blocked []string) {
	if len(trusted) == 0 || len(blocked) == 0 {
		return
	}
	where := make(map[string]int, len(trusted))
	for i, v := range trusted {
		if k := foldKey(v); k != "" {
			if _, dup := where[k]; !dup {
				where[k] = i
			}
		}
	}
	for i, v := range blocked {
		if j, both := where[foldKey(v)]; both {
			errs.addRelated("blocked["+strconv.Itoa(i)+"]", "trusted["+strconv.Itoa(j)+"]",
				"also in trusted["+strconv.Itoa(j)+"] ("+quote(strings.TrimSpace(v))+"); a person cannot be both")
		}
	}
}
