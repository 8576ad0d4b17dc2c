package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/page/mutate"
	"github.com/vetted/vetted/core/session"
)

// The sample: one page per site, and the mutations that change the most
// of what the browser sees (structure, names, labels, what is hidden),
// two per site in turn, so that every one is seen once or more.
var (
	pages = []string{"linkedin/received", "facebook/requests", "x/follower-requests", "instagram/follow-requests", "xing/requests"}
	muts  = []string{"wrap in extra elements", "strip classes", "rename tags", "hidden decoy controls", "buckets, one hidden", "translate labels: de"}
)

// Sample is one mutated page and what the native core reads on it.
type Sample struct {
	Name string   `json:"name"`
	URL  string   `json:"url"`
	HTML string   `json:"html"`
	Keys []string `json:"keys"` // the cards' badge keys (session.Key), in page order
}

func main() {
	out := flag.String("out", "", "directory to write sample.json to")
	testdata := flag.String("testdata", "core/page/testdata", "the fixtures")
	flag.Parse()
	if err := run(*testdata, *out); err != nil {
		fmt.Fprintln(os.Stderr, "chaos:", err)
		os.Exit(1)
	}
}

func run(testdata, out string) error {
	all, err := mutate.Load(testdata)
	if err != nil {
		return err
	}
	byName := map[string]mutate.Mutation{}
	for _, m := range mutate.All() {
		byName[m.Name] = m
	}
	var samples []Sample
	for i, want := range pages {
		var p *mutate.Page
		for i := range all {
			if all[i].Adapter+"/"+all[i].Name == want {
				p = &all[i]
			}
		}
		if p == nil {
			return fmt.Errorf("no fixture %s", want)
		}
		for _, name := range []string{muts[2*i%len(muts)], muts[(2*i+1)%len(muts)]} {
			m, ok := byName[name]
			if !ok {
				return fmt.Errorf("no mutation %q", name)
			}
			src, err := mutate.Render(*p, m)
			if err != nil {
				return fmt.Errorf("%s, %s: %w", want, name, err)
			}
			keys, err := readKeys(p.URL, src)
			if err != nil {
				return fmt.Errorf("%s, %s: %w", want, name, err)
			}
			samples = append(samples, Sample{Name: want + ": " + name, URL: p.URL, HTML: string(src), Keys: keys})
		}
	}
	b, err := json.MarshalIndent(samples, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(out, "sample.json"), b, 0o644)
}

// readKeys reads a page natively and returns its cards' badge keys.
func readKeys(url string, src []byte) ([]string, error) {
	root, err := htmlnode.Parse(bytesReader(src))
	if err != nil {
		return nil, err
	}
	a, err := page.Detect(url, root)
	if err != nil {
		return nil, err
	}
	seen := map[string]int{}
	keys := []string{}
	for _, f := range a.Cards(root) {
		if f.Card.Name == "" {
			continue
		}
		keys = append(keys, session.Key(&f.Card, seen))
	}
	return keys, nil
}

func bytesReader(b []byte) *bytes.Reader { return bytes.NewReader(b) }
