package render

import "github.com/vetted/vetted/core/keys"

// Keys is what the shell needs for the keyboard shortcuts: the decision
// table (package keys decides; the shell applies the table at once, since
// a key press cannot wait for an answer) and the list of shortcuts it
// shows on "?".
type Keys struct {
	Map   keys.Map `json:"map"`
	Title Text     `json:"title"`
	Rows  []KeyRow `json:"rows"`
	Hint  Text     `json:"hint"`
	Close Text     `json:"close"`
}

// KeyRow is one shortcut in the list: the key and what it does.
type KeyRow struct {
	Key  Text `json:"key"`
	Does Text `json:"does"`
}

// NewKeys returns the shortcuts' table and list.
func NewKeys() Keys {
	return Keys{
		Map:   keys.Table(),
		Title: Msg("keysTitle", "Vetted keyboard shortcuts"),
		Rows: []KeyRow{
			{Lit("j"), Msg("keysNext", "Next invitation")},
			{Lit("k"), Msg("keysPrev", "Previous invitation")},
			{Lit("a"), Msg("keysAccept", "Accept the current invitation")},
			{Lit("i"), Msg("keysIgnore", "Ignore the current invitation")},
			{Lit("o"), Msg("keysExplain", "Show or hide why")},
			{Lit("?"), Msg("keysHelp", "Show or hide this list")},
			{Msg("keysEscKey", "Esc"), Msg("keysEscape", "Close this list")},
		},
		Hint:  Msg("keysHint", "The shortcuts do nothing while you type in a text field."),
		Close: Msg("keysClose", "Close"),
	}
}
