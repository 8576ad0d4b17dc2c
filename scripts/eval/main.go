// Command eval measures how Vetted judges real invitation notes and writes
// EVAL.md (make eval): every note of the corpus on a neutral card, judged
// with the default settings by a note model trained without the note's
// source page (cross-validation grouped by source), for the rules alone,
// the model alone and both; the goal rates of issue 10, precision, recall
// and confusion per class; the algorithms compared; the learning curve of
// issue 13 (simulated users' decisions, core/learn; -learning prints it
// alone, quickly, with the committed note model); and the golden set.
// -diag prints instead which rules' hits make the default judgement differ
// from the model alone, per label (-cache DIR keeps the fold models
// between runs, -v lists the notes).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
)

func main() {
	out := flag.String("o", "EVAL.md", "where to write the report")
	k := flag.Int("k", train.DefaultFolds, "cross-validation folds")
	compare := flag.Bool("compare", true, "also compare the algorithms and feature sets (slower)")
	quick := flag.Bool("learning", false, "only the learning curve, with the committed note model, printed (no EVAL.md)")
	diag := flag.Bool("diag", false, "only a diagnosis, printed (no EVAL.md): per label, the notes both judges wrong and the model alone right and the reverse, with the rules that fired")
	verbose := flag.Bool("v", false, "with -diag, list each such note")
	asJSON := flag.Bool("json", false, "with -diag, every note's verdicts as JSON lines")
	cvModels := flag.Bool("cv", false, "with -learning: the cross-validated note models of make eval instead of the committed one")
	cache := flag.String("cache", "", "with -learning -cv or -diag: a directory that keeps the fold models between runs (on other data or options they are trained afresh)")
	misses := flag.Bool("misses", false, "with -learning: also what the disagreements after 50 decisions are")
	flag.Parse()
	start := time.Now()
	if *diag {
		if err := runDiag(train.DataDir(), *k, *cache, *verbose, *asJSON); err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
		return
	}
	if *quick {
		corpus, extra, err := train.LoadData(train.DataDir())
		if err != nil {
			fmt.Fprintln(os.Stderr, "eval:", err)
			os.Exit(1)
		}
		models, folds := []*notemodel.Model{notemodel.Default()}, make([]int, len(corpus))
		if *cvModels {
			models, folds, err = foldModels(train.DataDir(), *k, *cache)
			if err != nil {
				fmt.Fprintln(os.Stderr, "eval:", err)
				os.Exit(1)
			}
		}
		l := learningCurve(corpus, extra, models, folds)
		fmt.Print(l.summary())
		if *misses {
			fmt.Print(l.Misses)
		}
		return
	}
	r, err := run(train.DataDir(), *k, *compare)
	if err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
	r.Took = time.Since(start)
	r.Date = time.Now().UTC().Format("2006-01-02 15:04 MST")
	r.Machine = fmt.Sprintf("%s/%s, %d CPUs", runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	md := r.markdown()
	fmt.Print(r.summary())
	if err := os.WriteFile(filepath.Clean(*out), []byte(md), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}
