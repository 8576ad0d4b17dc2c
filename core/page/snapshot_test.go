package page_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/page"
)

// counting is a Node that counts what is asked of it (and of the nodes it
// returns): a stand-in for crossings of the JavaScript boundary.
type counting struct {
	page.Node
	n *int
}

func (c counting) wrap(n page.Node) page.Node {
	if n == nil {
		return nil
	}
	return counting{n, c.n}
}

func (c counting) QueryOne(sel string) page.Node { *c.n++; return c.wrap(c.Node.QueryOne(sel)) }
func (c counting) QueryAll(sel string) []page.Node {
	*c.n++
	l := c.Node.QueryAll(sel)
	out := make([]page.Node, len(l))
	for i, n := range l {
		out[i] = c.wrap(n)
	}
	return out
}
func (c counting) Closest(sel string) page.Node    { *c.n++; return c.wrap(c.Node.Closest(sel)) }
func (c counting) Text() string                    { *c.n++; return c.Node.Text() }
func (c counting) Attr(name string) (string, bool) { *c.n++; return c.Node.Attr(name) }
func (c counting) Tag() string                     { *c.n++; return c.Node.Tag() }

// TestSnapshotReadsLikeTheLivePage reads every card of every fixture
// through a plan's snapshots, as the browser does, and checks that each
// card is read exactly as from the page itself; that the plan has learnt
// everything after two passes (a query is learnt on one card, what is read
// of its elements on the next that has them); and that then a pass asks the
// page far less.
func TestSnapshotReadsLikeTheLivePage(t *testing.T) {
	cards := 0
	for _, fx := range fixtures(t) {
		if fx.dir == unknownDir {
			continue
		}
		t.Run(fx.dir+"/"+fx.name, func(t *testing.T) {
			root := load(t, fx.path)
			a, err := page.Detect(fx.url, root)
			require.NoError(t, err)
			nodes := a.CardNodes(root)
			plan := &page.Plan{}
			var liveAsks, snapAsks int
			for pass := 0; pass < 3; pass++ {
				version := plan.Version()
				for i, n := range nodes {
					want, wantOK := a.Read(counting{n, &liveAsks})
					qs := plan.Queries()
					data := page.TakeSnapshot(n, qs)
					sn, fits := plan.Snapshot(counting{n, &snapAsks}, qs, data)
					assert.True(t, fits, "a snapshot taken with the plan fits it")
					got, ok := a.Read(sn)
					assert.Equal(t, wantOK, ok, "card %d", i)
					assert.Equal(t, want, got, "card %d, pass %d", i, pass)
					if pass == 2 {
						cards++
					}
				}
				if pass == 2 {
					assert.Equal(t, version, plan.Version(), "the plan learnt everything in two passes")
				}
				if pass < 2 {
					liveAsks, snapAsks = 0, 0
				}
			}
			if len(nodes) > 0 {
				assert.Less(t, snapAsks*4, liveAsks, "a settled plan answers most questions from the snapshot (%d vs %d asks)", snapAsks, liveAsks)
			}
		})
	}
	assert.Greater(t, cards, 50)
}

// TestSnapshotIgnoresDataThatDoesNotFit: a snapshot that does not match
// the plan's queries (truncated, extra fields, a bad count, garbage) is
// ignored and the card is read from the page, the same as ever.
func TestSnapshotIgnoresDataThatDoesNotFit(t *testing.T) {
	root := load(t, "testdata/linkedin/received.html")
	a := page.ByID("linkedin")
	require.NotNil(t, a)
	nodes := a.CardNodes(root)
	require.NotEmpty(t, nodes)
	plan := &page.Plan{}
	learn(plan, a, nodes, 1)
	qs := plan.Queries()
	require.NotEmpty(t, qs)
	n := nodes[0]
	want, _ := a.Read(n)
	good := page.TakeSnapshot(n, qs)
	for name, data := range map[string]string{
		"empty":       "",
		"truncated":   good[:len(good)/2],
		"extra field": good + "\x00x",
		"bad count":   "-1" + good[strings.IndexByte(good, 0):],
		"not a count": "x" + good[strings.IndexByte(good, 0):],
		"huge count":  "99999999" + good[strings.IndexByte(good, 0):],
		"garbage":     "<b>\x00\x01\x00\x00",
	} {
		sn, fits := plan.Snapshot(n, qs, data)
		assert.False(t, fits, name)
		got, _ := a.Read(sn)
		assert.Equal(t, want, got, name)
	}
}

// TestTakeSnapshotSanitizes: NUL and U+0001 from the page cannot split a
// snapshot's fields or pass for an absent attribute.
func TestTakeSnapshotSanitizes(t *testing.T) {
	hostile := fakeNode{text: "a\x00b\x01c", attrs: map[string]string{"title": "\x01", "alt": "x\x00y"}}
	plan := &page.Plan{}
	for range 2 { // the query, then what is read of it
		learn, _ := plan.Snapshot(hostile, plan.Queries(), page.TakeSnapshot(hostile, plan.Queries()))
		learn.Tag()
		learn.Text()
		for _, a := range []string{"title", "alt", "href"} {
			learn.Attr(a)
		}
	}
	qs := plan.Queries()
	data := page.TakeSnapshot(hostile, qs)
	assert.Equal(t, []string{"1", "p", "a\uFFFDb\uFFFDc", "\uFFFD", "x\uFFFDy", "\x01"}, strings.Split(data, "\x00"))
	s, fits := plan.Snapshot(hostile, qs, data)
	assert.True(t, fits)
	assert.Equal(t, "a\uFFFDb\uFFFDc", s.Text())
	v, ok := s.Attr("title")
	assert.True(t, ok)
	assert.Equal(t, "\uFFFD", v)
	_, ok = s.Attr("href")
	assert.False(t, ok)
}

// fakeNode is one element with no children.
type fakeNode struct {
	text  string
	attrs map[string]string
}

func (f fakeNode) QueryOne(string) page.Node   { return nil }
func (f fakeNode) QueryAll(string) []page.Node { return nil }
func (f fakeNode) Closest(string) page.Node    { return nil }
func (f fakeNode) Text() string                { return f.text }
func (f fakeNode) Attr(name string) (string, bool) {
	v, ok := f.attrs[name]
	return v, ok
}
func (f fakeNode) Tag() string { return "p" }

// FuzzSnapshot reads a card from arbitrary snapshot data against a settled
// plan (data that does not fit is ignored, data that fits is believed):
// nothing panics.
func FuzzSnapshot(f *testing.F) {
	root := load(f, "testdata/linkedin/received.html")
	a := page.ByID("linkedin")
	nodes := a.CardNodes(root)
	plan := &page.Plan{}
	learn(plan, a, nodes, 2)
	qs := plan.Queries()
	f.Add(page.TakeSnapshot(nodes[0], qs))
	f.Add(page.TakeSnapshot(nodes[len(nodes)-1], qs))
	f.Add("1\x00\x01\x00\x00")
	f.Fuzz(func(t *testing.T, data string) {
		sn, _ := plan.Snapshot(nodes[0], qs, data)
		a.Read(sn)
	})
}

// learn reads every card through snapshots taken with the plan, passes
// times over: the plan learns a query on one card and what is read of its
// elements on the next that has them.
func learn(p *page.Plan, a *page.Adapter, cards []page.Node, passes int) {
	for range passes {
		for _, n := range cards {
			sn, _ := p.Snapshot(n, p.Queries(), page.TakeSnapshot(n, p.Queries()))
			a.Read(sn)
		}
	}
}
