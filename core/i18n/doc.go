// Package i18n fills in the placeholders of a message the way
// chrome.i18n.getMessage does ($1…$9 are the arguments, $$ is a dollar
// sign): for the English of the core's texts (render.Text's fallbacks,
// the verdict's English reason) and for the decision log page's reasons
// in the reader's language (ledger.ReasonIn); and holds Message, a
// message by name with its arguments, the form in which a text the user
// reads later in their own language is kept (the verdict's reason in the
// decision log).
package i18n
