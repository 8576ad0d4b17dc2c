// Package flag holds the red-flag rules: one rule per file, each a Rule
// value with a stable ID, a short title, a doc line, a group, a weight, a
// check and examples that must and must not fire. All lists every rule
// explicitly; there is no init() registration.
//
// A rule only detects: it returns a strength from 0 to 1 and the evidence
// (quoted words or stated facts) that made it fire. Scoring and
// classification belong to package verdict.
package flag
