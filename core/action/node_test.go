package action

import (
	"strings"
	"testing"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// parse reads a test page with the same Node the CLI uses.
func parse(t testing.TB, src string) page.Node {
	t.Helper()
	root, err := htmlnode.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

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

func (fakeSite) OnlyControl(n page.Node, c Control) bool {
	sel := map[Control]string{ControlAccept: `[data-control="accept"]`, ControlIgnore: `[data-control="ignore"]`,
		ControlMessage: `a[href*="/messaging/compose/"]`}[c]
	return sel != "" && len(n.QueryAll(sel)) == 1
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
