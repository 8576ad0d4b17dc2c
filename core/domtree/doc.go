// Package domtree is the page as the shell sends it to the core: a
// snapshot of a DOM subtree (elements with their tags and attributes, and
// text) in one string, and the tree the core reads it back into, with
// every element numbered so that the core can name an element (a card, a
// control to click) and the shell can find it again.
//
// The format, written by the shell (extension/shell.js, snapshot) and by
// Encode here: fields separated by NUL, the tree in document order. An
// element is "E", its tag, its number of attributes, each attribute's name
// and value, its number of children, then the children; a text node is
// "T" and its text. NUL in page text or attribute values becomes U+FFFD.
// Elements are numbered in that order from 0 (the snapshot's root).
//
// Decode gives a page.Node tree (package htmlnode, so the site adapters
// read it exactly as they read the saved pages of their native tests) and
// the number of each element. Bad input is an error, never a panic.
package domtree
