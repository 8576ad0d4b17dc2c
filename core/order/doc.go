// Package order sorts slices through package sort's one implementation,
// which works on an interface: core.wasm then carries one sort, where
// slices' generic sorts are compiled again for each kind of element (about
// 9 to 26 KB of WebAssembly each).
package order
