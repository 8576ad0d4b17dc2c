// Package verdict turns a card's fired red flags and its risk-lowering
// signals into a Verdict: a risk score from 0 to 100 with per-group caps,
// a level (safe, review, danger), a connection type and the recommended
// action, following the connection-type table of the design (seed 003's
// table, extended) and its precedence from the most dangerous type down.
package verdict
