//go:build js && wasm && legacy && !pages

package main

import (
	"syscall/js"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/keys"
)

// Keyboard shortcuts on an invitation page (core/keys decides, this file
// acts): j and k focus the next and previous card's chip and scroll it
// into view, a and i accept and ignore the current card through the same
// path as its buttons (act.go: every safety check, a ledger entry), o
// opens or closes its explanation, ? shows the list of shortcuts (a modal
// <dialog data-vetted-keys>; Esc and ? close it). The current card is the
// one holding the focus, or the one last moved to while nothing else has
// the focus; its badge carries data-vetted-current and, while focused, a
// focus ring (content.css).
//
// One keydown listener on the window, in the capture phase, so keys
// pressed inside a badge (whose own handler stops them) arrive too. A key
// that is not a shortcut, or pressed while typing or with Ctrl, Alt or
// Meta, is left alone; only a key Vetted acts on is kept from the site.

// keyNav is the shortcuts' state: one per page.
type keyNav struct {
	a       *app
	handler js.Func
	cur     string   // the key of the card last moved to
	help    js.Value // the list of shortcuts, made on first use
	before  js.Value // what had the focus before the list opened
}

// listenKeys installs the shortcuts.
func (a *app) listenKeys() {
	k := &keyNav{a: a, help: js.Undefined(), before: js.Undefined()}
	k.handler = js.FuncOf(func(this js.Value, args []js.Value) any {
		k.keydown(args[0])
		return nil
	})
	opts := jsObject.New()
	opts.Set("capture", true)
	global.Call("addEventListener", "keydown", k.handler, opts)
}

func isNode(v js.Value) bool {
	return v.Type() == js.TypeObject && v.Get("nodeType").Type() == js.TypeNumber
}

func (k *keyNav) keydown(e js.Value) {
	key := e.Get("key")
	if key.Type() != js.TypeString {
		return
	}
	p := keys.Press{
		Key:              key.String(),
		Ctrl:             e.Get("ctrlKey").Truthy(),
		Alt:              e.Get("altKey").Truthy(),
		Meta:             e.Get("metaKey").Truthy(),
		Repeat:           e.Get("repeat").Truthy(),
		Composing:        e.Get("isComposing").Truthy(),
		DefaultPrevented: e.Get("defaultPrevented").Truthy(),
	}
	target := e.Get("target")
	if path, ok := call(e, "composedPath"); ok && path.Length() > 0 {
		target = path.Index(0)
	}
	if !isNode(target) || target.Get("nodeType").Int() != 1 {
		target = document.Get("activeElement")
	}
	var f keys.Focus
	if isNode(target) && target.Get("nodeType").Int() == 1 {
		f = keys.Focus{
			Tag:             target.Get("localName").String(),
			Role:            attr(target, "role"),
			ContentEditable: target.Get("isContentEditable").Truthy(),
		}
	}
	s := keys.State{HelpOpen: k.helpOpen()}
	if !s.HelpOpen {
		s.Badges = len(k.cards()) > 0
	}
	cmd := keys.Decide(p, f, s)
	if cmd == keys.None {
		return
	}
	e.Call("preventDefault")
	e.Call("stopPropagation")
	switch cmd {
	case keys.Next, keys.Prev:
		k.move(cmd)
	case keys.Accept:
		k.act(action.Accept)
	case keys.Ignore:
		k.act(action.Ignore)
	case keys.Explain:
		if en := k.current(); en != nil {
			en.badge.toggle()
		}
	case keys.Help:
		k.openHelp()
	case keys.CloseHelp:
		k.closeHelp()
	}
}

// cards lists the cards showing a badge, in page order.
func (k *keyNav) cards() []*entry {
	a := k.a
	a.mu.Lock()
	defer a.mu.Unlock()
	out := make([]*entry, 0, len(a.order))
	for _, en := range a.order {
		if en.badge != nil && connected(en.badge.root) {
			out = append(out, en)
		}
	}
	return out
}

// index finds the current card: the one holding the focus, else the one
// last moved to while the focus is on nothing in particular; -1 for none.
func (k *keyNav) index(list []*entry) int {
	active := document.Get("activeElement")
	idle := !isNode(active) || active.Equal(document.Get("body")) || active.Equal(document.Get("documentElement"))
	for i, en := range list {
		if !idle && (en.el.Call("contains", active).Bool() || en.badge.root.Call("contains", active).Bool()) {
			return i
		}
	}
	if idle {
		for i, en := range list {
			if en.key == k.cur {
				return i
			}
		}
	}
	return -1
}

func (k *keyNav) current() *entry {
	list := k.cards()
	if i := k.index(list); i >= 0 {
		return list[i]
	}
	return nil
}

