package main

import (
	"bytes"
	"encoding/json"
	"errors"
	goflag "flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/text"
	"github.com/vetted/vetted/core/verdict"
)

// maxPage is the largest page scan reads; saved invitation pages with
// inlined styles are a few megabytes.
const maxPage = 64 << 20

// runScan implements `vetted scan`.
func runScan(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := goflag.NewFlagSet("scan", goflag.ContinueOnError)
	var opts outputOptions
	opts.register(fs)
	site := fs.String("site", "", "the page's `adapter` ("+strings.Join(page.IDs(), ", ")+"); detected when omitted")
	url := fs.String("url", "", "the page's `URL`, when the saved file does not record it")
	if ok, code := parseFlags(fs, args, stderr); !ok {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "vetted scan: exactly one page (a saved .html file, or - for stdin)")
		return exitUsage
	}
	var forced *page.Adapter
	if *site != "" {
		if forced = page.ByID(*site); forced == nil {
			fmt.Fprintf(stderr, "vetted scan: --site: unknown site %q (known: %s)\n", *site, strings.Join(page.IDs(), ", "))
			return exitUsage
		}
	}
	s, err := opts.loadSettings()
	if err != nil {
		fmt.Fprintln(stderr, "vetted scan:", err)
		return exitUsage
	}
	j, err := opts.judge(&s)
	if err != nil {
		fmt.Fprintln(stderr, "vetted scan:", err)
		return exitUsage
	}
	name := fs.Arg(0)
	raw, err := readPage(name, stdin)
	if err != nil {
		fmt.Fprintln(stderr, "vetted scan:", err)
		return exitInput
	}
	root, err := htmlnode.Parse(bytes.NewReader(raw))
	if err != nil {
		fmt.Fprintf(stderr, "vetted scan: %s: not an HTML page: %v\n", name, err)
		return exitInput
	}
	pageURL := *url
	if pageURL == "" {
		pageURL = savedURL(raw, root)
	}

	a, err := scanAdapter(forced, pageURL, root)
	if err != nil {
		fmt.Fprintf(stderr, "vetted scan: %s: %v\n", name, err)
		return exitInput
	}
	found := a.Cards(root)
	if len(found) == 0 {
		fmt.Fprintf(stderr, "vetted scan: %s: a %s page with no invitations\n", name, a.ID)
		return exitOK
	}
	if u := a.Unread(root, found); u.Count() > 0 {
		fmt.Fprintf(stderr, "vetted scan: %s: %d invitation(s) on this page could not be read\n", name, u.Count())
	}
	cards := make([]card.Card, len(found))
	for i, f := range found {
		cards[i] = f.Card
		if len(f.Problems) > 0 {
			fmt.Fprintf(stderr, "card %d (%s): %s\n", i+1, describe(&f.Card), strings.Join(f.Problems, "; "))
		}
	}
	verdicts := j.Cards(cards, nil)
	write := func() error { return writeVerdicts(stdout, verdicts, false) }
	if opts.json {
		write = func() error { return writeScanned(stdout, verdicts, cards) }
	}
	if err := write(); err != nil {
		fmt.Fprintln(stderr, "vetted scan:", err)
		return exitInput
	}
	return exitOK
}

// scanned is one line of scan --json: the card's verdict, and for an
// invitation to a page, newsletter, event or group, what kind it is and
// who sent it (the verdict's name is the page's).
type scanned struct {
	verdict.Verdict
	Kind    card.Kind `json:"kind,omitempty"`
	Inviter string    `json:"inviter,omitempty"`
}

// writeScanned prints one JSON object per card: its verdict, kind and
// inviter. verdicts and cards are in the same order.
func writeScanned(w io.Writer, verdicts []verdict.Verdict, cards []card.Card) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range verdicts {
		line := scanned{Verdict: verdicts[i]}
		if line.Flags == nil {
			line.Flags = []verdict.Flag{}
		}
		if i < len(cards) && !cards[i].IsPerson() {
			line.Kind, line.Inviter = cards[i].Kind, cards[i].Inviter
		}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return nil
}

// scanAdapter returns the forced adapter when it recognises the page, or
// the detected one. Either way the error names what was tried.
func scanAdapter(forced *page.Adapter, url string, root page.Node) (*page.Adapter, error) {
	if forced == nil {
		return page.Detect(url, root)
	}
	if forced.Empty(root) || len(forced.CardNodes(root)) > 0 {
		return forced, nil
	}
	return nil, &page.NotFoundError{Tried: []string{forced.ID}}
}

// readPage reads a page file ("-" is stdin), refusing oversized input.
func readPage(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxPage+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(raw) > maxPage {
		return nil, fmt.Errorf("%s: larger than %d MiB", name, maxPage>>20)
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return nil, errors.New(name + ": empty file")
	}
	return raw, nil
}

// savedURL finds the address a saved page came from: the comment browsers
// write when saving ("<!-- saved from url=(0065)https://… -->"), then the
// page's canonical link, its og:url, and its <base href>. "" when none.
func savedURL(raw []byte, root page.Node) string {
	head := raw
	if len(head) > 4096 {
		head = head[:4096]
	}
	if _, rest, ok := bytes.Cut(head, []byte("saved from url=(")); ok {
		if _, rest, ok = bytes.Cut(rest, []byte(")")); ok {
			if end := bytes.IndexAny(rest, " \t\r\n>"); end > 0 {
				if u := string(rest[:end]); isWebURL(u) {
					return u
				}
			}
		}
	}
	for _, q := range [...]struct{ sel, attr string }{
		{`link[rel="canonical"]`, "href"},
		{`meta[property="og:url"]`, "content"},
		{`base[href]`, "href"},
	} {
		if n := root.QueryOne(q.sel); n != nil {
			if u, ok := n.Attr(q.attr); ok && isWebURL(strings.TrimSpace(u)) {
				return strings.TrimSpace(u)
			}
		}
	}
	return ""
}

func isWebURL(u string) bool {
	u = strings.ToLower(u)
	return strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://")
}

// describe names a card for a diagnostic line.
func describe(c *card.Card) string {
	switch {
	case c.Name != "":
		return text.Quote(c.Name, nameWidth)
	case c.Key != "":
		return c.Key
	}
	return "no name"
}
