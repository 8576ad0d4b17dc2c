package page

import "strings"

// NotFoundError is Detect's error: no adapter recognised the page.
type NotFoundError struct {
	Tried []string // the IDs of the adapters tried, in order
}

func (e *NotFoundError) Error() string {
	return "no invitation list found (tried: " + strings.Join(e.Tried, ", ") + ")"
}

// Detect finds the adapter for a page: among the adapters whose URL
// patterns match url first, then among all; in each group, first by the
// page's own markers (Adapter.Page), then by finding cards or the empty
// state. A recognised page without invitations is not an error: its
// adapter's Cards returns none. url may be empty (a saved page of unknown
// origin). When nothing matches, the error is a *NotFoundError naming
// every adapter tried.
func Detect(url string, root Node) (a *Adapter, err error) {
	notFound := &NotFoundError{Tried: IDs()}
	if root == nil {
		return nil, notFound
	}
	defer func() {
		if recover() != nil {
			a, err = nil, notFound
		}
	}()
	var byURL []*Adapter
	if url != "" {
		for _, x := range All {
			if x.Matches(url) {
				byURL = append(byURL, x)
			}
		}
	}
	for _, group := range [][]*Adapter{byURL, All} {
		for _, x := range group {
			if x.marked(root) {
				return x, nil
			}
		}
		for _, x := range group {
			if x.Empty(root) || len(x.ownCards(root)) > 0 {
				return x, nil
			}
		}
	}
	// A layout or a language the tables do not know, on a site's host:
	// the cards found from their controls.
	for _, x := range hostAdapters(url) {
		if len(x.controlCards(root)) > 0 {
			return x, nil
		}
	}
	// A saved page of unknown origin: the site whose profile links its
	// control-found cards hold.
	if url == "" {
		for _, x := range All {
			if x.linkedCards(root) {
				return x, nil
			}
		}
	}
	return nil, notFound
}

// linkedCards reports whether control-first reading finds cards on a page
// and each holds one of the adapter's profile links.
func (a *Adapter) linkedCards(root Node) bool {
	cards := a.controlCards(root)
	if len(cards) == 0 || a.Links == "" || a.Links == "a[href]" {
		return false
	}
	for _, c := range cards {
		if c.QueryOne(a.Links) == nil {
			return false
		}
	}
	return true
}

// hostAdapters returns the adapters for the site a URL is on, whatever its path.
func hostAdapters(url string) []*Adapter {
	l, ok := parseLink(url)
	if !ok || l.host == "" {
		return nil
	}
	var out []*Adapter
	for _, x := range All {
		for _, p := range x.URLs {
			if onHost(l.host, p.Host) {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// marked reports whether one of the adapter's page markers is present.
func (a *Adapter) marked(root Node) bool {
	for _, sel := range a.Page {
		if root.QueryOne(sel) != nil {
			return true
		}
	}
	return false
}

// Matches reports whether a URL is one of the adapter's pages.
func (a *Adapter) Matches(url string) bool {
	l, ok := parseLink(url)
	if !ok || l.host == "" {
		return false
	}
	path := strings.ToLower(l.path)
	if !strings.HasSuffix(path, "/") {
		path += "/"
	}
	for _, p := range a.URLs {
		if !onHost(l.host, p.Host) {
			continue
		}
		if p.Query != "" {
			name, val, _ := strings.Cut(p.Query, "=")
			if param(l.query, name) != val {
				continue
			}
		}
		if hasPrefix(path, p.Paths) && !hasPrefix(path, p.Except) {
			return true
		}
	}
	return false
}

// IDs returns the IDs of all adapters, in order.
func IDs() []string {
	out := make([]string, len(All))
	for i, a := range All {
		out[i] = a.ID
	}
	return out
}

// ByID returns the adapter with an ID, or nil.
func ByID(id string) *Adapter {
	for _, a := range All {
		if a.ID == id {
			return a
		}
	}
	return nil
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
