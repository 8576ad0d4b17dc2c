package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	goflag "flag"
	"fmt"
	"io"

	"github.com/vetted/vetted/core/card"
)

// maxLine is the longest input line accepted (a card with a very long note
// still fits).
const maxLine = 4 << 20

// runTriage implements `vetted triage`.
func runTriage(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := goflag.NewFlagSet("triage", goflag.ContinueOnError)
	var opts outputOptions
	opts.register(fs)
	if ok, code := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(stderr, "vetted triage: at most one input file")
		return exitUsage
	}
	s, err := opts.loadSettings()
	if err != nil {
		fmt.Fprintln(stderr, "vetted triage:", err)
		return exitUsage
	}
	j, err := opts.judge(&s)
	if err != nil {
		fmt.Fprintln(stderr, "vetted triage:", err)
		return exitUsage
	}
	in, closeIn, err := openInput(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "vetted triage:", err)
		return exitUsage
	}
	defer closeIn()

	cards, bad, err := readCards(in, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "vetted triage:", err)
		return exitInput
	}
	verdicts := j.Cards(cards, nil)
	if err := writeVerdicts(stdout, verdicts, opts.json); err != nil {
		fmt.Fprintln(stderr, "vetted triage:", err)
		return exitInput
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "vetted triage: %d malformed line(s) skipped\n", bad)
		return exitInput
	}
	return exitOK
}

// readCards reads JSON lines of cards. Blank lines are skipped; a malformed
// line is reported on stderr with its number and counted in bad, and the
// other lines are still read. err is only for a failing reader.
func readCards(r io.Reader, stderr io.Writer) (cards []card.Card, bad int, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), maxLine)
	line := 0
	for sc.Scan() {
		line++
		text := bytes.TrimSpace(sc.Bytes())
		if len(text) == 0 {
			continue
		}
		c, err := decodeCard(text)
		if err != nil {
			fmt.Fprintf(stderr, "line %d: %v\n", line, err)
			bad++
			continue
		}
		cards = append(cards, c)
	}
	if err := sc.Err(); err != nil {
		return cards, bad, fmt.Errorf("line %d: %w", line+1, err)
	}
	return cards, bad, nil
}

// decodeCard decodes one JSON line into a card, starting from the unknown
// state so that absent fields stay unknown.
func decodeCard(line []byte) (card.Card, error) {
	c := card.New()
	if line[0] != '{' {
		return c, fmt.Errorf("not a JSON object")
	}
	if err := json.Unmarshal(line, &c); err != nil {
		return c, fmt.Errorf("not a valid card: %w", err)
	}
	c.Normalize()
	if err := checkCard(&c); err != nil {
		return c, err
	}
	return c, nil
}

// checkCard refuses enumerations the core does not know.
func checkCard(c *card.Card) error {
	switch c.Site {
	case "", card.LinkedIn, card.Facebook, card.X, card.Instagram, card.Xing:
	default:
		return fmt.Errorf("site: must be one of linkedin, facebook, x, instagram, xing (got %q)", c.Site)
	}
	switch c.Kind {
	case card.Person, card.Page, card.Newsletter, card.Event, card.Group:
	default:
		return fmt.Errorf("kind: must be one of person, page, newsletter, event, group (got %q)", c.Kind)
	}
	switch c.Photo {
	case card.PhotoPresent, card.PhotoDefault, card.PhotoNone, card.PhotoUnknown:
	default:
		return fmt.Errorf("photo: must be one of present, default, none, unknown (got %q)", c.Photo)
	}
	return nil
}
