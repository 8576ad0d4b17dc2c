package page_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// fuzzURLs are the pages Detect is asked about for every input.
var fuzzURLs = []string{
	"",
	"https://www.linkedin.com/mynetwork/invitation-manager/received/",
	"https://x.com/follower_requests",
}

// FuzzCards runs arbitrary HTML through htmlnode.Parse, Detect and every
// adapter's Cards, Read and Control: nothing may panic.
func FuzzCards(f *testing.F) {
	// Seeds are a few kilobytes around the first card of every fixture:
	// whole pages would make the fuzzer spend its time minimising.
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "*.html"))
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(excerpt(string(b), 3000))
		}
	}
	f.Add(liPage(fullCard))
	f.Add(`<div role="listitem" componentkey="urn:li:invitation:"><a href="/in/"><strong></strong></a><p> is inviting you to connect</p><p>and 1 other mutual connections</p></div>`)
	f.Add(`<ul class="mn-invitation-list"><li class="invitation-card" data-invitation-id="urn:li:invitation:%zz"><button data-control-name="accept" aria-label="Accept ’s invitation"></button></li></ul>`)
	f.Add(`<a href="//@:0/?profile_id=&id=%"><div role="button" aria-label="Confirm"></div></a>`)
	f.Fuzz(func(t *testing.T, src string) {
		root, err := htmlnode.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		for _, u := range fuzzURLs {
			_, _ = page.Detect(u, root)
		}
		for _, a := range page.All {
			a.Empty(root)
			for _, fd := range a.Cards(root) {
				a.Read(fd.Node)
				for c := page.NoControl; c <= page.Report; c++ {
					if n := a.Control(fd.Node, c); n != nil {
						a.ControlNames(n)
						a.Clickable(n)
					}
				}
			}
		}
	})
}

// excerpt returns about n bytes of a page from a little before its first
// card.
func excerpt(src string, n int) string {
	start := 0
	for _, mark := range []string{"componentkey=\"urn", "role=\"listitem\"", "invitation-card", "profile_id=", "UserCell", "_acan", "<article"} {
		if i := strings.Index(src, mark); i >= 0 {
			start = max(0, i-200)
			break
		}
	}
	return src[start:min(len(src), start+n)]
}
