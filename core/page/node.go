package page

// Node is one element of a document, as much of it as the adapters need.
// Implementations: htmlnode (golang.org/x/net/html, native tests and the
// CLI), domtree (the shell's snapshots, read by the core in WebAssembly)
// and the live DOM in the WebAssembly build.
//
// Methods that find an element return nil when there is none; an
// implementation must return a true nil interface, never a typed nil.
type Node interface {
	// QueryOne returns the first descendant matching the CSS selector, or nil.
	QueryOne(selector string) Node
	// QueryAll returns the descendants matching the CSS selector, in document order.
	QueryAll(selector string) []Node
	// Closest returns the nearest ancestor-or-self matching the selector, or nil.
	Closest(selector string) Node
	// Text returns the element's text content (all descendant text nodes).
	Text() string
	// Attr returns the value of an attribute and whether it is present.
	Attr(name string) (string, bool)
	// Tag returns the lower-case element name ("div", "a").
	Tag() string
}
