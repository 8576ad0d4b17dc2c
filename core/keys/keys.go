package keys

import (
	"maps"
	"slices"
	"strings"
)

// Command is what a key press asks Vetted to do.
type Command string

// The commands; None leaves the key press to the site.
const (
	None      Command = ""
	Next      Command = "next"      // focus the next card's badge
	Prev      Command = "prev"      // focus the previous card's badge
	Accept    Command = "accept"    // accept the current card
	Ignore    Command = "ignore"    // ignore the current card
	Explain   Command = "explain"   // open or close the current card's explanation
	Help      Command = "help"      // show the list of shortcuts
	CloseHelp Command = "closehelp" // hide the list of shortcuts
)

// Press is one keydown event: KeyboardEvent.key and its flags.
type Press struct {
	Key              string
	Ctrl, Alt, Meta  bool // Shift is in Key already ("J", "?")
	Repeat           bool // auto-repeat of a held key
	Composing        bool // part of an IME composition
	DefaultPrevented bool // someone handled the event already
}

// Focus describes the element the key press goes to (the event's target).
type Focus struct {
	Tag             string // local name, such as "input" (any case)
	Role            string // the role attribute, as written
	ContentEditable bool   // isContentEditable: the element or an ancestor is editable
}

// State is what the page shows.
type State struct {
	Badges   bool // the page shows at least one Vetted badge
	HelpOpen bool // the list of shortcuts is open
}

// Typing reports whether focus is on something the user types into,
// where every printable key belongs to the user.
func (f Focus) Typing() bool {
	if f.ContentEditable || slices.Contains(typingTags, strings.ToLower(f.Tag)) {
		return true
	}
	for _, r := range strings.Fields(strings.ToLower(f.Role)) {
		if slices.Contains(typingRoles, r) {
			return true
		}
	}
	return false
}

// The tables Decide and Typing follow, and that Table gives a shell.
var (
	typingTags  = []string{"input", "textarea", "select"}
	typingRoles = []string{"textbox", "searchbox", "combobox"}
	commands    = map[string]Command{"j": Next, "k": Prev, "a": Accept, "i": Ignore, "o": Explain, "?": Help}
	noRepeat    = []Command{Accept, Ignore, Help}
	closeKeys   = []string{"?", "Escape"}
)

// command maps a key (KeyboardEvent.key) to its command.
func command(key string) Command { return commands[key] }

// Map is Decide's decision table as data, for a shell that must decide a
// key press at once (the event cannot wait for a core in the background):
// a press with Ctrl, Alt or Meta, during a composition or already handled
// is none; while the list of shortcuts is open only Close keys count
// (CloseHelp); otherwise, with badges on the page and focus on nothing
// the user types into (TypingTags, TypingRoles, a contenteditable), the
// key's command from Commands, except an auto-repeat of a NoRepeat one.
type Map struct {
	Commands    map[string]Command `json:"commands"`
	NoRepeat    []Command          `json:"noRepeat"`
	Close       []string           `json:"close"`
	TypingTags  []string           `json:"typingTags"`
	TypingRoles []string           `json:"typingRoles"`
}

// Table returns the decision table.
func Table() Map {
	return Map{Commands: maps.Clone(commands), NoRepeat: slices.Clone(noRepeat), Close: slices.Clone(closeKeys),
		TypingTags: slices.Clone(typingTags), TypingRoles: slices.Clone(typingRoles)}
}

// Decide returns the command for a key press, or None.
func Decide(p Press, f Focus, s State) Command {
	if p.Ctrl || p.Alt || p.Meta || p.Composing || p.DefaultPrevented {
		return None
	}
	if s.HelpOpen {
		// The list is a modal dialog: only the keys that close it.
		if slices.Contains(closeKeys, p.Key) {
			return CloseHelp
		}
		return None
	}
	if !s.Badges || f.Typing() {
		return None
	}
	c := command(p.Key)
	if p.Repeat && slices.Contains(noRepeat, c) {
		return None
	}
	return c
}

// Move returns the index of the card a Next or Prev command moves to, from
// the current index cur (-1 for none) among n cards, or -1 when there is no
// card. From none, Next goes to the first card and Prev to the last; at
// either end the index stays (no wrap-around, so a held key stops at the
// end of the list).
func Move(c Command, cur, n int) int {
	if n <= 0 {
		return -1
	}
	if cur < 0 || cur >= n {
		switch c {
		case Next:
			return 0
		case Prev:
			return n - 1
		}
		return -1
	}
	switch c {
	case Next:
		if cur+1 < n {
			return cur + 1
		}
	case Prev:
		if cur > 0 {
			return cur - 1
		}
	}
	return cur
}
