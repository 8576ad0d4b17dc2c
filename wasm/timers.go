//go:build js && wasm && (legacy || pages)

package main

import "syscall/js"

var performance = global.Get("performance")

// now is a monotonic clock in milliseconds.
func now() float64 { return performance.Call("now").Float() }

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

// replyIgnored is the one callback for status messages: reading
// lastError silences the "no receiving end" warning.
var replyIgnored js.Func

// sendMessage sends a message to the background; failures (no listener,
// an extension reload) are ignored: status reports are best effort.
func sendMessage(msg js.Value) {
	api := extAPI()
	if api.IsUndefined() {
		return
	}
	rt := api.Get("runtime")
	if rt.Type() != js.TypeObject || rt.Get("sendMessage").Type() != js.TypeFunction {
		return
	}
	if replyIgnored.IsUndefined() {
		replyIgnored = js.FuncOf(func(this js.Value, args []js.Value) any {
			_ = lastError(api)
			return nil
		})
	}
	call(rt, "sendMessage", msg, replyIgnored)
}
