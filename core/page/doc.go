// Package page reads invitation pages. It defines Node, a small view of a
// DOM element that both a native HTML tree (package htmlnode) and the live
// browser DOM (package wasm) implement, and one Adapter per supported page:
// declarative tables of URL patterns, the invitation list, the card, and an
// ordered list of fallbacks for every card field and every action control,
// attributes and structure first, translated text last.
package page
