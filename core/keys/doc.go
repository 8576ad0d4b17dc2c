// Package keys is the decision table of Vetted's keyboard shortcuts on an
// invitation page: given a key press (the key, its modifiers) and facts
// about the focused element, Decide says which command it is, or None.
//
// The shortcuts are j and k (next and previous card), a (accept the
// current card), i (ignore it), o (open or close its explanation) and ?
// (show or hide the list of shortcuts; Escape closes it too).
//
// They never fire while the user types (focus in an input, textarea,
// select, a contenteditable element or an element whose role is textbox,
// searchbox or combobox), never with Ctrl, Alt or Meta held, never during
// an IME composition, and only on a page that shows Vetted badges: every
// other key press is left to the site. A held-down a or i does not repeat
// (an auto-repeat event is None), so one press is at most one decision.
//
// The shell (extension/shell.js) decides each key press with Table, the
// same decision as data (render.NewKeys hands it over), since a key press
// cannot wait for the core's answer; a test checks Table against Decide.
package keys
