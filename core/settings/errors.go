package settings

import "strings"

// FieldError is one problem with one setting. Field is the path of the
// setting as it appears in the JSON file ("strictness",
// "pacing.min_delay_ms", "competitors[2]", "rules.foo-bar"; empty for the
// file as a whole) and Message says what is wrong, in words meant for the
// options page next to that field.
type FieldError struct {
	_       [0]func() // not comparable: no generated equality function (core.wasm's size)
	Field   string
	Message string

	related string // the other field of a cross-field check, if any
}

// Error returns "field: message", or only the message when Field is empty.
func (e *FieldError) Error() string {
	if e.Field == "" {
		return e.Message
	}
	return e.Field + ": " + e.Message
}

// Errors is every problem found in one settings value, in field order.
// FromTree and Validate return it (never empty) as their error; use
// errors.As to get it back, or to get the first *FieldError.
type Errors []*FieldError

// Error joins the problems with "; ".
func (es Errors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// Unwrap returns the problems one by one, for errors.As and errors.Is.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Has reports whether a problem was found with the named field.
func (es Errors) Has(field string) bool {
	for _, e := range es {
		if e.Field == field {
			return true
		}
	}
	return false
}

// add records a problem.
//
// Not inlined: its copies at 30 calls cost core.wasm 17.8 KB.
//
//go:noinline
func (es *Errors) add(field, message string) {
	*es = append(*es, &FieldError{Field: field, Message: message})
}

// addRelated records a problem that compares field with another field.
//
// Not inlined: its copies at 3 calls cost core.wasm 0.9 KB.
//
//go:noinline
func (es *Errors) addRelated(field, related, message string) {
	*es = append(*es, &FieldError{Field: field, Message: message, related: related})
}

// err returns es as an error, or nil when there is no problem.
func (es Errors) err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}
