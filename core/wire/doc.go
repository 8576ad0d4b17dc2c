// Package wire writes the core's answers to the shell and reads its
// requests (package session's types) as JSON without encoding/json and
// reflection, which would add about 300 KB gzip to core.wasm (encoding/json,
// reflect and fmt). One codec (codec.go) writes and reads every type through
// tables of its fields' keys, offsets and types; wire_gen.go, the tables
// and the entry points, is generated from session's types by
// core/cmd/wiregen (go generate ./core/wire, after any change to them; a
// test fails while it is stale). A function for each type, as wire_gen.go
// was first, made about 300 KB of WebAssembly; the tables are a few KB.
//
// The JSON is encoding/json's for the same types: the same keys, omitempty
// and null, unknown keys ignored, a value of the wrong type an error. Where
// the two differ: object keys match exactly (encoding/json also accepts a
// key in another case), a repeated key's last value wins whole (encoding/json
// merges repeated objects), nesting deeper than jsontree.MaxDepth is refused,
// and strings are written without encoding/json's HTML escapes.
package wire

//go:generate go run ../cmd/wiregen -o wire_gen.go
