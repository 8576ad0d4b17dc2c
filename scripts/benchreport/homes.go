package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// homeFigures is one home's figures from scripts/e2e/bench-homes.mjs.
type homeFigures struct {
	First10         *float64  `json:"first10"`
	Cold10          *float64  `json:"cold10"`
	Floor10         *float64  `json:"floor10"`
	FloorStart10    *float64  `json:"floorStart10"` // hosted: the floor timed from the content script's start
	Scan1000        *float64  `json:"scan1000"`
	FloorRead       *float64  `json:"floorRead"`
	LongTask        *float64  `json:"longTask"`
	Over50          int       `json:"over50"`
	LongTaskSamples []float64 `json:"longTaskSamples"`
}

// homesFigures compares the core's homes (DESIGN §7).
type homesFigures struct {
	Runs          int          `json:"runs"`
	Cold          int          `json:"cold"`
	Page          *homeFigures `json:"page"`
	Hosted        *homeFigures `json:"hosted"`
	FirefoxPage   *homeFigures `json:"firefox-page"`
	FirefoxHosted *homeFigures `json:"firefox-hosted"`
}

// homeColumn is one home's column of the table.
type homeColumn struct {
	name string
	f    *homeFigures
}

// columns are the homes measured, in a fixed order.
func (h *homesFigures) columns() []homeColumn {
	var out []homeColumn
	for _, c := range []homeColumn{
		{"Chromium, in the page", h.Page}, {"Chromium, hosted (service worker)", h.Hosted},
		{"Firefox, in the page", h.FirefoxPage}, {"Firefox, hosted (event page)", h.FirefoxHosted},
	} {
		if c.f != nil {
			out = append(out, c)
		}
	}
	return out
}

// homes runs bench-homes.mjs with the empty module built for the floor.
func (r *report) homes(root, empty string, runs int) error {
	cold := max(2, runs/2)
	cmd := exec.Command("node", "bench-homes.mjs", empty, fmt.Sprint(runs), fmt.Sprint(cold))
	cmd.Dir = filepath.Join(root, "scripts", "e2e")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("node bench-homes.mjs: %w: %s", err, strings.TrimSpace(stderr.String()))
	}
	r.homeFigs = &homesFigures{}
	if err := json.Unmarshal(bytes.TrimSpace(lastLine(got)), r.homeFigs); err != nil {
		return fmt.Errorf("node bench-homes.mjs printed no figures: %w", err)
	}
	return nil
}

// homesTable is the homes side by side, each against its own floor and
// the budgets.
func homesTable(h *homesFigures) string {
	if h == nil {
		return ""
	}
	cols := h.columns()
	if len(cols) == 0 {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The core's homes (DESIGN §7; `scripts/e2e/bench-homes.mjs`, median of %d warm loads and %d cold starts, "+
		"each home a copy of the build forced to it; pages at LinkedIn's URL with its CSP):\n\n", h.Runs, h.Cold)
	b.WriteString("| figure |")
	for _, c := range cols {
		b.WriteString(" " + c.name + " |")
	}
	b.WriteString(" budget |\n|---|")
	for range cols {
		b.WriteString("---|")
	}
	b.WriteString("---|\n")
	row := func(name string, cell func(f *homeFigures) string, budget string) {
		b.WriteString("| " + name + " |")
		for _, c := range cols {
			b.WriteString(" " + cell(c.f) + " |")
		}
		b.WriteString(" " + budget + " |\n")
	}
	withFloor := func(v, floor *float64) string {
		if v == nil {
			return "—"
		}
		s := ms(v)
		if floor != nil && *floor > 0 {
			s += " (" + times(*v / *floor) + " floor " + ms(floor) + ")"
		}
		return s
	}
	row("10 cards, warm: start → every badge", func(f *homeFigures) string { return withFloor(f.First10, f.Floor10) },
		fmt.Sprintf("≤ %d ms and ≤ 1.5× floor", budgetFirstMS))
	row("10 cards, warm: start → the snapshot back without the core", func(f *homeFigures) string {
		if f.FloorStart10 == nil {
			return "—"
		}
		s := ms(f.FloorStart10)
		if f.First10 != nil && *f.FloorStart10 > 0 {
			s += " (every badge: " + times(*f.First10 / *f.FloorStart10) + " this)"
		}
		return s
	}, "—")
	row("10 cards, cold (first page after the browser starts)", func(f *homeFigures) string { return ms(f.Cold10) }, fmt.Sprintf("≤ %d ms", budgetFirstMS))
	row("1,000 cards: start → all judged, first badges", func(f *homeFigures) string { return withFloor(f.Scan1000, f.FloorRead) },
		"≤ 3× plain JavaScript")
	row("1,000 cards: longest main-thread task", func(f *homeFigures) string {
		if f.LongTask == nil {
			return "—"
		}
		return ms(f.LongTask) + fmt.Sprintf(" (%d of %d loads ≥ 50 ms)", f.Over50, h.Runs)
	}, fmt.Sprintf("< %d ms", budgetLongTaskMS))
	b.WriteString("\nFloors: in the page, an empty Go module started in the page; hosted, a snapshot of the page sent to the background " +
		"and back without the core (timed alone, on a page already loaded; and, in its own row, timed as the badges are, from the content " +
		"script's start on the page's load, by a copy of the build whose shell sends that snapshot instead of scanning); for 1,000 cards, " +
		"plain JavaScript reading the cards' text. Firefox: no long-task timing, no floors.\n")
	return b.String()
}
