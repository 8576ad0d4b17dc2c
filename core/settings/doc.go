// Package settings holds the user's context for triage: their own
// companies and schools, industry keywords, competitors, trusted and
// blocked people, strictness, job-search mode, per-rule toggles, message
// templates, bulk pacing and the ledger's size.
//
// Settings are decoded from and encoded to a generic JSON tree (the values
// encoding/json or JavaScript's JSON.parse produce: map[string]any, []any,
// string, float64, bool, nil), so the same validation serves the native CLI
// and the WebAssembly build without linking encoding/json into the latter.
// Invalid input is refused with an error naming the field; the zero value
// is never used: Defaults is the starting point and works with nothing set.
// A settings file's unknown key is a typo and refused (FromTree, Saved);
// stored settings, which another version may have written (storage.sync
// is shared between computers), keep what this version does not know,
// unused, and write it back (FromStored, Keeping, Kept).
package settings
