// Package mutate is the markup-chaos harness (issue 11, DESIGN §10): it
// rewrites an invitation page the ways sites change theirs (extra
// wrappers, classes, ids and data-* attributes stripped, aria-labels
// dropped, tags renamed, controls reordered, hidden decoy text and
// controls, labels translated, the list split into buckets of which one
// is hidden) and reads it again, card by card, naming what each rewrite
// loses. Native only: it works on golang.org/x/net/html trees.
package mutate
