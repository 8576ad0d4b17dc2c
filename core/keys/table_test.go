package keys_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/keys"
)

// decideFromTable applies Table as the content-script shell does
// (extension/shell.js, onShortcut): it must agree with Decide everywhere.
func decideFromTable(m keys.Map, p keys.Press, f keys.Focus, s keys.State) keys.Command {
	if p.Ctrl || p.Alt || p.Meta || p.Composing || p.DefaultPrevented {
		return keys.None
	}
	if s.HelpOpen {
		if slices.Contains(m.Close, p.Key) {
			return keys.CloseHelp
		}
		return keys.None
	}
	typing := f.ContentEditable || slices.Contains(m.TypingTags, strings.ToLower(f.Tag))
	for _, r := range strings.Fields(strings.ToLower(f.Role)) {
		typing = typing || slices.Contains(m.TypingRoles, r)
	}
	if !s.Badges || typing {
		return keys.None
	}
	c := m.Commands[p.Key]
	if p.Repeat && slices.Contains(m.NoRepeat, c) {
		return keys.None
	}
	return c
}

func TestTableAgreesWithDecide(t *testing.T) {
	m := keys.Table()
	focuses := []keys.Focus{{Tag: "div"}, {Tag: "INPUT"}, {Tag: "textarea"}, {Tag: "select"}, {Tag: "div", ContentEditable: true},
		{Tag: "div", Role: "textbox"}, {Tag: "div", Role: "button combobox"}, {Tag: "button", Role: "button"}}
	n := 0
	for _, key := range []string{"j", "k", "a", "i", "o", "?", "Escape", "J", "x", "Enter", " "} {
		for bits := range 1 << 8 {
			p := keys.Press{Key: key, Ctrl: bits&1 != 0, Alt: bits&2 != 0, Meta: bits&4 != 0, Repeat: bits&8 != 0,
				Composing: bits&16 != 0, DefaultPrevented: bits&32 != 0}
			s := keys.State{Badges: bits&64 != 0, HelpOpen: bits&128 != 0}
			for _, f := range focuses {
				assert.Equal(t, keys.Decide(p, f, s), decideFromTable(m, p, f, s), "%+v %+v %+v", p, f, s)
				n++
			}
		}
	}
	assert.Greater(t, n, 10000)
	m.Commands["z"] = keys.Next
	assert.Equal(t, keys.None, keys.Decide(keys.Press{Key: "z"}, keys.Focus{}, keys.State{Badges: true}), "Table hands out a copy")
}
