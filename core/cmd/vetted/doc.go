// Command vetted triages connection invitations from the command line with
// the same core the browser extension runs.
//
//	vetted triage [--json] [--settings FILE] [--state STATE.json] [FILE|-]
//	vetted scan [--site SITE] [--json] [--settings FILE] [--state STATE.json] PAGE.html
//	vetted learn --state STATE.json [--settings FILE] [--list|--forget ID,...|--reset] [DECISIONS|-]
//
// triage reads cards as JSON lines (one card per line, every field
// optional) and prints one verdict per card: a readable table by default,
// JSON lines with --json. scan reads a saved invitation page, finds its
// cards with the matching site adapter and prints their verdicts the same
// way. learn reads the user's decisions as JSON lines, each a card in
// triage's format plus "action" (accept, ignore, report or block; "bulk":
// true for a bulk run's) or "correct": {"type": "recruiter"} (a type, or
// "not_scam"), and updates the learnt state file (package learn), which it
// creates when missing; triage and scan judge with it when given --state.
// learn --list prints what was learnt with IDs, --forget removes features
// or reported entries by ID, --reset everything.
// A malformed input line is reported on stderr with its line number;
// the other lines are still judged and the exit code is 1. Usage and
// settings errors exit with 2.
package main
