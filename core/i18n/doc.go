// Package i18n fills in the placeholders of a message the way
// chrome.i18n.getMessage does ($1…$9 are the arguments, $$ is a dollar
// sign), for the English fallbacks of the Go glue's text (wasm/i18n.go)
// when the browser has no extension API or no such message; and holds
// Message, a message by name with its arguments, the form in which a text
// the user reads later in their own language is kept (the verdict's
// reason in the decision log).
package i18n
