package page_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
)

// benchCard is the template of a current-layout LinkedIn card; %[1]d is
// the card's number.
const benchCard = `<div role="listitem" componentkey="urn:li:invitation:73120000%08[1]d" class="_a1b2c3d4">
<div data-view-name="pending-invitation" class="_e5f6a7b8 _c9d0e1f2">
<div class="_0a1b2c3d"><a href="https://www.linkedin.com/in/person-%[1]d/?miniProfileUrn=urn%%3Ali%%3Afsd_profile%%3AACoAA%[1]d" tabindex="-1" aria-hidden="true"><figure class="_4e5f6a7b"><img src="https://media.licdn.com/dms/image/v2/D4E03AQ%[1]d/profile-displayphoto-shrink_100_100/profile-displayphoto-shrink_100_100/0/1712345678901?e=1785196800&amp;v=beta&amp;t=x" alt="Person %[1]d’s profile picture" width="72" height="72"></figure></a></div>
<div class="_8c9d0e1f">
<div class="_2a3b4c5d"><a href="https://www.linkedin.com/in/person-%[1]d/?miniProfileUrn=urn%%3Ali%%3Afsd_profile%%3AACoAA%[1]d"><strong class="_6e7f8a9b">Person %[1]d<svg role="img" aria-label="Verified" width="16" height="16"><title>Verified</title><path d="M8 1l2 2"></path></svg></strong></a></div>
<p class="_0c1d2e3f">Person %[1]d is inviting you to connect</p>
<p class="_4a5b6c7d">Engineer at Company %[1]d</p>
<div class="_8e9f0a1b"><svg id="company-accent-4" aria-hidden="true" width="16" height="16"><path d="M2 2h12v12H2z"></path></svg><p class="_2c3d4e5f">Company %[1]d</p></div>
<div class="_6a7b8c9d"><div aria-hidden="true"><img src="https://media.licdn.com/dms/image/v2/M/profile-displayphoto-shrink_24_24/0/1" alt="" width="24" height="24"></div><p class="_0e1f2a3b">Casey Ray and %[1]d other mutual connections</p></div>
<p class="_4c5d6e7f"><span>2 weeks ago</span></p>
</div>
<div data-view-name="invitation-action" class="_8a9b0c1d"><button aria-label="Ignore an invitation to connect from Person %[1]d" type="button"><span>Ignore</span></button><button aria-label="Accept Person %[1]d’s invitation" type="button"><span>Accept</span></button></div>
<p class="_2e3f4a5b">Hi, I'd like to add you to my professional network. (%[1]d)</p>
<a href="https://www.linkedin.com/messaging/compose/?recipient=ACoAA%[1]d&amp;invitation=urn%%3Ali%%3Afsd_invitation%%3A73120000%08[1]d&amp;interop=msgOverlay" aria-label="Reply to Person %[1]d">Reply to Person</a>
</div></div>`

// benchPage generates a LinkedIn invitation page with n cards.
func benchPage(n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Invitations | LinkedIn</title></head><body>` +
		`<header><nav aria-label="Primary Navigation"><a href="https://www.linkedin.com/feed/">Home</a></nav></header>` +
		`<div role="main" data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.InvitationReceivedWithType"><main>` +
		`<div data-testid="lazy-column">`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, benchCard, i)
	}
	b.WriteString(`</div></main></div></body></html>`)
	return b.String()
}

func TestBenchPageReadsRight(t *testing.T) {
	root := parseHTML(t, benchPage(3))
	a, err := page.Detect("https://www.linkedin.com/mynetwork/invitation-manager/received/", root)
	require.NoError(t, err)
	found := a.Cards(root)
	require.Len(t, found, 3)
	c := found[2].Card
	require.Equal(t, "Person 3", c.Name)
	require.Equal(t, "urn:li:invitation:7312000000000003", c.Key)
	require.Equal(t, 4, c.Mutuals)
	require.Equal(t, []string{"Company 3"}, c.Shared)
	require.True(t, c.Verified)
	require.Empty(t, found[2].Problems)
}

// BenchmarkExtractLinkedIn1000 reads every card of a 1,000-card LinkedIn
// page (Detect, then Cards; the page is parsed once, outside the timer).
func BenchmarkExtractLinkedIn1000(b *testing.B) {
	benchRead(b, benchPage(1000), 1000)
}

// benchRead detects and reads a page b.N times (parsed once, outside the
// timer), checks it read n cards each time and reports cards/s, and the
// CPU time of a read (cpu-ms/op: every thread's, the garbage collector's
// included), which a machine shared with other work inflates less than
// the time on the clock.
func benchRead(b *testing.B, src string, n int) {
	root := parseHTML(b, src)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuTime()
	defer func() {
		if cpu := cpuTime() - cpu0; cpu > 0 {
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		}
	}()
	cards := 0
	for i := 0; i < b.N; i++ {
		a, err := page.Detect(liURL, root)
		if err != nil {
			b.Fatal(err)
		}
		cards += len(a.Cards(root))
	}
	if cards != n*b.N {
		b.Fatalf("read %d cards, want %d", cards, n*b.N)
	}
	b.ReportMetric(float64(cards)/b.Elapsed().Seconds(), "cards/s")
}

// BenchmarkParseLinkedIn1000 is the floor of BenchmarkExtractLinkedIn1000:
// parsing the same 1,000-card page into a tree, the least any reader of a
// saved page does, reported in the same unit.
func BenchmarkParseLinkedIn1000(b *testing.B) {
	src := benchPage(1000)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := htmlnode.Parse(strings.NewReader(src)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(1000*b.N)/b.Elapsed().Seconds(), "cards/s")
}

// readSizes are the page sizes BenchmarkRead measures.
var readSizes = []int{100, 1000, 5000}

// BenchmarkRead detects the adapter and reads every card of LinkedIn
// invitation pages of 100, 1,000 and 5,000 cards, with the site's markers
// (the page marker, componentkey cards) and without them (plain list items
// found from their controls and profile links). The page is parsed once,
// outside the timer; cards/s is the figure make bench reports.
func BenchmarkRead(b *testing.B) {
	for _, kind := range []struct {
		name string
		page func(int) string
	}{{"marked", benchPage}, {"plain", plainPage}} {
		for _, n := range readSizes {
			b.Run(fmt.Sprintf("%s/%d", kind.name, n), func(b *testing.B) {
				benchRead(b, kind.page(n), n)
			})
		}
	}
}
