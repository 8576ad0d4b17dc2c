package session_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/page"
	"github.com/vetted/vetted/core/session"
)

// cardNamed is the scan's card for a person.
func (o *opened) cardNamed(t *testing.T, name string) session.CardView {
	t.Helper()
	for _, cv := range o.scan.Cards {
		if cv.Judged.Name == name {
			return cv
		}
	}
	t.Fatalf("no card for %s", name)
	return session.CardView{}
}

// openComposer adds the site's message box for a person to the page, as
// LinkedIn does after a click on "Reply to": a dialog naming them with an
// editable box, holding text when draft is not "".
func (o *opened) openComposer(t *testing.T, name, draft string) {
	t.Helper()
	nodes, err := html.ParseFragment(strings.NewReader(
		`<div role="dialog" aria-label="Messaging: `+html.EscapeString(name)+`"><h2>`+html.EscapeString(name)+`</h2>`+
			`<div class="msg-form__contenteditable" contenteditable="true" role="textbox" aria-label="Write a message…">`+html.EscapeString(draft)+`</div></div>`),
		&html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	require.NoError(t, err)
	var body *html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "body" {
			body = n
		}
		for c := n.FirstChild; c != nil && body == nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(o.doc)
	require.NotNil(t, body)
	for _, n := range nodes {
		body.AppendChild(n)
	}
}

// observe sends the page as it is now with the job.
func (o *opened) observe(t *testing.T, st *session.Step, elapsed int, filled string) *session.Step {
	t.Helper()
	require.NotNil(t, st.Job, "a job to observe: %+v", st)
	req := o.req("observe")
	req.Job, req.Elapsed, req.Filled = st.Job, elapsed, filled
	next, err := session.Observe(env(), req)
	require.NoError(t, err)
	return next
}

// Ask for context clicks the card's own message control, waits for the
// message box that names the person, has the shell type the template
// into it and ends done once it did: the user presses Send.
func TestAskOpensTheMessageBoxAndFillsIt(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", receivedURL)
	cv := o.cardNamed(t, "Jane Doe")
	req := o.req("act")
	req.Kind, req.Judged = string(action.Ask), &cv.Judged
	st, err := session.Act(env(), req)
	require.NoError(t, err)
	require.Equal(t, session.NextClick, st.Next, st.Message.String())
	assert.Same(t, o.control(t, cv, page.Message), o.element(t, st.Click), "the card's own message control")
	assert.Nil(t, st.Record)

	// No box yet: wait.
	st2 := o.observe(t, st, 200, "")
	assert.Equal(t, session.NextWait, st2.Next)

	// Another person's conversation is never written into.
	o.openComposer(t, "Marcus Klein", "")
	st2 = o.observe(t, st, 300, "")
	assert.Equal(t, session.NextWait, st2.Next)

	o.openComposer(t, "Jane Doe", "")
	st3 := o.observe(t, st, 400, "")
	require.Equal(t, session.NextFill, st3.Next)
	box := o.element(t, st3.Fill)
	assert.Contains(t, attr(box, "class"), "msg-form__contenteditable")
	assert.Contains(t, html.UnescapeString(textOf(box.Parent)), "Jane Doe", "the box of Jane's conversation")
	assert.Contains(t, st3.Text, "Jane", "the ask-for-context template, for her")

	st4 := o.observe(t, st3, 500, session.FillOK)
	assert.Equal(t, session.NextNone, st4.Next)
	assert.Equal(t, string(action.Done), st4.State)
	assert.Equal(t, "Message ready for Jane Doe: check it and press Send.", st4.Message.String())
	require.NotNil(t, st4.Record)
	assert.Equal(t, "ask", st4.Record.Action)
	assert.Equal(t, "done", st4.Record.Outcome)
}

// The box that does not open, a draft already in it and typing that fails
// all end with the message offered to copy.
func TestAskOffersTheTextToCopy(t *testing.T) {
	start := func(t *testing.T) (*opened, *session.Step) {
		o := open(t, testdata+"/linkedin/received.html", receivedURL)
		cv := o.cardNamed(t, "Jane Doe")
		req := o.req("act")
		req.Kind, req.Judged = string(action.Ask), &cv.Judged
		st, err := session.Act(env(), req)
		require.NoError(t, err)
		require.Equal(t, session.NextClick, st.Next)
		return o, st
	}
	t.Run("no box", func(t *testing.T) {
		o, st := start(t)
		got := o.observe(t, st, session.ComposerWait, "")
		assert.Equal(t, string(action.NeedsUser), got.State)
		assert.Equal(t, "The message box did not open. Copy the message:", got.Message.String())
		assert.NotEmpty(t, got.Copy)
		require.NotNil(t, got.Record)
	})
	t.Run("a draft", func(t *testing.T) {
		o, st := start(t)
		o.openComposer(t, "Jane Doe", "Hi Jane, about Tuesday")
		got := o.observe(t, st, 300, "")
		assert.Equal(t, string(action.NeedsUser), got.State)
		assert.Contains(t, got.Message.String(), "already holds a draft")
		assert.Equal(t, session.NextNone, got.Next, "the draft is left alone")
	})
	t.Run("the shell found a draft", func(t *testing.T) {
		o, st := start(t)
		o.openComposer(t, "Jane Doe", "")
		fill := o.observe(t, st, 300, "")
		require.Equal(t, session.NextFill, fill.Next)
		got := o.observe(t, fill, 400, session.FillDraft)
		assert.Contains(t, got.Message.String(), "already holds a draft")
	})
	t.Run("typing failed", func(t *testing.T) {
		o, st := start(t)
		o.openComposer(t, "Jane Doe", "")
		fill := o.observe(t, st, 300, "")
		got := o.observe(t, fill, 400, "failed")
		assert.Equal(t, string(action.NeedsUser), got.State)
		assert.Contains(t, got.Message.String(), "could not type")
		assert.NotEmpty(t, got.Copy)
	})
}

// Accept + thank you accepts first (one decision-log entry, done), then
// opens the message box; when the card shows no message control any more,
// the message is offered to copy, without a second entry.
func TestAcceptThanks(t *testing.T) {
	o := open(t, testdata+"/linkedin/received.html", receivedURL)
	cv := o.cardNamed(t, "Jane Doe")
	req := o.req("act")
	req.Kind, req.Judged = string(action.AcceptThanks), &cv.Judged
	st, err := session.Act(env(), req)
	require.NoError(t, err)
	require.Equal(t, session.NextClick, st.Next)
	assert.Same(t, o.control(t, cv, page.Accept), o.element(t, st.Click))

	card := o.element(t, cv.ID)
	card.Parent.RemoveChild(card)
	got := o.observe(t, st, 300, "")
	require.NotNil(t, got.Record, "the accept is recorded")
	assert.Equal(t, "done", got.Record.Outcome)
	assert.Equal(t, "accept-thanks", got.Record.Action)
	assert.Equal(t, string(action.NeedsUser), got.State)
	assert.True(t, strings.HasPrefix(got.Message.String(), "Accepted Jane Doe. Vetted found no message button"), got.Message.String())
	assert.NotEmpty(t, got.Copy)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
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
	walk(n)
	return b.String()
}
