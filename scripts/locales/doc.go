// Package locales holds the convention test of the extension's messages
// (extension/_locales): every locale has exactly the keys of English, the
// same placeholders and no empty message; every key the extension uses
// (getMessage('k'), msg('k'), data-i18n="k" and data-i18n-*="k" in
// extension/*.js and *.html, __MSG_k__ in manifest.json, Msg("k", …) and
// "badge…"/"keys…" literals in the Go of wasm/, core/render and
// core/session) exists in English; the English fallbacks there
// (render.Msg) say what English says; every badge* and keys* message is
// used by that Go or the shell; each locale's "lang" message
// (wasm/lang.go's langKey) is its own folder's name; German says "Sie",
// never "du"; and no message or page cites a source document ("seed
// 004"). It has no code of its own:
// run it with go test ./scripts/locales.
package locales
