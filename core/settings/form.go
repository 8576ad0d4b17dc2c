package settings

import (
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/text"
)

// FormProblem is one problem with the settings as the options page shows
// it next to an input. The form differs from the file in two ways: list
// settings are one textarea with an entry per line, and the pacing delays
// are entered in seconds, not milliseconds.
type FormProblem struct {
	Field   string // the path FromTree reported ("trusted[2]", "pacing.min_delay_ms", "rules.x"; "" for the whole file)
	Input   string // the setting the input shows: the path without a list index ("trusted")
	Entry   int    // the list index of a list entry ("trusted[2]" → 2), or -1
	Message string // what is wrong, in the form's terms: entries as "entry N" (from 1), delays in seconds
	Detail  string // the message as FromTree gave it, in the file's terms (for an imported file)
}

// delayFields are the pacing settings the form shows in seconds.
var delayFields = map[string]bool{"pacing.min_delay_ms": true, "pacing.max_delay_ms": true}

// FormProblems turns the error of FromTree or Validate into the problems
// the options page shows, in the same order. Any other error becomes one
// problem for the whole file; nil gives nil.
func FormProblems(err error) []FormProblem {
	if err == nil {
		return nil
	}
	errs, ok := err.(Errors)
	if !ok {
		if fe, isField := err.(*FieldError); isField {
			errs = Errors{fe}
		} else {
			return []FormProblem{{Entry: -1, Message: err.Error(), Detail: err.Error()}}
		}
	}
	out := make([]FormProblem, len(errs))
	for i, e := range errs {
		input, entry := e.Field, entryIndex(e.Field)
		if entry >= 0 {
			input = e.Field[:strings.IndexByte(e.Field, '[')]
		}
		out[i] = FormProblem{Field: e.Field, Input: input, Entry: entry, Message: formMessage(e), Detail: e.Message}
	}
	return out
}

// formMessage rewords a problem for the form: the delays in seconds, and
// list entries named in the message ("duplicate of trusted[0]") as
// "entry 1".
func formMessage(e *FieldError) string {
	if delayFields[e.Field] {
		switch {
		case e.related != "":
			return "must not be less than the minimum delay"
		case e.Message == "must be between 0 and "+strconv.Itoa(MaxDelayMS):
			return "must be between 0 and " + strconv.Itoa(MaxDelayMS/1000) + " seconds"
		case e.Message == "must be a whole number":
			return "must be a number of seconds"
		}
	}
	return entriesAsNumbers(e.Message)
}

// entriesAsNumbers replaces list paths such as "trusted[3]" in a message
// with "entry 4", or "trusted entry 4" when the list is another one
// than the problem's (trusted and blocked name each other).
func entriesAsNumbers(msg string) string {
	for _, list := range fieldOrder[:6] {
		for {
			i := strings.Index(msg, list+"[")
			if i < 0 || (i > 0 && isPlaceholderByte(msg[i-1]) && msg[i-1] != ' ') {
				break
			}
			j := strings.IndexByte(msg[i:], ']')
			if j < 0 {
				break
			}
			n, ok := text.Digits(msg[i+len(list)+1:i+j], 1<<30)
			if !ok {
				break
			}
			name := "entry "
			if strings.HasPrefix(msg, "also in ") {
				name = list + " entry "
			}
			msg = msg[:i] + name + strconv.Itoa(n+1) + msg[i+j+1:]
		}
	}
	return msg
}
