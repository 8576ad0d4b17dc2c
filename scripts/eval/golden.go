package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

// goldenResult is how the committed model and the rules judge the golden
// set (core/verdict/testdata): how many cards get the type, the
// recommendation and the level the set wants, and the ones that do not.
type goldenResult struct {
	Cards, Type, Recommendation, Level int
	Misses                             []string
}

// golden judges the golden set as one page with its settings, as
// core/verdict's golden test does.
func golden() (goldenResult, error) {
	var g goldenResult
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "core", "verdict", "testdata")
	raw, err := os.ReadFile(filepath.Join(dir, "golden-settings.json"))
	if err != nil {
		return g, err
	}
	var tree any
	if err := json.Unmarshal(raw, &tree); err != nil {
		return g, err
	}
	s, err := settings.FromTree(tree, flag.IsRule)
	if err != nil {
		return g, err
	}
	f, err := os.Open(filepath.Join(dir, "golden-cards.jsonl"))
	if err != nil {
		return g, err
	}
	defer f.Close()
	type want struct {
		Type           verdict.Type           `json:"type"`
		Recommendation verdict.Recommendation `json:"recommendation"`
		Level          verdict.Level          `json:"level"`
	}
	type prior struct {
		Action  string `json:"action"`
		AgeDays int    `json:"age_days"`
	}
	type gcase struct {
		ID    string    `json:"id"`
		Card  card.Card `json:"card"`
		Prior []prior   `json:"prior"`
		Want  want      `json:"want"`
	}
	var cases []gcase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		c := gcase{Card: card.New()}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return g, err
		}
		c.Card.Normalize()
		cases = append(cases, c)
	}
	cards := make([]card.Card, len(cases))
	byKey := map[string][]flag.Prior{}
	for i := range cases {
		if cases[i].Card.Key == "" {
			cases[i].Card.Key = "golden:" + cases[i].ID
		}
		cards[i] = cases[i].Card
		for _, p := range cases[i].Prior {
			byKey[cards[i].Key] = append(byKey[cards[i].Key], flag.Prior{Action: p.Action, AgeDays: p.AgeDays})
		}
	}
	vs := verdict.New(&s).Cards(cards, func(c *card.Card) []flag.Prior { return byKey[c.Key] })
	for i, v := range vs {
		w := cases[i].Want
		g.Cards++
		okT := v.Type == w.Type
		okR := v.Recommendation == w.Recommendation
		okL := w.Level == "" || v.Level == w.Level
		if okT {
			g.Type++
		}
		if okR {
			g.Recommendation++
		}
		if okL {
			g.Level++
		}
		if !okT || !okR || !okL {
			g.Misses = append(g.Misses, cases[i].ID+": "+string(v.Type)+"/"+string(v.Recommendation)+"/"+string(v.Level)+", want "+string(w.Type)+"/"+string(w.Recommendation)+"/"+string(w.Level))
		}
	}
	return g, sc.Err()
}
