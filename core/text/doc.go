// Package text is Vetted's small Unicode-aware matching toolkit.
//
// Fold turns any text into its matching form: invisible and bidi control
// characters removed, look-alike letters (Cyrillic, Greek, fullwidth,
// mathematical "fancy" letters) folded to Latin, accents stripped, lower
// case, plain quotes and dashes, single spaces. Phrase lists are written in
// that folded form and matched on word boundaries with HasPhrase,
// FindPhrase or a compiled Dict. Quote cuts evidence snippets from the
// original text. The scanners (URLs, e-mail addresses, phone numbers,
// messenger handles) and counters are hand-written: the package must stay
// small in the WebAssembly build, so it imports neither fmt nor regexp.
package text
