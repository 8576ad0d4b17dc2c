// Package domtree is the page as the shell sends it to the core: a
// snapshot of a DOM subtree (elements with their tags and attributes, and
// text) in one string, and the tree the core reads it back into, with
// every element numbered so that the core can name an element (a card, a
// control to click) and the shell can find it again.
//
// The format, written by the shell (extension/shell.js, snapshot) and by
// Writer here (Encode writes a decoded tree again): fields separated by NUL, the tree in document order. An
// element is "E", its tag, its number of attributes, each attribute's name
// and value, its number of children, then the children; a text node is
// "T" and its text. NUL in page text or attribute values becomes U+FFFD.
// Elements are numbered in that order from 0 (the snapshot's root).
//
// Decode gives the tree the core reads (Tree, Element): a page.Node and
// page.Walker, with the hidden-text rules of package htmlnode, and a CSS
// selector matcher for the selectors the site adapters use (selector.go;
// Compile tells which), each compiled once and cached. It links neither
// x/net/html nor cascadia, which would cost the WebAssembly builds about
// 0.7 MB; native tests and the CLI write snapshots of saved pages with
// htmlnode.Snapshot (Writer). Bad input is an error, never a panic; an
// unsupported or invalid selector matches nothing.
package domtree
