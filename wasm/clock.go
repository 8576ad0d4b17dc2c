//go:build js && wasm

package main

// Timers and clocks through the browser (setTimeout, performance.now,
// Date.now) rather than package time, whose initialisation alone pulls
// godebug, runtime metrics and time zones into core.wasm (about 200 KB raw,
// 50 KB gzip). Durations are milliseconds.

const (
	second = 1000.0
	minute = 60 * second
)

var jsDate = global.Get("Date")

// wallNow is the wall-clock time in milliseconds since the Unix epoch,
// for ledger entries.
func wallNow() int64 { return int64(jsDate.Call("now").Float()) }
