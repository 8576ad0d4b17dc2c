// Command vetted triages connection invitations from the command line with
// the same core the browser extension runs.
//
//	vetted triage [--json] [--settings FILE] [FILE|-]
//	vetted scan [--site SITE] [--json] [--settings FILE] PAGE.html
//
// triage reads cards as JSON lines (one card per line, every field
// optional) and prints one verdict per card: a readable table by default,
// JSON lines with --json. scan reads a saved invitation page, finds its
// cards with the matching site adapter and prints their verdicts the same
// way. A malformed input line is reported on stderr with its line number;
// the other lines are still judged and the exit code is 1. Usage and
// settings errors exit with 2.
package main
