// Package card holds the Card: what one invitation shows on a social
// network's invitation page (who sent it, what they wrote, what the page
// says about them), independent of any site's markup.
//
// A Card is the input of the triage core: site adapters (package page)
// produce it from a page, the CLI reads it from JSON lines, and the flag
// and verdict packages judge it. Unknown numbers are -1 and unknown photo
// state is PhotoUnknown, so "not shown on the card" is never confused with
// "zero".
package card
