package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
	"github.com/vetted/vetted/core/verdict"
)

// The configs' indexes in configs.
const (
	cfgRules = 0
	cfgModel = 1
	cfgBoth  = 2
)

// typedRight says whether a verdict judges a note of this label as the
// label calls for (the per-label table of EVAL.md).
func typedRight(label string, v *verdict.Verdict) bool {
	return verdictClass(v) == wantClass(label)
}

// diagnose writes, per label, the notes that both (the default) judges
// wrong and the model alone right, and the reverse, with the rules that
// fired on them (and their points in both), then how often each rule
// fires in either group: which rules' hits cost the combined judgement
// and which ones help it.
func diagnose(w io.Writer, outs []outcome, verbose bool) {
	p := func(f string, a ...any) { fmt.Fprintf(w, f, a...) }
	p("goal rates, both: ")
	for _, g := range goals {
		n, k := 0, 0
		for i := range outs {
			if contains(g.Labels, outs[i].Note.Label) {
				n++
				if g.Hit(&outs[i].Verdicts[cfgBoth]) {
					k++
				}
			}
		}
		p("%s %d/%d (%.1f %%); ", g.Name, k, n, 100*float64(k)/float64(max(n, 1)))
	}
	p("\n")
	for _, label := range train.Labels {
		var lost, won []*outcome
		right := [3]int{}
		n := 0
		for i := range outs {
			o := &outs[i]
			if o.Note.Label != label {
				continue
			}
			n++
			for c := range right {
				if typedRight(label, &o.Verdicts[c]) {
					right[c]++
				}
			}
			m, b := typedRight(label, &o.Verdicts[cfgModel]), typedRight(label, &o.Verdicts[cfgBoth])
			switch {
			case m && !b:
				lost = append(lost, o)
			case b && !m:
				won = append(won, o)
			}
		}
		if verbose && (label == "recruiter" || label == "peer" || label == "personal" || label == "sales") {
			p("\n-- %s wrong in both:\n", label)
			for i := range outs {
				o := &outs[i]
				if o.Note.Label == label && !typedRight(label, &o.Verdicts[cfgBoth]) {
					noteLine(w, o)
				}
			}
		}
		p("\n== %s: %d notes; typed as expected: rules %d, model %d, both %d; both wrong where the model is right: %d, the reverse: %d\n",
			label, n, right[cfgRules], right[cfgModel], right[cfgBoth], len(lost), len(won))
		for _, g := range []struct {
			name string
			os   []*outcome
		}{{"lost (both wrong, model right)", lost}, {"won (both right, model wrong)", won}} {
			if len(g.os) == 0 {
				continue
			}
			count := map[string]int{}
			for _, o := range g.os {
				for _, f := range o.Verdicts[cfgBoth].Flags {
					if f.ID != flag.NoteModel.ID {
						count[f.ID]++
					}
				}
			}
			ids := make([]string, 0, len(count))
			for id := range count {
				ids = append(ids, id)
			}
			slices.SortFunc(ids, func(a, b string) int { return cmp.Or(count[b]-count[a], strings.Compare(a, b)) })
			p("  %s, rules firing:", g.name)
			for _, id := range ids {
				p(" %s %d", id, count[id])
			}
			p("\n")
			if !verbose {
				continue
			}
			for _, o := range g.os {
				noteLine(w, o)
			}
		}
	}
}

// noteLine writes one note's verdicts (model alone and both), the flags of
// both, the model's probabilities and the note's start.
func noteLine(w io.Writer, o *outcome) {
	p := func(f string, a ...any) { fmt.Fprintf(w, f, a...) }
	vm, vb := &o.Verdicts[cfgModel], &o.Verdicts[cfgBoth]
	p("    model %s/%s %d → both %s/%s %d [", vm.Type, vm.Level, vm.Score, vb.Type, vb.Level, vb.Score)
	for i, f := range vb.Flags {
		if i > 0 {
			p(", ")
		}
		p("%s %d", f.ID, f.Points)
		if f.Class != "" {
			p(" (%s %d %%)", f.Class, f.Percent)
		}
	}
	p("] p")
	for c, x := range o.Probs {
		p(" %s %.2f", notemodel.Class(c), x)
	}
	t := o.Note.Text
	if r := []rune(t); len(r) > 110 {
		t = string(r[:110]) + "…"
	}
	p(": %q\n", t)
}

// runDiag is eval -diag: the cross-validated outcomes, without the
// algorithm comparison, the learning curve or the golden set, as a
// diagnosis on stdout.
func runDiag(data string, k int, models string, verbose, asJSON bool) error {
	x, err := cachedCV(data, k, models)
	if err != nil {
		return err
	}
	if asJSON {
		return dumpJSON(os.Stdout, x.judge())
	}
	diagnose(os.Stdout, x.judge(), verbose)
	return nil
}

// dumpJSON writes every outcome as one JSON line (eval -diag -json).
func dumpJSON(w io.Writer, outs []outcome) error {
	enc := json.NewEncoder(w)
	for i := range outs {
		o := &outs[i]
		if err := enc.Encode(struct {
			Label, Text string
			Probs       [notemodel.NumClasses]float32
			Model, Both verdict.Verdict
		}{o.Note.Label, o.Note.Text, o.Probs, o.Verdicts[cfgModel], o.Verdicts[cfgBoth]}); err != nil {
			return err
		}
	}
	return nil
}
