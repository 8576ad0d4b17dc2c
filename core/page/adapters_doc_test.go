package page_test

import (
	"fmt"
	"os"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
)

// adaptersDoc is the generated reference of every adapter's fields and
// fallbacks. TestAdaptersDoc keeps it in step with the adapters' data;
// refresh it with go test ./core/page/ -run TestAdaptersDoc -update.
const adaptersDoc = "../../docs/adapters.md"

func TestAdaptersDoc(t *testing.T) {
	got := renderAdapters()
	if *update {
		require.NoError(t, os.WriteFile(adaptersDoc, []byte(got), 0o644))
	}
	want, err := os.ReadFile(adaptersDoc)
	require.NoError(t, err, "run go test ./core/page/ -run TestAdaptersDoc -update")
	assert.Equal(t, string(want), got, "docs/adapters.md is stale: run go test ./core/page/ -run TestAdaptersDoc -update")
}

// renderAdapters writes the reference as Markdown.
func renderAdapters() string {
	var b strings.Builder
	b.WriteString("# Site adapters: what each reads, and how\n\n")
	b.WriteString("Generated from the adapters' data in `core/page` by\n")
	b.WriteString("`go test ./core/page/ -run TestAdaptersDoc -update`; do not edit by hand.\n")
	b.WriteString("Fallbacks are tried in order, the first that yields a value wins.\n")
	b.WriteString("`⇡` matches the card or an ancestor, `@attr` reads an attribute, otherwise the\n")
	b.WriteString("element's text; `is`/`has` are text fallbacks; `→ f` is a parser or a structural extractor.\n")
	for _, a := range page.All {
		fmt.Fprintf(&b, "\n## %s — %s\n\n", a.ID, a.Name)
		// Where the core may run; where it does is the loader's choice
		// (extension/loader.js HOMES: hosted everywhere, BENCHMARKS.md).
		homes := "hosted or in the page"
		if a.Mode == page.Hosted {
			homes = "hosted only (the page's CSP forbids WebAssembly in the page in Chromium)"
		}
		fmt.Fprintf(&b, "- site `%s`, core may run: %s", a.Site, homes)
		if a.Unverified {
			b.WriteString(" (unverified: built from SITES.md without captures of the real page)")
		}
		b.WriteString("\n")
		for _, p := range a.URLs {
			fmt.Fprintf(&b, "- URL: %s %s", p.Host, strings.Join(p.Paths, " "))
			if p.Query != "" {
				fmt.Fprintf(&b, " ?%s", p.Query)
			}
			if len(p.Except) > 0 {
				fmt.Fprintf(&b, " (not %s)", strings.Join(p.Except, " "))
			}
			b.WriteString("\n")
		}
		if len(a.Page) > 0 {
			fmt.Fprintf(&b, "- page markers: %s\n", codes(a.Page))
		}
		if len(a.Lists) > 0 {
			fmt.Fprintf(&b, "- list: %s\n", codes(a.Lists))
		}
		for _, c := range a.Card {
			fmt.Fprintf(&b, "- card: `%s`", c.Sel)
			if c.Need != "" {
				fmt.Fprintf(&b, " holding `%s`", c.Need)
			}
			if c.Controls {
				b.WriteString(" with an accept control")
			}
			if c.Innermost {
				b.WriteString(", innermost")
			}
			b.WriteString("\n")
		}
		if len(a.Verbs) > 0 {
			var langs []string
			for _, v := range a.Verbs {
				if !slices.Contains(langs, v.Lang) {
					langs = append(langs, v.Lang)
				}
			}
			fmt.Fprintf(&b, "- cards also found from their controls (core/page/controlfirst.go), whose words are known in %s (core/page/verbs.go)", strings.Join(langs, ", "))
			if a.Links != "" {
				fmt.Fprintf(&b, ", with profile links `%s`", a.Links)
			}
			b.WriteString("\n")
		}
		b.WriteString("\n| field | fallbacks |\n|---|---|\n")
		row := func(name string, fs []page.Finder) {
			if len(fs) == 0 {
				fmt.Fprintf(&b, "| %s | — (not shown on this site) |\n", name)
				return
			}
			parts := make([]string, len(fs))
			for i := range fs {
				parts[i] = finder(&fs[i])
			}
			fmt.Fprintf(&b, "| %s | %s |\n", name, strings.Join(parts, " · "))
		}
		f := &a.Fields
		row("key", f.Key)
		row("kind", f.Kind)
		row("name", f.Name)
		row("headline", f.Headline)
		row("profile URL", f.ProfileURL)
		row("photo", f.Photo)
		row("mutuals", f.Mutuals)
		row("age", f.Age)
		row("note", f.Note)
		row("verified", f.Verified)
		row("premium", f.Premium)
		row("follows you", f.FollowsYou)
		row("shared", f.Shared)
		row("inviter", f.Inviter)
		row("empty state", a.EmptyState)
		c := &a.Controls
		row("control: accept", c.Accept)
		row("control: ignore", c.Ignore)
		row("control: message", c.Message)
		row("control: more", c.More)
		row("control: see more", c.SeeMore)
		row("control: report", c.Report)
	}
	return b.String()
}

// finder describes one fallback in a table cell.
func finder(f *page.Finder) string {
	var s []string
	if f.Func != nil {
		return "→ " + funcName(f.Func) + kinds(f)
	}
	sel := f.Sel
	if sel == "" {
		sel = "(the card)"
	}
	if f.Up {
		sel = "⇡" + sel
	}
	s = append(s, "`"+strings.ReplaceAll(sel, "|", `\|`)+"`")
	if f.Nth > 0 {
		s = append(s, fmt.Sprintf("#%d", f.Nth))
	}
	if f.Not != "" {
		s = append(s, "not in `"+f.Not+"`")
	}
	if f.Attr != "" {
		s = append(s, "@"+f.Attr)
	}
	if len(f.Is) > 0 {
		s = append(s, "is "+quoted(f.Is))
	}
	if len(f.Has) > 0 {
		s = append(s, "has "+quoted(f.Has))
	}
	if f.Parse != nil {
		s = append(s, "→ "+funcName(f.Parse))
	}
	if f.Set != "" {
		s = append(s, "= "+f.Set)
	}
	return strings.Join(s, " ") + kinds(f)
}

func kinds(f *page.Finder) string {
	if len(f.Kinds) == 0 {
		return ""
	}
	k := make([]string, len(f.Kinds))
	for i, x := range f.Kinds {
		k[i] = string(x)
	}
	return " (" + strings.Join(k, ", ") + ")"
}

func codes(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		if s == "" {
			s = "(the document)"
		}
		out[i] = "`" + s + "`"
	}
	return strings.Join(out, ", ")
}

func quoted(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = `"` + strings.ReplaceAll(s, "|", `\|`) + `"`
	}
	return strings.Join(out, "/")
}

// funcName names a parser or extractor: "ParseMutuals", "linkedInURN";
// closures made by a helper are named by the helper ("textWithout").
func funcName(fn any) string {
	name := runtime.FuncForPC(reflect.ValueOf(fn).Pointer()).Name()
	name = name[strings.LastIndex(name, "/")+1:]
	name = strings.TrimPrefix(name, "page.")
	if i := strings.Index(name, ".func"); i > 0 {
		name = name[:i]
	}
	name = strings.TrimPrefix(name, "init.")
	if name == "" || strings.HasPrefix(name, "init") {
		return "(inline)"
	}
	return name
}
