package train

import (
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
)

// DefaultFolds is how many folds cross-validation uses.
const DefaultFolds = 10

// CorpusFile is the evaluation corpus within DataDir: a verbatim copy of
// the shared corpus of real notes (its README says what each label means).
const CorpusFile = "corpus.tsv"

// DataDir returns the directory of the training data (core/notemodel/data
// in the repository), found from this source file's place.
func DataDir() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return filepath.Join("core", "notemodel", "data")
	}
	return filepath.Join(filepath.Dir(file), "..", "data")
}

// LoadData reads the corpus and the extra training notes (every other
// .tsv file in dir, in name order: the team's own notes and notes found on
// other public pages). The corpus is what evaluation judges; the extra
// notes are training data in every fold.
func LoadData(dir string) (corpus, extra []Note, err error) {
	corpus, err = Load(filepath.Join(dir, CorpusFile))
	if err != nil {
		return nil, nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tsv"))
	if err != nil {
		return nil, nil, err
	}
	slices.Sort(files)
	for _, f := range files {
		if filepath.Base(f) == CorpusFile {
			continue
		}
		n, err := Load(f)
		if err != nil {
			return nil, nil, err
		}
		extra = append(extra, n...)
	}
	seen := map[string]bool{}
	for _, n := range corpus {
		seen[n.Source] = true
		if r := githubRepo(n.Source); r != "" {
			seen[r] = true
		}
	}
	for _, n := range extra {
		if seen[n.Source] {
			return nil, nil, fmt.Errorf("%s:%d: source %s is a corpus page; extra notes must come from other pages", n.File, n.Line, n.Source)
		}
		if r := githubRepo(n.Source); r != "" && seen[r] {
			return nil, nil, fmt.Errorf("%s:%d: source %s is in the repository %s, which a corpus page is from; extra notes must come from other pages", n.File, n.Line, n.Source, r)
		}
	}
	return corpus, extra, nil
}

// githubRepo returns "github.com/owner/repo" (lower case) for a page on
// GitHub, or "": another file of a repository the corpus quotes is not
// another page, for cross-validation's purposes.
func githubRepo(u string) string {
	u = strings.ToLower(u)
	for _, p := range []string{"https://", "http://", "www."} {
		u = strings.TrimPrefix(u, p)
	}
	if !strings.HasPrefix(u, "github.com/") {
		return ""
	}
	parts := strings.SplitN(u, "/", 4)
	if len(parts) < 3 || parts[1] == "" || parts[2] == "" {
		return ""
	}
	return strings.Join(parts[:3], "/")
}
