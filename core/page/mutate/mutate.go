package mutate

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// Mutation is one way a site rewrites its markup. Apply changes the tree
// in place; cards are the card elements of the page before the change.
type Mutation struct {
	Name  string
	Apply func(doc *html.Node, a *page.Adapter, cards []*html.Node)
}

// Languages are the languages the translate mutations use.
var Languages = []string{"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "tr"}

// All lists every mutation: the structural ones, then one translation per
// language.
func All() []Mutation {
	out := []Mutation{
		{"wrap in extra elements", wrap},
		{"strip classes", stripAttrs(func(k string) bool { return k == "class" })},
		{"strip ids and data-*", stripAttrs(func(k string) bool { return k == "id" || strings.HasPrefix(k, "data-") })},
		{"drop aria-labels, keep text", dropLabels},
		{"rename tags", rename},
		{"reorder sibling controls", reorder},
		{"hidden decoy text", decoyText},
		{"hidden decoy controls", decoyControls},
		{"buckets, one hidden", buckets},
	}
	for _, l := range Languages {
		out = append(out, Mutation{"translate labels: " + l, translate(l)})
	}
	return out
}

// Result is what a mutation did to a page's cards.
type Result struct {
	Cards     int            // cards read before the mutation
	Identical int            // cards read after it with every field the same
	Lost      int            // cards no longer read at all
	Fields    map[string]int // fields that changed, by name: how many cards
	Err       string         // the page was no longer recognised
}

// Run reads a page, applies a mutation to a fresh copy and reads it again.
func Run(src []byte, url string, m Mutation) Result {
	before, a := read(src, url, nil)
	if a == nil {
		return Result{}
	}
	res := Result{Cards: len(before), Fields: map[string]int{}}
	doc, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		return res
	}
	root := htmlnode.Wrap(doc)
	var cards []*html.Node
	for _, n := range a.CardNodes(root) {
		cards = append(cards, n.(htmlnode.Node).HTML())
	}
	m.Apply(doc, a, cards)
	after, a2 := read(nil, url, doc)
	if a2 == nil {
		res.Lost, res.Err = len(before), "not recognised"
		return res
	}
	matched := match(before, after)
	for i, c := range before {
		j := matched[i]
		if j < 0 {
			res.Lost++
			continue
		}
		diff := Diff(c, after[j])
		if len(diff) == 0 {
			res.Identical++
		}
		for _, f := range diff {
			res.Fields[f]++
		}
	}
	return res
}

// read detects and reads a page (src, or an already parsed doc).
func read(src []byte, url string, doc *html.Node) ([]card.Card, *page.Adapter) {
	if doc == nil {
		var err error
		if doc, err = html.Parse(bytes.NewReader(src)); err != nil {
			return nil, nil
		}
	}
	root := htmlnode.Wrap(doc)
	a, err := page.Detect(url, root)
	if err != nil {
		return nil, nil
	}
	var out []card.Card
	for _, f := range a.Cards(root) {
		out = append(out, f.Card)
	}
	return out, a
}

// match pairs each card before with one after: by key, else by name and
// profile, else by name; -1 when none is left.
func match(before, after []card.Card) []int {
	out := make([]int, len(before))
	used := make([]bool, len(after))
	for i := range out {
		out[i] = -1
	}
	for _, same := range []func(x, y *card.Card) bool{
		func(x, y *card.Card) bool { return x.Key != "" && x.Key == y.Key },
		func(x, y *card.Card) bool { return x.Name != "" && x.Name == y.Name && x.ProfileURL == y.ProfileURL },
		func(x, y *card.Card) bool { return x.Name != "" && x.Name == y.Name },
		func(x, y *card.Card) bool { return x.ProfileURL != "" && x.ProfileURL == y.ProfileURL },
	} {
		for i := range before {
			if out[i] >= 0 {
				continue
			}
			for j := range after {
				if !used[j] && same(&before[i], &after[j]) {
					out[i], used[j] = j, true
					break
				}
			}
		}
	}
	return out
}

// Diff names the fields in which two cards differ.
func Diff(x, y card.Card) []string {
	var d []string
	add := func(name string, same bool) {
		if !same {
			d = append(d, name)
		}
	}
	add("kind", x.Kind == y.Kind)
	add("name", x.Name == y.Name)
	add("headline", x.Headline == y.Headline)
	add("profile URL", x.ProfileURL == y.ProfileURL)
	add("photo", x.Photo == y.Photo)
	add("mutuals", x.Mutuals == y.Mutuals && strings.Join(x.MutualNames, "|") == strings.Join(y.MutualNames, "|"))
	add("note", x.Note == y.Note)
	add("age", x.AgeDays == y.AgeDays)
	add("verified", x.Verified == y.Verified)
	add("premium", x.Premium == y.Premium)
	add("follows you", x.FollowsYou == y.FollowsYou)
	add("shared", strings.Join(x.Shared, "|") == strings.Join(y.Shared, "|"))
	add("key", x.Key == y.Key)
	add("inviter", x.Inviter == y.Inviter)
	return d
}

// FieldsLost lists the changed fields with their counts, most first.
func (r Result) FieldsLost() []string {
	type kv struct {
		k string
		v int
	}
	var l []kv
	for k, v := range r.Fields {
		l = append(l, kv{k, v})
	}
	sort.Slice(l, func(i, j int) bool { return l[i].v > l[j].v || l[i].v == l[j].v && l[i].k < l[j].k })
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = x.k
	}
	return out
}

// elements calls f with every element under n, in document order, on a
// snapshot of the tree (f may change it).
func elements(n *html.Node, f func(*html.Node)) {
	var all []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				all = append(all, c)
				walk(c)
			}
		}
	}
	walk(n)
	for _, e := range all {
		f(e)
	}
}

// inBody reports whether an element is page content (not head, not SVG).
func inBody(n *html.Node) bool {
	if n.Namespace != "" {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Head {
			return false
		}
	}
	return true
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func setAttr(n *html.Node, key, val string) {
	for i, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			n.Attr[i].Val = val
			return
		}
	}
	n.Attr = append(n.Attr, html.Attribute{Key: key, Val: val})
}

func delAttr(n *html.Node, drop func(string) bool) {
	out := n.Attr[:0]
	for _, a := range n.Attr {
		if a.Namespace != "" || !drop(a.Key) {
			out = append(out, a)
		}
	}
	n.Attr = out
}
