//go:build js && wasm && (legacy || pages)

package main

import "syscall/js"

var performance = global.Get("performance")

// now is a monotonic clock in milliseconds.
func now() float64 { return performance.Call("now").Float() }

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
