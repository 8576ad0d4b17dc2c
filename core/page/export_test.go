package page

// VerbOf exposes verbOf to the tests of package page_test.
func (a *Adapter) VerbOf(el Node) Control { return a.verbOf(el) }

// SeedSelectors are the selectors of every seed plan (seedplans.go).
func SeedSelectors() []string {
	var out []string
	for _, s := range seedPlans {
		for _, q := range s.queries {
			out = append(out, q.Sel)
			out = append(out, q.Closest...)
			out = append(out, q.Has...)
		}
	}
	return out
}
