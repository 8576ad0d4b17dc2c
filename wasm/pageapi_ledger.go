//go:build js && wasm

package main

import "syscall/js"

// ledgerAPI adds the ledger page's functions to vettedCore.
func ledgerAPI(api js.Value) {}
