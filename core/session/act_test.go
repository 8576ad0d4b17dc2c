package session_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/domtree"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/page/htmlnode"
	"github.com/vetted/vetted/core/session"
)

// opened is a saved page, scanned as the shell would.
type opened struct {
	url  string
	doc  *html.Node
	scan *session.Scan
}

func open(t *testing.T, path, url string) *opened {
	t.Helper()
	doc := load(t, path)
	res, err := session.ScanPage(env(), &session.Request{URL: url, Lang: "en", Tree: snapshot(doc)})
	require.NoError(t, err)
	require.NotEmpty(t, res.Cards)
	return &opened{url: url, doc: doc, scan: res}
}

// element finds the html element of a snapshot's element number.
func (o *opened) element(t *testing.T, id int) *html.Node {
	t.Helper()
	tree, err := domtree.Decode(snapshot(o.doc))
	require.NoError(t, err)
	n := tree.Element(id)
	require.NotNil(t, n, "element %d", id)
	// The same element in the page: the n-th element in document order.
	var all []*html.Node
	var walk func(*html.Node)
	walk = func(h *html.Node) {
		if h.Type == html.ElementNode {
			all = append(all, h)
		}
		for c := h.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(o.doc)
	require.Less(t, id, len(all))
	return all[id]
}

func (o *opened) req(op string) *session.Request {
	return &session.Request{Op: op, URL: o.url, Lang: "en", Tree: snapshot(o.doc), Now: 1700000000000}
}

// control is the card's own control of a kind, in the page.
func (o *opened) control(t *testing.T, cv session.CardView, c page.Control) *html.Node {
	t.Helper()
	a := page.ByID(o.scan.Adapter)
	ctrl := a.Control(htmlnode.Wrap(o.element(t, cv.ID)), c)
	require.NotNil(t, ctrl)
	return ctrl.(htmlnode.Node).HTML()
}

// An ignore on the third LinkedIn card clicks that card's own Ignore
// button, and once the card is gone records it as done.
func TestActClicksTheCardsOwnControl(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", "https://www.linkedin.com/mynetwork/invitation-manager/received/")
	cv := o.scan.Cards[2]
	req := o.req("act")
	req.Kind, req.Judged = string(action.Ignore), &cv.Judged
	st, err := session.Act(env(), req)
	require.NoError(t, err)
	require.Equal(t, session.NextClick, st.Next, st.Message.String())
	assert.Same(t, o.control(t, cv, page.Ignore), o.element(t, st.Click), "the card's own Ignore button")
	assert.Nil(t, st.Record, "nothing recorded before the page shows the change")

	// Nothing changed yet: wait. (The shell names where the card is.)
	ob := o.req("observe")
	ob.Job, ob.Elapsed, ob.Hint = st.Job, 100, cv.ID
	st2, err := session.Observe(env(), ob)
	require.NoError(t, err)
	assert.Equal(t, session.NextWait, st2.Next)

	// The card is gone: done, with its decision-log entry.
	card := o.element(t, cv.ID)
	card.Parent.RemoveChild(card)
	ob = o.req("observe")
	ob.Job, ob.Elapsed = st.Job, 300
	st3, err := session.Observe(env(), ob)
	require.NoError(t, err)
	assert.Equal(t, session.NextNone, st3.Next)
	assert.Equal(t, string(action.Done), st3.State, st3.Message.String())
	require.NotNil(t, st3.Record)
	assert.Equal(t, cv.Judged.Name, st3.Record.Name)
	assert.Equal(t, "ignore", st3.Record.Action)
	assert.Equal(t, "done", st3.Record.Outcome)
	assert.Equal(t, int64(1700000000000), st3.Record.At)
	assert.Contains(t, st3.Message.String(), "Ignored")
}

// When the page never shows the change, the action fails and says so.
func TestActTimesOut(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", "https://www.linkedin.com/mynetwork/invitation-manager/received/")
	cv := o.scan.Cards[0]
	req := o.req("act")
	req.Kind, req.Judged = string(action.Accept), &cv.Judged
	st, err := session.Act(env(), req)
	require.NoError(t, err)
	require.Equal(t, session.NextClick, st.Next)
	ob := o.req("observe")
	ob.Job, ob.Elapsed = st.Job, session.ClickWait
	st2, err := session.Observe(env(), ob)
	require.NoError(t, err)
	assert.Equal(t, string(action.Failed), st2.State)
	require.NotNil(t, st2.Record)
	assert.Equal(t, "failed", st2.Record.Outcome)
}

// A card that shows someone else by the time of the click is refused.
func TestActRefusesAChangedCard(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", "https://www.linkedin.com/mynetwork/invitation-manager/received/")
	judged := o.scan.Cards[1].Judged
	judged.Name = "Someone Else"
	req := o.req("act")
	req.Kind, req.Judged = string(action.Accept), &judged
	st, err := session.Act(env(), req)
	require.NoError(t, err)
	assert.Equal(t, session.NextNone, st.Next)
	assert.Equal(t, string(action.Refused), st.State)
	assert.Equal(t, -1, st.Click)
	require.NotNil(t, st.Record)
}

// On X every action names the card's own control, never another card's.
func TestActOnX(t *testing.T) {
	o := open(t, testdata+"/x/follower-requests.html", "https://x.com/follower_requests")
	for _, cv := range o.scan.Cards {
		for _, k := range []action.Kind{action.Accept, action.Ignore} {
			req := o.req("act")
			req.Kind, req.Judged = string(k), &cv.Judged
			st, err := session.Act(env(), req)
			require.NoError(t, err)
			want := o.control(t, cv, page.Accept)
			if k == action.Ignore {
				want = o.control(t, cv, page.Ignore)
			}
			switch st.Next {
			case session.NextClick:
				assert.Same(t, want, o.element(t, st.Click), "%s on %s", k, cv.Judged.Name)
			default:
				// The site's label names nobody: the control is handed to the user.
				require.Equal(t, string(action.NeedsUser), st.State, st.Message.String())
				require.Len(t, st.Highlight, 1)
				assert.Same(t, want, o.element(t, st.Highlight[0]), "%s on %s", k, cv.Judged.Name)
			}
		}
	}
}

// Block offers the profile, a safe https link; nothing is clicked.
func TestActBlock(t *testing.T) {
	o := open(t, testdata+"/x/follower-requests.html", "https://x.com/follower_requests")
	cv := o.scan.Cards[0]
	req := o.req("act")
	req.Kind, req.Judged = string(action.Block), &cv.Judged
	st, err := session.Act(env(), req)
	require.NoError(t, err)
	assert.Equal(t, -1, st.Click)
	assert.Equal(t, string(action.NeedsUser), st.State)
	assert.True(t, strings.HasPrefix(st.Link, "https://x.com/"), st.Link)
}

// A decision carried out comes with what Vetted learns of the card, and
// the next scan judges with what was learnt: after a report, the same
// sender's invitation is flagged at once.
func TestDecisionTeachesTheNextScan(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", "https://www.linkedin.com/mynetwork/invitation-manager/received/")
	cv := o.scan.Cards[2]
	req := o.req("act")
	req.Kind, req.Judged = string(action.Ignore), &cv.Judged
	st, err := session.Act(env(), req)
	require.NoError(t, err)
	require.NotNil(t, st.Job.Sample, "the card's sample is read when the action starts")
	assert.Nil(t, st.Sample, "no sample without a record")

	el := o.element(t, cv.ID)
	parent, next := el.Parent, el.NextSibling
	parent.RemoveChild(el)
	ob := o.req("observe")
	ob.Job, ob.Elapsed = st.Job, 300
	done, err := session.Observe(env(), ob)
	require.NoError(t, err)
	require.NotNil(t, done.Record)
	require.NotNil(t, done.Sample, "the record carries the card's sample")
	assert.Equal(t, cv.Judged.Name, done.Sample.Name)

	// The shell keeps the record with its sample; the core learns from it.
	d, ok := learn.FromOutcome(done.Record.Action, done.Record.Outcome, done.Record.Bulk)
	require.True(t, ok)
	assert.Equal(t, learn.ActionIgnore, d.Action)
	j := learn.NewJournal()
	_, err = j.Add(learn.EntryID(done.Record.Key, done.Record.Action, done.Record.At), *done.Sample, learn.Decision{Action: learn.ActionReport}, done.Record.At)
	require.NoError(t, err)

	parent.InsertBefore(el, next) // the same sender invites again
	e := env()
	e.Learnt = j.Model
	res, err := session.ScanPage(e, o.req("scan"))
	require.NoError(t, err)
	var again *session.CardView
	for i := range res.Cards {
		if res.Cards[i].Judged.Key == cv.Judged.Key {
			again = &res.Cards[i]
		}
	}
	require.NotNil(t, again)
	assert.Contains(t, again.Judged.Flags, "like-reported", "the reported sender is flagged")
	assert.NotContains(t, cv.Judged.Flags, "like-reported")
}

// A correction of a badge reads the card from the snapshot: what Vetted
// learns of it, the correction, and what the badge says; an unknown
// correction or a card gone is refused.
func TestCorrect(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", "https://www.linkedin.com/mynetwork/invitation-manager/received/")
	cv := o.scan.Cards[1]
	require.NotEmpty(t, cv.Badge.Corrections, "the badge offers corrections")
	req := o.req("correct")
	req.Judged, req.Correct = &cv.Judged, "recruiter"
	c, err := session.Correct(env(), req)
	require.NoError(t, err)
	assert.Equal(t, cv.Judged.Name, c.Sample.Name)
	assert.Equal(t, learn.Decision{Correct: "recruiter"}, c.Decision)
	assert.Contains(t, c.Message.String(), "Noted: Recruiter.")

	req.Correct = "scammer"
	_, err = session.Correct(env(), req)
	require.Error(t, err, "a correction never sets a dangerous type")

	el := o.element(t, cv.ID)
	el.Parent.RemoveChild(el)
	req = o.req("correct")
	req.Judged, req.Correct = &cv.Judged, "not_scam"
	_, err = session.Correct(env(), req)
	require.Error(t, err, "the card is gone")
}
