package keys

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDecide(t *testing.T) {
	page := State{Badges: true}
	none := Focus{Tag: "body"}
	tests := []struct {
		name  string
		press Press
		focus Focus
		state State
		want  Command
	}{
		{"j next", Press{Key: "j"}, none, page, Next},
		{"k prev", Press{Key: "k"}, none, page, Prev},
		{"a accept", Press{Key: "a"}, none, page, Accept},
		{"i ignore", Press{Key: "i"}, none, page, Ignore},
		{"o explain", Press{Key: "o"}, none, page, Explain},
		{"? help", Press{Key: "?"}, none, page, Help},
		{"on a badge button", Press{Key: "a"}, Focus{Tag: "BUTTON"}, page, Accept},
		{"on a link", Press{Key: "j"}, Focus{Tag: "a"}, page, Next},
		{"held j repeats", Press{Key: "j", Repeat: true}, none, page, Next},
		{"held a does not repeat", Press{Key: "a", Repeat: true}, none, page, None},
		{"held i does not repeat", Press{Key: "i", Repeat: true}, none, page, None},
		{"held ? does not repeat", Press{Key: "?", Repeat: true}, none, page, None},
		{"other key", Press{Key: "x"}, none, page, None},
		{"upper case J", Press{Key: "J"}, none, page, None},
		{"upper case A", Press{Key: "A"}, none, page, None},
		{"Enter", Press{Key: "Enter"}, none, page, None},
		{"Escape without the list", Press{Key: "Escape"}, none, page, None},
		{"ctrl", Press{Key: "a", Ctrl: true}, none, page, None},
		{"alt", Press{Key: "j", Alt: true}, none, page, None},
		{"meta", Press{Key: "i", Meta: true}, none, page, None},
		{"composing", Press{Key: "a", Composing: true}, none, page, None},
		{"already handled", Press{Key: "a", DefaultPrevented: true}, none, page, None},
		{"no badges", Press{Key: "a"}, none, State{}, None},
		{"no badges ?", Press{Key: "?"}, none, State{}, None},
		{"input", Press{Key: "a"}, Focus{Tag: "input"}, page, None},
		{"INPUT", Press{Key: "j"}, Focus{Tag: "INPUT"}, page, None},
		{"textarea", Press{Key: "i"}, Focus{Tag: "textarea"}, page, None},
		{"select", Press{Key: "o"}, Focus{Tag: "select"}, page, None},
		{"contenteditable", Press{Key: "a"}, Focus{Tag: "div", ContentEditable: true}, page, None},
		{"role textbox", Press{Key: "a"}, Focus{Tag: "div", Role: "textbox"}, page, None},
		{"role searchbox", Press{Key: "?"}, Focus{Tag: "div", Role: "searchbox"}, page, None},
		{"role combobox", Press{Key: "k"}, Focus{Tag: "span", Role: " Combobox "}, page, None},
		{"role list of roles", Press{Key: "k"}, Focus{Tag: "span", Role: "presentation textbox"}, page, None},
		{"role button", Press{Key: "a"}, Focus{Tag: "div", Role: "button"}, page, Accept},
		{"help: ? closes", Press{Key: "?"}, none, State{Badges: true, HelpOpen: true}, CloseHelp},
		{"help: Escape closes", Press{Key: "Escape"}, Focus{Tag: "button"}, State{Badges: true, HelpOpen: true}, CloseHelp},
		{"help: a does nothing", Press{Key: "a"}, none, State{Badges: true, HelpOpen: true}, None},
		{"help: j does nothing", Press{Key: "j"}, none, State{Badges: true, HelpOpen: true}, None},
		{"help: ctrl+? does nothing", Press{Key: "?", Ctrl: true}, none, State{Badges: true, HelpOpen: true}, None},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Decide(tt.press, tt.focus, tt.state))
		})
	}
}

func TestMove(t *testing.T) {
	tests := []struct {
		name         string
		cmd          Command
		cur, n, want int
	}{
		{"next from none", Next, -1, 3, 0},
		{"prev from none", Prev, -1, 3, 2},
		{"next", Next, 0, 3, 1},
		{"prev", Prev, 2, 3, 1},
		{"next at the end stays", Next, 2, 3, 2},
		{"prev at the start stays", Prev, 0, 3, 0},
		{"no cards", Next, -1, 0, -1},
		{"stale index", Next, 5, 3, 0},
		{"other command from none", Accept, -1, 3, -1},
		{"other command keeps", Accept, 1, 3, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Move(tt.cmd, tt.cur, tt.n))
		})
	}
}
