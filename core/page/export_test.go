package page

// VerbOf exposes verbOf to the tests of package page_test.
func (a *Adapter) VerbOf(el Node) Control { return a.verbOf(el) }
