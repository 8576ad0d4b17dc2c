// Package jsontree reads and writes JSON text as a generic tree
// (map[string]any, []any, string, float64, bool, nil), the form the core's
// states use (learn.Model.Tree, ledger.Log.Tree), without encoding/json
// and reflection, which would make the WebAssembly builds much larger.
// The extension's pages pass a large state across the JavaScript boundary
// as one string (JSON.stringify, JSON.parse) instead of value by value,
// which is hundreds of times slower for thousands of objects.
package jsontree
