package action

import (
	"strings"
	"testing"

	"github.com/andybalholm/cascadia"
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"golang.org/x/net/html"
)

// hnode is a minimal page.Node over golang.org/x/net/html for these tests.
type hnode struct{ n *html.Node }

func parse(t testing.TB, src string) page.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	for c := doc.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return hnode{c}
		}
	}
	t.Fatal("no root element")
	return nil
}

func wrapH(n *html.Node) page.Node {
	if n == nil {
		return nil
	}
	return hnode{n}
}

func (h hnode) QueryOne(sel string) page.Node {
	s, err := cascadia.ParseGroup(sel)
	if err != nil {
		return nil
	}
	return wrapH(cascadia.Query(h.n, s))
}

func (h hnode) QueryAll(sel string) []page.Node {
	s, err := cascadia.ParseGroup(sel)
	if err != nil {
		return nil
	}
	var out []page.Node
	for _, n := range cascadia.QueryAll(h.n, s) {
		out = append(out, hnode{n})
	}
	return out
}

func (h hnode) Closest(sel string) page.Node {
	s, err := cascadia.ParseGroup(sel)
	if err != nil {
		return nil
	}
	for n := h.n; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && s.Match(n) {
			return hnode{n}
		}
	}
	return nil
}

func (h hnode) Text() string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(h.n)
	return b.String()
}

func (h hnode) Attr(name string) (string, bool) {
	for _, a := range h.n.Attr {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

func (h hnode) Tag() string { return h.n.Data }

// fakeSite reads LinkedIn-like test cards.
type fakeSite struct{}

func (fakeSite) Read(n page.Node) (card.Card, bool) {
	c := card.New()
	c.Site = card.LinkedIn
	c.Key, _ = n.Attr("componentkey")
	if s := n.QueryOne("strong"); s != nil {
		c.Name = strings.TrimSpace(s.Text())
	}
	if a := n.QueryOne(`a[href*="/in/"]`); a != nil {
		c.ProfileURL, _ = a.Attr("href")
	}
	return c, c.Name != ""
}

func (fakeSite) Control(n page.Node, c Control) page.Node {
	switch c {
	case ControlAccept:
		return n.QueryOne(`[data-control="accept"]`)
	case ControlIgnore:
		return n.QueryOne(`[data-control="ignore"]`)
	case ControlMessage:
		return n.QueryOne(`a[href*="/messaging/compose/"]`)
	}
	return nil
}

func (fakeSite) ControlNames(ctrl page.Node) string {
	l, _ := ctrl.Attr("aria-label")
	for _, p := range [][2]string{
		{"Accept ", "’s invitation"},
		{"Ignore an invitation to connect from ", ""},
		{"Reply to ", ""},
	} {
		if strings.HasPrefix(l, p[0]) && strings.HasSuffix(l, p[1]) {
			return l[len(p[0]) : len(l)-len(p[1])]
		}
	}
	return ""
}

func (fakeSite) Clickable(ctrl page.Node) bool {
	href, _ := ctrl.Attr("href")
	return !(ctrl.Tag() == "a" && href == "https://www.linkedin.com/mynetwork/invitation-manager/received/")
}
