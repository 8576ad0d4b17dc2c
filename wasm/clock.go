//go:build js && wasm

package main

import "syscall/js"

// Timers and clocks through the browser (setTimeout, performance.now,
// Date.now) rather than package time, whose initialisation alone pulls
// godebug, runtime metrics and time zones into core.wasm (about 200 KB raw,
// 50 KB gzip). Durations are milliseconds.

const (
	second = 1000.0
	minute = 60 * second
)

var (
	performance = global.Get("performance")
	jsDate      = global.Get("Date")
)

// now is a monotonic clock in milliseconds.
func now() float64 { return performance.Call("now").Float() }

// wallNow is the wall-clock time in milliseconds since the Unix epoch,
// for ledger entries.
func wallNow() int64 { return int64(jsDate.Call("now").Float()) }

// after delivers a value once ms milliseconds have passed.
func after(ms float64) <-chan js.Value {
	f, ch := callback()
	global.Call("setTimeout", f, ms)
	return ch
}

// signal returns a callback that sends its first argument on ch without
// blocking (a full channel means another signal came first). The caller
// releases it.
func signal(ch chan js.Value) js.Func {
	return js.FuncOf(func(this js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		select {
		case ch <- v:
		default:
		}
		return nil
	})
}

// sleep waits ms milliseconds.
func sleep(ms float64) { <-after(ms) }
