// Package ledger is Vetted's decision log: what the user did with which
// invitation, when, and what the verdict said at the time. It is bounded
// (the oldest entries rotate out), encodes to and decodes from a generic
// JSON tree (map[string]any, []any, string, float64, bool, nil) so the
// WebAssembly build can store it through the browser's JSON without
// linking encoding/json, and answers the repeat-invite question: has this
// sender been ignored, declined or blocked before (Prior).
package ledger
