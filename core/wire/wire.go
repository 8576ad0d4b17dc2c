package wire

import "github.com/vetted/vetted/core/jsontree"

// decodeError is a value of the wrong type at a path of keys.
type decodeError struct {
	_          [0]func() // not comparable: no generated equality function (core.wasm's size)
	path, want string
}

func (e *decodeError) Error() string {
	if e.path == "" {
		return "JSON: the value is not " + e.want
	}
	return "JSON: " + e.path + " is not " + e.want
}

// in puts key in front of err's path.
func in(key string, err error) error {
	if d, ok := err.(*decodeError); ok {
		if d.path == "" {
			d.path = key
		} else {
			d.path = key + "." + d.path
		}
	}
	return err
}

// object reads an object; null is (nil, nil).
func object(v any) (map[string]any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case map[string]any:
		return x, nil
	}
	return nil, &decodeError{want: "an object"}
}

// array reads an array; null is (nil, nil).
func array(v any) ([]any, error) {
	switch x := v.(type) {
	case nil:
		return nil, nil
	case []any:
		return x, nil
	}
	return nil, &decodeError{want: "an array"}
}

// closeObject ends an object whose members, from start, were each written
// after a comma: the first comma becomes the opening brace.
func closeObject(b []byte, start int) []byte {
	if len(b) == start {
		return append(b, '{', '}')
	}
	b[start] = '{'
	return append(b, '}')
}

// Reply writes the envelope of every answer: the error, the settings or
// storage problem and what keeps the decision log or what Vetted learnt
// from being saved (saving: the writers' last error) when there is one,
// full when an error is the browser's storage quota (ledger.StorageFull:
// the shell then says what the user can do), and the result (one of the
// types Append writes) when it is not nil.
func Reply(errMsg, problem, saving string, full bool, result any) string {
	b := make([]byte, 0, 1024)
	start := len(b)
	if errMsg != "" {
		b = append(b, `,"error":`...)
		b = jsontree.AppendString(b, errMsg)
	}
	if problem != "" {
		b = append(b, `,"problem":`...)
		b = jsontree.AppendString(b, problem)
	}
	if saving != "" {
		b = append(b, `,"saving":`...)
		b = jsontree.AppendString(b, saving)
	}
	if full {
		b = append(b, `,"full":true`...)
	}
	if result != nil {
		b = append(b, `,"result":`...)
		var ok bool
		if b, ok = Append(b, result); !ok {
			return `{"error":"Vetted's core could not write its answer"}`
		}
	}
	return string(closeObject(b, start))
}
