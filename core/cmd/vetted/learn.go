package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	goflag "flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/text"
	"github.com/vetted/vetted/core/verdict"
)

// runLearn implements `vetted learn`.
func runLearn(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := goflag.NewFlagSet("learn", goflag.ContinueOnError)
	var opts outputOptions
	fs.StringVar(&opts.settingsFile, "settings", "", "a settings JSON `file` (as exported by the options page)")
	fs.StringVar(&opts.stateFile, "state", "", "the learnt state JSON `file` to update (created when missing)")
	list := fs.Bool("list", false, "print what was learnt (each feature's ID, decisions and label) instead of learning")
	forget := fs.String("forget", "", "forget the learnt features or reported entries with these `IDs` (comma-separated, as --list shows them) instead of learning")
	reset := fs.Bool("reset", false, "forget everything instead of learning")
	if ok, code := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if opts.stateFile == "" {
		fmt.Fprintln(stderr, "vetted learn: --state FILE is required")
		return exitUsage
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "vetted learn: at most one input file")
		return exitUsage
	}
	s, err := opts.loadSettings()
	if err != nil {
		fmt.Fprintln(stderr, "vetted learn:", err)
		return exitUsage
	}
	m, err := loadState(opts.stateFile, true)
	if err != nil {
		fmt.Fprintln(stderr, "vetted learn:", err)
		return exitUsage
	}
	switch {
	case *list:
		writeLearnt(stdout, m)
		return exitOK
	case *reset:
		m.Reset()
		return saveOrFail(opts.stateFile, m, stderr)
	case *forget != "":
		for _, id := range strings.Split(*forget, ",") {
			if !m.Forget(strings.TrimSpace(id)) {
				fmt.Fprintf(stderr, "vetted learn: --forget: no learnt feature or reported entry %q; nothing changed\n", id)
				return exitUsage
			}
		}
		return saveOrFail(opts.stateFile, m, stderr)
	}
	in, closeIn, err := openInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "vetted learn:", err)
		return exitUsage
	}
	defer closeIn()

	j := verdict.New(&s)
	n, bad, readErr := readDecisions(in, stderr, func(c *card.Card, d learn.Decision) error {
		sm := j.Sample(c)
		return m.Record(&sm, d)
	})
	if err := saveState(opts.stateFile, m); err != nil {
		fmt.Fprintln(stderr, "vetted learn:", err)
		return exitInput
	}
	a, i, c := m.Totals()
	fmt.Fprintf(stdout, "learnt %d decision(s); %s now holds %d feature(s) and %d reported sender(s) or note(s) from %d decision(s): %d accepted, %d ignored, reported or blocked, %d corrected\n",
		n, opts.stateFile, m.Len(), len(m.ReportedList()), m.Seq(), a, i, c)
	if readErr != nil {
		fmt.Fprintln(stderr, "vetted learn:", readErr)
		return exitInput
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "vetted learn: %d malformed line(s) skipped\n", bad)
		return exitInput
	}
	return exitOK
}

// saveOrFail saves the state and returns the exit code.
func saveOrFail(name string, m *learn.Model, stderr io.Writer) int {
	if err := saveState(name, m); err != nil {
		fmt.Fprintln(stderr, "vetted learn:", err)
		return exitInput
	}
	return exitOK
}

// writeLearnt prints what the model learnt: its features, the most used
// first, and the reported senders and notes.
func writeLearnt(w io.Writer, m *learn.Model) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	io.WriteString(tw, "ID\tACCEPTED\tIGNORED\tCORRECTED\tTYPES\tLEARNT\n")
	for _, f := range m.Features() {
		var types []string
		for _, t := range []string{"known_contact", "industry_peer", "recruiter", "salesperson", "stranger"} {
			if tt, _ := learn.ParseType(t); f.Types[tt] > 0 {
				types = append(types, t+":"+strconv.Itoa(f.Types[tt]))
			}
		}
		ts := strings.Join(types, ",")
		if ts == "" {
			ts = "-"
		}
		label := text.Quote(f.Label, 60)
		if f.Retired() {
			label += " (not used by this version)"
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\n", f.ID(), f.Accepted, f.Ignored, f.Corrected, ts, label)
	}
	for _, r := range m.ReportedList() {
		what := "sender"
		if r.Note {
			what = "note"
		}
		fmt.Fprintf(tw, "%s\t-\t-\t-\t-\t%s you %s (%s)\n", r.ID(), what, r.Action+"ed", text.Quote(r.Name, 40))
	}
	tw.Flush()
}

// decisionLine is one input line of `vetted learn`: a card in triage's
// format plus what the user did with it.
type decisionLine struct {
	card.Card
	Action  string `json:"action"`
	Correct *struct {
		Type string `json:"type"`
	} `json:"correct"`
	Bulk bool `json:"bulk"`
}

// readDecisions reads JSON lines of decisions and calls record for each
// valid one, in order. A malformed line (not a card, no or an unknown
// action or correction) is reported on stderr with its number and counted
// in bad; the other lines still count. err is only for a failing reader.
func readDecisions(r io.Reader, stderr io.Writer, record func(*card.Card, learn.Decision) error) (n, bad int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		c, d, err := decodeDecision(text)
		if err == nil {
			err = record(&c, d)
		}
		if err != nil {
			fmt.Fprintf(stderr, "line %d: %v\n", line, err)
			bad++
			continue
		}
		n++
	}
	if err := sc.Err(); err != nil {
		return n, bad, fmt.Errorf("line %d: %w", line+1, err)
	}
	return n, bad, nil
}

// decodeDecision decodes one decision line.
func decodeDecision(line []byte) (card.Card, learn.Decision, error) {
	dl := decisionLine{Card: card.New()}
	if line[0] != '{' {
		return dl.Card, learn.Decision{}, errors.New("not a JSON object")
	}
	if err := json.Unmarshal(line, &dl); err != nil {
		return dl.Card, learn.Decision{}, fmt.Errorf("not a valid decision: %w", err)
	}
	dl.Card.Normalize()
	if err := checkCard(&dl.Card); err != nil {
		return dl.Card, learn.Decision{}, err
	}
	d := learn.Decision{Action: dl.Action, Bulk: dl.Bulk}
	if dl.Correct != nil {
		d.Correct = dl.Correct.Type
		if d.Correct == "" {
			return dl.Card, d, errors.New(`correct: needs a "type"`)
		}
	}
	if err := d.Validate(); err != nil {
		return dl.Card, d, err
	}
	return dl.Card, d, nil
}

// loadState reads a learnt state file. A missing file is an empty model
// when missingOK, else an error; a file that does not validate is an
// error that names it.
func loadState(name string, missingOK bool) (*learn.Model, error) {
	data, err := os.ReadFile(name)
	if missingOK && errors.Is(err, fs.ErrNotExist) {
		return learn.New(), nil
	}
	if err != nil {
		return nil, err
	}
	var tree any
	if err := json.Unmarshal(data, &tree); err != nil {
		return nil, fmt.Errorf("%s: not valid JSON: %w", name, err)
	}
	if tree == nil {
		return nil, fmt.Errorf("%s: not a learnt state", name)
	}
	m, err := learn.FromTree(tree)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return m, nil
}

// saveState writes the model's state to name through a temporary file in
// the same directory, so that a failed write leaves the old state whole.
func saveState(name string, m *learn.Model) error {
	data, err := json.MarshalIndent(m.Tree(), "", " ")
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(name), ".vetted-state-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(append(data, '\n')); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), name)
}
