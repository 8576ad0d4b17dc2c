package settings

import (
	"strconv"
	"unicode/utf8"
)

// The placeholders a template may use.
const (
	PlaceholderFirstName = "{first_name}"
	PlaceholderName      = "{name}"
)

// checkTemplate checks a message template: at most MaxTemplateLen
// characters and only known placeholders. Braces that do not look like a
// placeholder (":-{", "{ }") are plain text.
func checkTemplate(errs *Errors, field, t string) {
	if !utf8.ValidString(t) {
		errs.add(field, "not valid UTF-8 text")
		return
	}
	if utf8.RuneCountInString(t) > MaxTemplateLen {
		errs.add(field, "longer than "+strconv.Itoa(MaxTemplateLen)+" characters")
		return
	}
	if p := unknownPlaceholder(t); p != "" {
		errs.add(field, "unknown placeholder "+p+"; use "+PlaceholderFirstName+" or "+PlaceholderName)
	}
}

// unknownPlaceholder returns the first "{word}" in t that is not a known
// placeholder, or "". A word is 1 to 40 letters, digits, underscores,
// hyphens, dots or spaces, not all spaces.
func unknownPlaceholder(t string) string {
	for i := 0; i < len(t); i++ {
		if t[i] != '{' {
			continue
		}
		j := i + 1
		word := false
		for j < len(t) && j-i <= 41 && isPlaceholderByte(t[j]) {
			if t[j] != ' ' {
				word = true
			}
			j++
		}
		if j >= len(t) || t[j] != '}' || !word {
			continue
		}
		p := t[i : j+1]
		if p != PlaceholderFirstName && p != PlaceholderName {
			return p
		}
		i = j
	}
	return ""
}

// isPlaceholderByte reports whether c may appear inside a placeholder.
func isPlaceholderByte(c byte) bool {
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		c == '_' || c == '-' || c == '.' || c == ' '
}
