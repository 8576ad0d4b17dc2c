package page

// Unread is what an invitation page shows that Cards could not read: for
// the user ("2 invitations on this page could not be read") and, as
// markup skeletons (Skeleton), for a bug report they may copy.
type Unread struct {
	// Controls are the Accept controls of the page that no card read
	// holds (hidden stand-ins left out).
	Controls []Node
	// Nameless are the cards read without a name.
	Nameless []Node
}

// Count is how many invitations could not be read.
func (u Unread) Count() int { return len(u.Controls) + len(u.Nameless) }

// Unread returns what the page shows that the cards found (Cards' result)
// do not cover. Only a Walker can tell which controls lie outside every
// card; for other Nodes Controls stays empty.
func (a *Adapter) Unread(root Node, found []Found) (u Unread) {
	defer func() {
		if recover() != nil {
			u = Unread{}
		}
	}()
	inCard := map[Node]bool{}
	for _, f := range found {
		if f.Card.Name == "" {
			u.Nameless = append(u.Nameless, f.Node)
		}
		if _, ok := f.Node.(Walker); ok {
			inCard[f.Node] = true
		}
	}
	w, ok := root.(Walker)
	if !ok {
		return u
	}
	for _, el := range w.QueryAll(controlSel) {
		if a.verbOf(el) != Accept || hiddenInCard(el, nil) && !inHiddenList(el) {
			continue
		}
		ew, ok := el.(Walker)
		if !ok {
			continue
		}
		covered := false
		for x := Walker(ew); x != nil && !covered; x = parentOf(x) {
			covered = inCard[x]
		}
		if !covered {
			u.Controls = append(u.Controls, el)
		}
	}
	return u
}

// inHiddenList reports whether a hidden control is hidden with others (a
// bucket the page shows later) rather than on its own (a stand-in): some
// hidden ancestor of it holds another control.
func inHiddenList(el Node) bool {
	w, ok := el.(Walker)
	if !ok {
		return false
	}
	for x := parentOf(w); x != nil; x = parentOf(x) {
		if Hidden(x) {
			return len(x.QueryAll(controlSel)) > 1
		}
	}
	return false
}
