package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
)

// dataShares are the shares of each fold's training data that the
// learning curve trains on; the last is the whole, the models of the
// report.
var dataShares = []float64{0.25, 0.5, 0.75, 1}

// dataPoint is the cross-validation of models that learnt from a share
// of their training data.
type dataPoint struct {
	Share       float64
	Notes       int        // training notes per fold, on average
	Rates       [4]float64 // the goals' rates (goals), both (default)
	BadAt2      float64    // bad notes whose probability is above that of all but 2 % of legitimate ones
	LegitAt2    int        // how many legitimate notes that lets through
	Legit       int
	Bad, Others int
}

// keepShare reports whether a training note is in the share s of the
// training data: whole source pages are kept or left out (a page's notes
// are alike), the team's own notes one by one (each file is one
// "source"). The choice is a hash, so the shares are nested: what 25 %
// keeps, 50 % keeps too.
func keepShare(n *train.Note, s float64) bool {
	unit := n.Source
	if strings.HasPrefix(unit, "written:") {
		unit = n.Text
	}
	return s >= 1 || float64(fnv64(unit)%1000) < s*1000
}

// fnv64 is FNV-1a of s.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return h
}

// learningCurveOfData runs the cross-validation of x again with each
// fold's model trained on a share of its training pages and notes (the
// extra notes too), for each of dataShares but the whole, which is x.
func learningCurveOfData(x *cv, whole []outcome) []dataPoint {
	var out []dataPoint
	for _, s := range dataShares {
		y := *x
		outs := whole
		notes := 0
		if s < 1 {
			y.models = make([]*notemodel.Model, len(x.models))
			counts := make([]int, len(x.models))
			train.Parallel(len(x.models), func(f int) {
				var tr, extra []train.Example
				for i := range x.exC {
					if x.folds[i] != f && keepShare(&x.corpus[i], s) {
						tr = append(tr, x.exC[i])
					}
				}
				for i := range x.exE {
					if keepShare(&x.extra[i], s) {
						extra = append(extra, x.exE[i])
					}
				}
				counts[f] = len(tr) + len(extra)
				y.models[f] = train.Train(tr, extra, train.Defaults, innerFolds).Model()
			})
			for _, c := range counts {
				notes += c
			}
			outs = y.judge()
		} else {
			for f := range x.models {
				for i := range x.exC {
					if x.folds[i] != f {
						notes++
					}
				}
				notes += len(x.exE)
			}
		}
		p := dataPoint{Share: s, Notes: notes / len(x.models)}
		r := &report{Outcomes: outs}
		for gi, g := range goals {
			p.Rates[gi], _, _ = r.rate(len(configs)-1, g.Labels, g.Hit)
		}
		p.BadAt2, p.LegitAt2, p.Legit = badAtLegit(outs, 0.02)
		out = append(out, p)
	}
	return out
}

// badAtLegit returns the share of bad notes whose model probability is
// above a threshold that at most the share most of the legitimate notes
// reach, how many legitimate notes reach it, and how many there are.
func badAtLegit(outs []outcome, most float64) (float64, int, int) {
	var legit, bad []float32
	for _, o := range outs {
		switch {
		case contains(badLabels, o.Note.Label):
			bad = append(bad, o.Bad)
		case contains(legitLabels, o.Note.Label):
			legit = append(legit, o.Bad)
		}
	}
	if len(legit) == 0 || len(bad) == 0 {
		return 0, 0, len(legit)
	}
	slices.Sort(legit)
	slices.Reverse(legit)
	allowed := int(most * float64(len(legit)))
	t := legit[min(allowed, len(legit)-1)] // a note must be above it
	caught, through := 0, 0
	for _, p := range bad {
		if p > t {
			caught++
		}
	}
	for _, p := range legit {
		if p > t {
			through++
		}
	}
	return float64(caught) / float64(len(bad)), through, len(legit)
}

// curveMarkdown is EVAL.md's section on the learning curve.
func curveMarkdown(points []dataPoint, folds int) string {
	if len(points) == 0 {
		return ""
	}
	var b strings.Builder
	p := func(f string, a ...any) { fmt.Fprintf(&b, f, a...) }
	p("\n## More training data\n\nThe same %d-fold grouped cross-validation, each fold's model trained on a share of its training data: of the corpus pages in its training folds and of the extra notes' pages (the team's own notes one by one), chosen by a hash of the page, so that each share holds the smaller ones. The goal rates are the default judgement's; the last column is the share of bad notes (scam, recruiter_scam, spam) whose model probability is above a threshold that at most 2 %% of legitimate notes (peer, personal, generic) reach, whatever the rule's threshold.\n\n", folds)
	head := []string{"share", "training notes per fold"}
	for _, g := range goals {
		head = append(head, g.Name)
	}
	tableHead(&b, append(head, "bad notes caught at ≤ 2 % legitimate")...)
	for _, c := range points {
		p("| %.0f %% | %d |", 100*c.Share, c.Notes)
		for gi := range goals {
			p(" %s |", pct(c.Rates[gi]))
		}
		p(" %s (legitimate %d/%d) |\n", pct(c.BadAt2), c.LegitAt2, c.Legit)
	}
	return b.String()
}

// curveSummary is the curve in make eval's output.
func curveSummary(points []dataPoint) string {
	var b strings.Builder
	for _, c := range points {
		fmt.Fprintf(&b, "data %3.0f %% (%4d notes/fold):", 100*c.Share, c.Notes)
		for gi := range goals {
			fmt.Fprintf(&b, " %7s", pct(c.Rates[gi]))
		}
		fmt.Fprintf(&b, "  bad at ≤2 %% legit %s\n", pct(c.BadAt2))
	}
	return b.String()
}
