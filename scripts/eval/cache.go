package main

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/notemodel"
)

// foldModels returns the note model of every cross-validation fold and
// each corpus note's fold, as make eval trains them. With a cache
// directory, models kept there by an earlier run are read instead of
// trained, and trained ones are kept there.
func foldModels(dir string, k int, cache string) ([]*notemodel.Model, []int, error) {
	if cache != "" {
		if ms, folds, err := readFolds(cache, k); err == nil {
			return ms, folds, nil
		}
	}
	x, err := crossValidate(dir, k)
	if err != nil {
		return nil, nil, err
	}
	if cache != "" {
		if err := writeFolds(cache, x.models, x.folds); err != nil {
			return nil, nil, err
		}
	}
	return x.models, x.folds, nil
}

// writeFolds keeps fold models and the notes' folds in dir.
func writeFolds(dir string, ms []*notemodel.Model, folds []int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for f, m := range ms {
		if err := os.WriteFile(filepath.Join(dir, "fold"+strconv.Itoa(f)+".vnm"), m.Encode(), 0o644); err != nil {
			return err
		}
	}
	var b strings.Builder
	for _, f := range folds {
		b.WriteString(strconv.Itoa(f))
		b.WriteByte('\n')
	}
	return os.WriteFile(filepath.Join(dir, "folds.txt"), []byte(b.String()), 0o644)
}

// readFolds reads what writeFolds kept.
func readFolds(dir string, k int) ([]*notemodel.Model, []int, error) {
	ms := make([]*notemodel.Model, k)
	for f := range ms {
		b, err := os.ReadFile(filepath.Join(dir, "fold"+strconv.Itoa(f)+".vnm"))
		if err != nil {
			return nil, nil, err
		}
		if ms[f], err = notemodel.Decode(b); err != nil {
			return nil, nil, err
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "folds.txt"))
	if err != nil {
		return nil, nil, err
	}
	var folds []int
	for _, l := range strings.Fields(string(b)) {
		f, err := strconv.Atoi(l)
		if err != nil || f < 0 || f >= k {
			return nil, nil, errors.New("folds.txt: bad fold " + l)
		}
		folds = append(folds, f)
	}
	return ms, folds, nil
}
