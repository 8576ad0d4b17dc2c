// Package action plans Vetted's one-click actions on an invitation card
// and enforces their safety rules (DESIGN §6), as plain logic over
// page.Node so it is tested natively; the WebAssembly glue only clicks,
// waits and reports.
//
// An action is planned (Plan: which page control to click, what to do
// after), checked right before acting (Precheck: the card still shows the
// same person, the control's label names that person, no security check is
// on screen, the control accepts a script's click), and judged from what
// the page shows afterwards (Settle: the card is gone or marked as
// connected; a new dialog or a security check stops). Controls that ignore
// synthetic clicks and labels that name nobody are handed to the user
// (NeedsUser): Vetted highlights the page's own control and never pretends.
package action
