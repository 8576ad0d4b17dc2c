package train_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
)

var (
	dataOnce      sync.Once
	corpus, extra []train.Note
	dataErr       error
)

func data(t *testing.T) ([]train.Note, []train.Note) {
	t.Helper()
	dataOnce.Do(func() { corpus, extra, dataErr = train.LoadData(train.DataDir()) })
	require.NoError(t, dataErr)
	return corpus, extra
}

func TestCorpusIsTheSharedOne(t *testing.T) {
	// The corpus is a verbatim copy of the shared one, where that exists
	// beside the repository.
	shared := filepath.Join(train.DataDir(), "..", "..", "..", "..", "shared", "corpus", "notes.tsv")
	want, err := os.ReadFile(shared)
	if err != nil {
		t.Skip("no shared corpus beside the repository")
	}
	got, err := os.ReadFile(filepath.Join(train.DataDir(), train.CorpusFile))
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

func TestData(t *testing.T) {
	c, e := data(t)
	assert.Len(t, c, 512)
	per := map[string]int{}
	for _, n := range c {
		per[n.Label]++
	}
	assert.Equal(t, 113, per["scam"])
	assert.Equal(t, 72, per["recruiter"])
	for _, n := range e {
		assert.NotEmpty(t, n.Text)
		assert.False(t, strings.Contains(n.Text, "\t"))
	}
}

func TestReadRefusesBadLines(t *testing.T) {
	for _, tc := range []struct{ name, in, err string }{
		{"no header", "scam\tx\thttps://a\t\n", "header"},
		{"three fields", "label\ttext\tsource_url\tremark\nscam\tx\thttps://a\n", "3 fields"},
		{"unknown label", "label\ttext\tsource_url\tremark\nham\tx\thttps://a\t\n", `unknown label "ham"`},
		{"empty text", "label\ttext\tsource_url\tremark\nscam\t \thttps://a\t\n", "empty"},
	} {
		_, err := train.Read(strings.NewReader(tc.in), "f.tsv")
		require.Error(t, err, tc.name)
		assert.Contains(t, err.Error(), tc.err, tc.name)
		assert.Contains(t, err.Error(), "f.tsv:", tc.name)
	}
	n, err := train.Read(strings.NewReader("label\ttext\tsource_url\tremark\r\npeer\tHi there\thttps://a\tok\r\n\n"), "f.tsv")
	require.NoError(t, err)
	require.Len(t, n, 1)
	assert.Equal(t, train.Note{Label: "peer", Text: "Hi there", Source: "https://a", Remark: "ok", File: "f.tsv", Line: 2}, n[0])
}

func TestFoldsKeepSourcesTogether(t *testing.T) {
	c, _ := data(t)
	ex := train.Featurize(c, flag.NoteTags)
	folds := train.Folds(ex, train.DefaultFolds)
	at := map[string]int{}
	size := make([]int, train.DefaultFolds)
	for i, f := range folds {
		if prev, ok := at[ex[i].Source]; ok {
			assert.Equal(t, prev, f, "source %s in two folds", ex[i].Source)
		}
		at[ex[i].Source] = f
		size[f]++
	}
	for _, s := range size {
		assert.InDelta(t, len(ex)/train.DefaultFolds, s, 12, "folds of similar size: %v", size)
	}
	assert.Equal(t, folds, train.Folds(ex, train.DefaultFolds), "the same folds every time")
}

func TestTrainingIsDeterministic(t *testing.T) {
	c, _ := data(t)
	ex := train.Featurize(c[:200], flag.NoteTags)
	opt := train.Defaults
	opt.Iter = 40
	a := train.Fit(ex, opt).Model().Encode()
	b := train.Fit(ex, opt).Model().Encode()
	assert.Equal(t, a, b)
	opt.Algo = "nb"
	assert.Equal(t, train.Fit(ex, opt).Model().Encode(), train.Fit(ex, opt).Model().Encode())
}

// TestCommittedWeightsAreFresh fails when weights.go is not what training
// on the data gives today: retrain with go run ./core/cmd/notetrain.
func TestCommittedWeightsAreFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("trains the model")
	}
	w, err := train.Committed(train.DataDir(), flag.NoteTags)
	require.NoError(t, err)
	want := train.Generate(w.Model().Encode(), w)
	got, err := os.ReadFile(filepath.Join(train.DataDir(), "..", "weights.go"))
	require.NoError(t, err)
	if string(got) != string(want) {
		t.Fatalf("core/notemodel/weights.go is stale: run %s and commit the result", train.Command)
	}
	assert.Equal(t, notemodel.Default().Encode(), w.Model().Encode())
}

func TestQuantizingKeepsTheJudgement(t *testing.T) {
	c, e := data(t)
	ex := train.Featurize(c, flag.NoteTags)
	w := train.Fit(append(ex[:400:400], train.Featurize(e, flag.NoteTags)...), train.Defaults)
	m := w.Model()
	same := 0
	for i := 400; i < len(c); i++ {
		folded, tags := flag.NoteTags(c[i].Text)
		r := m.Judge(folded, tags)
		got, _ := r.Best()
		p := w.Probs(&ex[i])
		want := 0
		for k := range p {
			if p[k] > p[want] {
				want = k
			}
		}
		if int(got) == want {
			same++
		}
		assert.InDelta(t, p[notemodel.Scam], r.Probs[notemodel.Scam], 0.05, "note %d", i)
	}
	assert.GreaterOrEqual(t, same, (len(c)-400)*97/100, "the byte weights pick the same class almost always")
}

func TestLoadDataRefusesCorpusPagesAndRepositories(t *testing.T) {
	dir := t.TempDir()
	head := "label\ttext\tsource_url\tremark\n"
	write := func(name, body string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(head+body), 0o644))
	}
	write(train.CorpusFile, "scam\tHello dear\thttps://github.com/someone/spam-archive/issues/3\t\npeer\tHi\thttps://example.org/a\t\n")
	write("found.tsv", "scam\tGood day\thttps://example.org/b\t\n")
	c, e, err := train.LoadData(dir)
	require.NoError(t, err)
	assert.Len(t, c, 2)
	assert.Len(t, e, 1)

	write("found.tsv", "scam\tGood day\thttps://example.org/a\t\n")
	_, _, err = train.LoadData(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "is a corpus page")

	write("found.tsv", "spam\tBuy followers\thttps://www.github.com/Someone/spam-archive/issues/9\t\n")
	_, _, err = train.LoadData(dir)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "github.com/someone/spam-archive")
}