// move focuses the next or previous card's chip.
func (k *keyNav) move(cmd keys.Command) {
	list := k.cards()
	i := keys.Move(cmd, k.index(list), len(list))
	if i < 0 {
		return
	}
	for _, en := range list {
		if en.key != list[i].key {
			removeAttr(en.badge.root, "data-vetted-current")
		}
	}
	en := list[i]
	k.cur = en.key
	setAttr(en.badge.root, "data-vetted-current", "")
	fo := jsObject.New()
	fo.Set("preventScroll", true)
	call(en.badge.chip, "focus", fo)
	so := jsObject.New()
	so.Set("block", "nearest")
	so.Set("inline", "nearest")
	call(en.badge.chip, "scrollIntoView", so)
}

// act runs an action on the current card exactly as its button would:
// only when the card shows that button, enabled.
func (k *keyNav) act(kind action.Kind) {
	en := k.current()
	if en == nil {
		return
	}
	b := en.badge
	if b.busy || b.bar.Call("hasAttribute", "hidden").Bool() {
		return
	}
	btn, ok := call(b.bar, "querySelector", `[data-vetted-action="`+string(kind)+`"]`)
	if !ok || btn.IsNull() || btn.Call("hasAttribute", "disabled").Bool() {
		return
	}
	go k.a.act(b, kind)
}

func (k *keyNav) helpOpen() bool {
	return !k.help.IsUndefined() && k.help.Get("open").Truthy() && connected(k.help)
}

// openHelp shows the list of shortcuts as a modal dialog.
func (k *keyNav) openHelp() {
	if k.help.IsUndefined() || !connected(k.help) {
		k.help = k.buildHelp()
		document.Get("body").Call("appendChild", k.help)
	}
	k.before = document.Get("activeElement")
	if _, ok := call(k.help, "showModal"); !ok {
		setAttr(k.help, "open", "")
	}
	if c, ok := call(k.help, "querySelector", "[data-vetted-keys-close]"); ok && !c.IsNull() {
		c.Call("focus")
	}
}

func (k *keyNav) closeHelp() {
	if k.help.IsUndefined() {
		return
	}
	if _, ok := call(k.help, "close"); !ok {
		removeAttr(k.help, "open")
	}
	if isNode(k.before) && connected(k.before) {
		call(k.before, "focus")
	}
	k.before = js.Undefined()
}

// buildHelp makes the list of shortcuts:
//
//	<dialog class="vetted-keys" data-vetted-keys aria-labelledby=…>
//	  <h2 id=…>Vetted keyboard shortcuts</h2>
//	  <dl><dt><kbd>j</kbd></dt><dd>Next invitation</dd>…</dl>
//	  <p>…</p><button data-vetted-keys-close>Close</button>
//	</dialog>
func (k *keyNav) buildHelp() js.Value {
	d := create("dialog", "class", "vetted-keys", "data-vetted-keys", "", "aria-labelledby", "vetted-keys-title")
	d.Call("appendChild", createText("h2", tr("keysTitle", "Vetted keyboard shortcuts"), "id", "vetted-keys-title"))
	dl := create("dl")
	for _, row := range [...][2]string{
		{"j", tr("keysNext", "Next invitation")},
		{"k", tr("keysPrev", "Previous invitation")},
		{"a", tr("keysAccept", "Accept the current invitation")},
		{"i", tr("keysIgnore", "Ignore the current invitation")},
		{"o", tr("keysExplain", "Show or hide why")},
		{"?", tr("keysHelp", "Show or hide this list")},
		{tr("keysEscKey", "Esc"), tr("keysEscape", "Close this list")},
	} {
		dt := create("dt")
		dt.Call("appendChild", createText("kbd", row[0]))
		dl.Call("appendChild", dt)
		dl.Call("appendChild", createText("dd", row[1]))
	}
	d.Call("appendChild", dl)
	d.Call("appendChild", createText("p", tr("keysHint", "The shortcuts do nothing while you type in a text field.")))
	d.Call("appendChild", createText("button", tr("keysClose", "Close"), "type", "button", "data-vetted-keys-close", ""))
	// Clicks and keys inside the list are Vetted's, not the site's.
	stop := js.FuncOf(func(this js.Value, args []js.Value) any {
		e := args[0]
		e.Call("stopPropagation")
		if e.Get("type").String() == "click" {
			t := e.Get("target")
			if isNode(t) && t.Get("nodeType").Int() == 1 && t.Call("hasAttribute", "data-vetted-keys-close").Bool() {
				k.closeHelp()
			}
		}
		return nil
	})
	d.Call("addEventListener", "click", stop)
	d.Call("addEventListener", "keydown", stop)
	// Esc closes a modal dialog by itself too: give the focus back.
	d.Call("addEventListener", "close", js.FuncOf(func(js.Value, []js.Value) any {
		if isNode(k.before) && connected(k.before) {
			call(k.before, "focus")
		}
		k.before = js.Undefined()
		return nil
	}))
	return d
}
