// Command chaos writes a sample of the markup-chaos harness's pages
// (core/page/mutate) for the end-to-end tests: each chosen fixture of
// core/page/testdata rewritten by each chosen mutation, with the page's
// URL and the keys of the cards the native core reads on it, so that a
// browser test can check that every one of them gets its badge.
//
//	go run ./scripts/chaos -out DIR
//
// writes DIR/sample.json: [{name, url, html, keys}].
package main
