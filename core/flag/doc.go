// Package flag holds the red-flag rules: one rule per file, each a Rule
// value with a stable ID, a short title and a doc line (in English and
// German: Rule.TitleIn and Rule.DocIn pick one by the browser's language),
// a group, a weight, a check and examples that must and must not fire. All
// lists every rule explicitly; there is no init() registration.
//
// A rule only detects: it returns a strength from 0 to 1 and the evidence
// (quoted words or stated facts) that made it fire. Scoring and
// classification belong to package verdict.
//
// Use it in three steps: NewContext prepares the user's settings once,
// NewBatch gathers the page-wide facts of all cards on a page, and
// Context.Evaluate runs the enabled rules on one card. Evaluate folds the
// card's name, headline and note once (see package text) and finds the
// phrases of every rule's lists in one pass over each (lexicon.go), so a
// rule's Check only looks up what was found.
package flag
