// Package ledger is Vetted's decision log: what the user did with which
// invitation, when, and what the verdict said at the time. It is bounded
// (the oldest entries rotate out), encodes to and decodes from a generic
// JSON tree (map[string]any, []any, string, float64, bool, nil) so the
// WebAssembly build can store it through the browser's JSON without
// linking encoding/json, and answers the repeat-invite question: has this
// sender been ignored, declined or blocked before (Prior). Stored items it
// cannot read (damaged, or a newer version's) are kept as they are and
// written back first (Log.Unreadable, at most MaxUnreadable), never
// dropped by a save. An entry that can be read keeps the members it does
// not read (a newer version's, nested ones whole) and reason_parts it
// cannot read as they were stored: Entry.Tree writes them back with what
// this version knows, so a save, the JSON export and an import (Merge,
// which also gives an entry the log holds what the file's copy has more)
// keep them; they count and rotate with their entry. An entry keeps the
// verdict's reason twice: in English (Reason, for the CSV) and as parts,
// each a message name of the extension's _locales with its arguments
// (ReasonParts, stored as reason_parts), which ReasonIn words in the
// user's language for the decision log page; its search matches both.
// The parts are display only, the English reason their fallback: parts
// that are malformed, of a shape a later version might write, or that
// name a message not starting with "reason" are left out when a stored
// entry or an imported one (JSON or CSV) is read (a JSON entry keeps
// them as stored, for Tree), and the entry is kept and shows its English
// reason; users expect their decisions, not the
// wording of one cell, to survive.
//
// For the decision log page it exports and imports, merges and searches:
//
//   - CSV writes the log as RFC 4180 CSV with a header row (CSVColumns),
//     times as ISO 8601 UTC text (ISOTime, written by hand) and as Unix
//     milliseconds, and a leading apostrophe on any cell a spreadsheet
//     would take for a formula; ReadCSV reads it back, naming the line of
//     any problem.
//   - The JSON form is Log.Tree as it is: a list of entry objects, the
//     same shape chrome.storage.local holds (the page's JSON export wraps it
//     with the learnt state, package backup).
//   - Import reads either form and Merge adds only entries the log does not
//     hold (Identity: the same time, action and person), keeps time order
//     and the limit, and counts what was added, duplicate, rotated out and
//     invalid. A file that is not a decision log is refused whole.
//   - Stats computes the decisions chart's figures: decisions per week
//     (Monday to Sunday, UTC) by action and by type, and what share of
//     each type the user accepts.
//   - Query, Select and Filter select entries by free text (as stored,
//     and the reason, action, outcome, type and level as the page shows
//     them in the reader's language: Query.Messages, ReasonIn, LabelsIn), action,
//     site, outcome and time range; ProfileLink says whether a stored
//     profile URL is safe to link to.
package ledger
