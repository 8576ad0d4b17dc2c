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
	Scan1000        *float64  `json:"scan1000"`
	FloorRead       *float64  `json:"floorRead"`
	LongTask        *float64  `json:"longTask"`
	Over50          int       `json:"over50"`
	LongTaskSamples []float64 `json:"longTaskSamples"`
}

// homesFigures compares the core's two homes (DESIGN §7).
type homesFigures struct {
	Runs   int          `json:"runs"`
	Cold   int          `json:"cold"`
	Page   *homeFigures `json:"page"`
	Hosted *homeFigures `json:"hosted"`
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

// homesTable is the two homes side by side, each against its own floor and
// the budgets.
func homesTable(h *homesFigures) string {
	if h == nil || h.Page == nil || h.Hosted == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "The core's two homes (DESIGN §7; `scripts/e2e/bench-homes.mjs`, median of %d warm loads and %d cold starts; "+
		"in the page: the build as shipped on LinkedIn; hosted: the same build forced to the background service worker):\n\n", h.Runs, h.Cold)
	b.WriteString("| figure | in the page | hosted | budget |\n|---|---|---|---|\n")
	row := func(name string, page, hosted string, budget string) {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", name, page, hosted, budget)
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
	row("10 cards, warm: start → every badge", withFloor(h.Page.First10, h.Page.Floor10), withFloor(h.Hosted.First10, h.Hosted.Floor10),
		fmt.Sprintf("≤ %d ms and ≤ 1.5× floor", budgetFirstMS))
	row("10 cards, cold (first page after the browser starts)", ms(h.Page.Cold10), ms(h.Hosted.Cold10), fmt.Sprintf("≤ %d ms", budgetFirstMS))
	row("1,000 cards: start → all judged, first badges", withFloor(h.Page.Scan1000, h.Page.FloorRead), withFloor(h.Hosted.Scan1000, h.Hosted.FloorRead),
		"≤ 3× plain JavaScript")
	row("1,000 cards: longest main-thread task", ms(h.Page.LongTask)+fmt.Sprintf(" (%d of %d loads ≥ 50 ms)", h.Page.Over50, h.Runs),
		ms(h.Hosted.LongTask)+fmt.Sprintf(" (%d of %d loads ≥ 50 ms)", h.Hosted.Over50, h.Runs), fmt.Sprintf("< %d ms", budgetLongTaskMS))
	b.WriteString("\nFloors: in the page, an empty Go module started in the page; hosted, a snapshot of the page sent to the background " +
		"and back without the core; for 1,000 cards, plain JavaScript reading the cards' text.\n")
	return b.String()
}
