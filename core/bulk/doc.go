// Package bulk is the pure logic of bulk triage (DESIGN §6): which cards a
// bulk action takes, which it skips and why, the random delay between two
// actions, the caps per run and per hour, and the progress and summary of
// a run, as data the popup and the page's progress bar turn into text.
//
// There are two bulk actions:
//
//   - "Accept all recommended" (AcceptRecommended) accepts the cards whose
//     recommendation is accept (in job-search mode core/verdict already
//     recommends accepting recruiters).
//   - "Ignore all flagged" (IgnoreFlagged) ignores the cards that are
//     dangerous (level danger), or whose recommendation is decline or
//     decline and block, or ignore-or-vet with at least one red flag. It
//     never takes a known contact or a person on the user's trusted list,
//     whatever else the verdict says. It ignores only: blocking and
//     reporting stay one-card actions that need the user.
//
// Plan lists the targets in page order and the cards it skips with a
// reason; Start narrows a fresh plan to the cards the user confirmed; Room
// re-checks the caps before each click; Delay draws the pause before the
// next click; Run follows a run to its Summary (a Run is plain data, so
// core/session can hand it to the shell and get it back). The runner
// (core/session, stepped by extension/shell.js) clicks one card at a time
// through the single-action path of core/action and stops at the first
// outcome other than done. Every bulk action's
// ledger entry is marked (ledger.Entry.Bulk), and every marked entry of
// the last hour counts against the hourly cap, whatever its outcome.
//
// Like everything linked into core.wasm, the package imports no fmt, time
// or encoding/json.
package bulk
