// Package identity says whether two references name the same person: a
// profile URL reduced to what identifies the profile (Ref), or a name
// reduced to its words (NameKey). The blocklist (package flag), the
// trusted list (package verdict) and a page's duplicate senders all match
// people through it, so that a URL or a name that matches in one place
// matches in all of them.
package identity
