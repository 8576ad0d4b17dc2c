// Package render decides what the shell shows: the render model of a card's
// badge (chip, explanation, action bar), the bulk bar (BulkBar) and the
// text of action outcomes, as plain data the shell applies to the page
// without deciding anything.
//
// Every piece of text is a Text: a message of the extension's _locales
// (Key) with its English Fallback and its arguments, themselves Texts, or
// a literal (Fallback alone) such as page-derived evidence. The shell
// resolves it with chrome.i18n.getMessage, in the browser's language,
// and puts it on the page as text, never HTML; String resolves it in
// English here (the tests, the CLI).
package render
