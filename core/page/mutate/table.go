package mutate

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// Page is a saved invitation page: its adapter's directory, its name, its
// URL and its source.
type Page struct {
	Adapter, Name, URL string
	Src                []byte
}

// Load reads the fixture pages under dir (dir/<adapter>/<name>.html with
// a <name>.url sidecar), leaving out the pages no adapter reads
// (dir/unknown).
func Load(dir string) ([]Page, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*", "*.html"))
	if err != nil {
		return nil, err
	}
	var out []Page
	for _, p := range paths {
		ad := filepath.Base(filepath.Dir(p))
		if ad == "unknown" {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		url, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".url")
		if err != nil {
			return nil, err
		}
		out = append(out, Page{Adapter: ad, Name: strings.TrimSuffix(filepath.Base(p), ".html"), URL: strings.TrimSpace(string(url)), Src: src})
	}
	return out, nil
}

// Cell sums the results of one mutation on one adapter's pages.
type Cell struct {
	Cards, Identical, Lost int
	Fields                 map[string]int
	Pages                  []string // pages that lost a whole card
}

// Table runs every mutation on every page: cells by adapter and mutation
// name, the adapters in order.
func Table(pages []Page, muts []Mutation) (adapters []string, cells map[string]map[string]*Cell) {
	cells = map[string]map[string]*Cell{}
	for _, p := range pages {
		if cells[p.Adapter] == nil {
			cells[p.Adapter] = map[string]*Cell{}
			adapters = append(adapters, p.Adapter)
		}
		for _, m := range muts {
			c := cells[p.Adapter][m.Name]
			if c == nil {
				c = &Cell{Fields: map[string]int{}}
				cells[p.Adapter][m.Name] = c
			}
			r := Run(p.Src, p.URL, m)
			c.Cards += r.Cards
			c.Identical += r.Identical
			c.Lost += r.Lost
			for k, v := range r.Fields {
				c.Fields[k] += v
			}
			if r.Lost > 0 {
				c.Pages = append(c.Pages, p.Name)
			}
		}
	}
	sort.Strings(adapters)
	return adapters, cells
}

// Totals sums a table: cards, identical and lost over every cell.
func Totals(cells map[string]map[string]*Cell) (cards, identical, lost int) {
	for _, row := range cells {
		for _, c := range row {
			cards += c.Cards
			identical += c.Identical
			lost += c.Lost
		}
	}
	return
}

// Markdown writes the table: one row per mutation, one column per
// adapter, each cell "identical/cards", with the fields changed and the
// whole cards lost.
func Markdown(adapters []string, muts []Mutation, cells map[string]map[string]*Cell) string {
	var b strings.Builder
	b.WriteString("| mutation | " + strings.Join(adapters, " | ") + " | fields changed, cards lost |\n|---")
	b.WriteString(strings.Repeat("|---", len(adapters)+1) + "|\n")
	for _, m := range muts {
		fmt.Fprintf(&b, "| %s |", m.Name)
		fields := map[string]int{}
		lost := 0
		for _, a := range adapters {
			c := cells[a][m.Name]
			if c == nil || c.Cards == 0 {
				b.WriteString(" — |")
				continue
			}
			fmt.Fprintf(&b, " %d/%d |", c.Identical, c.Cards)
			for k, v := range c.Fields {
				fields[k] += v
			}
			lost += c.Lost
		}
		var notes []string
		for _, k := range sortedKeys(fields) {
			notes = append(notes, fmt.Sprintf("%s %d", k, fields[k]))
		}
		if lost > 0 {
			notes = append(notes, fmt.Sprintf("**%d cards lost**", lost))
		}
		if len(notes) == 0 {
			notes = []string{"—"}
		}
		fmt.Fprintf(&b, " %s |\n", strings.Join(notes, ", "))
	}
	cards, identical, lost := Totals(cells)
	fmt.Fprintf(&b, "\nIn all: %d of %d cards read identically (%.1f %%), %d lost.\n", identical, cards, 100*float64(identical)/float64(max(cards, 1)), lost)
	return b.String()
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return m[out[i]] > m[out[j]] || m[out[i]] == m[out[j]] && out[i] < out[j] })
	return out
}

// Render returns a page's source after a mutation (for tests and for
// looking at what a mutation does).
func Render(p Page, m Mutation) ([]byte, error) {
	doc, err := html.Parse(bytes.NewReader(p.Src))
	if err != nil {
		return nil, err
	}
	root := htmlnode.Wrap(doc)
	a, err := page.Detect(p.URL, root)
	if err != nil {
		return nil, err
	}
	var cards []*html.Node
	for _, n := range a.CardNodes(root) {
		cards = append(cards, n.(htmlnode.Node).HTML())
	}
	m.Apply(doc, a, cards)
	var b bytes.Buffer
	err = html.Render(&b, doc)
	return b.Bytes(), err
}
