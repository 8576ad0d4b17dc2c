//go:build js && wasm

package main

import "syscall/js"

// after delivers a value once ms milliseconds have passed.
func after(ms float64) <-chan js.Value {
	f, ch := callback()
	global.Call("setTimeout", f, ms)
	return ch
}

// sleep waits ms milliseconds.
func sleep(ms float64) { <-after(ms) }

// callback wraps a one-shot JavaScript callback that delivers its first
// argument on a channel and releases itself.
func callback() (js.Func, <-chan js.Value) {
	ch := make(chan js.Value, 1)
	var f js.Func
	f = js.FuncOf(func(this js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		ch <- v
		f.Release()
		return nil
	})
	return f, ch
}
