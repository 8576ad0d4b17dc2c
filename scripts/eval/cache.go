package main

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
)

// foldModels returns the note model of every cross-validation fold and
// each corpus note's fold, as make eval trains them. With a cache
// directory, models kept there by an earlier run on the same data and
// options are read instead of trained, and trained ones are kept there
// (cachedCV).
func foldModels(dir string, k int, cache string) ([]*notemodel.Model, []int, error) {
	x, err := cachedCV(dir, k, cache)
	if err != nil {
		return nil, nil, err
	}
	return x.models, x.folds, nil
}

// cachedCV is crossValidate, with the fold models kept in dir (eval
// -cache DIR, with -diag or -learning -cv; "" keeps nothing): a second
// run on the same data, tags and training options loads them instead of
// training again, so that a change to how verdict combines the rules and
// the model is measured in seconds. The models' file names hold a hash of
// every example's features, class and source, the folds and the training
// options, so a change to any of them trains afresh. make eval always
// trains.
func cachedCV(data string, k int, dir string) (*cv, error) {
	if dir == "" {
		return crossValidate(data, k)
	}
	x, err := loadCV(data, k)
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	fmt.Fprintf(h, "%d %d %+v\n", k, innerFolds, train.Defaults)
	for _, ex := range [][]train.Example{x.exC, x.exE} {
		for i := range ex {
			e := &ex[i]
			fmt.Fprintf(h, "%d %s %d:", e.Class, e.Source, e.N)
			for j, f := range e.Feats {
				_ = binary.Write(h, binary.LittleEndian, [2]uint32{f, uint32(e.Counts[j])})
			}
		}
	}
	for _, f := range x.folds {
		fmt.Fprint(h, f, ",")
	}
	key := hex.EncodeToString(h.Sum(nil))[:16]
	x.models = make([]*notemodel.Model, k)
	path := func(f int) string { return filepath.Join(dir, fmt.Sprintf("%s-fold%02d.vnm", key, f)) }
	var missing []int
	for f := range x.models {
		b, err := os.ReadFile(path(f))
		if err == nil {
			x.models[f], err = notemodel.Decode(b)
		}
		if err != nil {
			missing = append(missing, f)
		}
	}
	if len(missing) == 0 {
		return x, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	train.Parallel(len(missing), func(i int) {
		f := missing[i]
		var tr []train.Example
		for j := range x.exC {
			if x.folds[j] != f {
				tr = append(tr, x.exC[j])
			}
		}
		x.models[f] = train.Train(tr, x.exE, train.Defaults, innerFolds).Model()
	})
	for _, f := range missing {
		if err := os.WriteFile(path(f), x.models[f].Encode(), 0o644); err != nil {
			return nil, err
		}
	}
	return x, nil
}
