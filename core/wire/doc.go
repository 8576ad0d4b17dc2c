// Package wire writes the core's answers to the shell and reads its
// requests (package session's types) as JSON without encoding/json and
// reflection, which would add about 300 KB gzip to core.wasm (encoding/json,
// reflect and fmt). wire_gen.go is generated from session's types by
// core/cmd/wiregen (go generate ./core/wire, after any change to them; a
// test fails while it is stale); wire.go holds the helpers it calls.
//
// The JSON is encoding/json's for the same types: the same keys, omitempty
// and null, unknown keys ignored, a value of the wrong type an error. Where
// the two differ: object keys match exactly (encoding/json also accepts a
// key in another case), a repeated key's last value wins whole (encoding/json
// merges repeated objects), nesting deeper than jsontree.MaxDepth is refused,
// and strings are written without encoding/json's HTML escapes.
package wire

//go:generate go run ../cmd/wiregen -o wire_gen.go
