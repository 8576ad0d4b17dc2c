//go:build js && wasm && legacy && !pages

package main

import (
	"testing"

	"github.com/vetted/vetted/core/page"
)

const nodeFixture = `<main id="m"><ul class="list">
<li role="listitem" componentkey="urn:li:invitation:1"><a href="https://www.linkedin.com/in/ada/"><strong>Ada  Lovelace</strong></a>
<p>AI Product Manager</p><svg aria-label="Verified" role="img"><path d=""></path></svg>
<button aria-label="Accept Ada Lovelace’s invitation">Accept</button></li>
<li role="listitem" componentkey="urn:li:invitation:2"><a href="/in/grace/"><strong>Grace</strong></a><!-- a comment --><p>Rear Admiral</p></li>
</ul></main>`

func TestNodeQueries(t *testing.T) {
	box := mount(t, nodeFixture)
	root := wrap(box)
	if root == nil {
		t.Fatal("wrap(element) is nil")
	}
	items := root.QueryAll(`[role="listitem"]`)
	if len(items) != 2 {
		t.Fatalf("QueryAll: got %d items, want 2", len(items))
	}
	if k, ok := items[1].Attr("componentkey"); !ok || k != "urn:li:invitation:2" {
		t.Errorf("Attr: got %q %v", k, ok)
	}
	if _, ok := items[0].Attr("data-missing"); ok {
		t.Error("Attr: absent attribute reported present")
	}
	if got := items[0].QueryOne("strong").Text(); got != "Ada  Lovelace" {
		t.Errorf("Text: got %q", got)
	}
	if got := items[1].Text(); got != "GraceRear Admiral" {
		t.Errorf("Text skips comments: got %q", got)
	}
	if got := items[0].QueryOne("svg").Tag(); got != "svg" {
		t.Errorf("Tag(svg) = %q", got)
	}
	if got := items[0].Tag(); got != "li" {
		t.Errorf("Tag(li) = %q", got)
	}
	if c := items[0].QueryOne("p").Closest(`[role="listitem"]`); c == nil {
		t.Error("Closest: nil")
	} else if k, _ := c.Attr("componentkey"); k != "urn:li:invitation:1" {
		t.Errorf("Closest found %q", k)
	}
	if root.QueryOne("#m").QueryOne("li") == nil {
		t.Error("nested QueryOne failed")
	}
}

func TestNodeAbsentIsTrueNil(t *testing.T) {
	box := mount(t, nodeFixture)
	root := wrap(box)
	var n page.Node = root.QueryOne(".nothing")
	if n != nil {
		t.Errorf("QueryOne: got %#v, want a nil interface", n)
	}
	if n := root.Closest(".nothing"); n != nil {
		t.Errorf("Closest: got %#v, want a nil interface", n)
	}
	if got := root.QueryAll(".nothing"); len(got) != 0 {
		t.Errorf("QueryAll: got %d", len(got))
	}
	if n := wrap(document.Call("createTextNode", "x")); n != nil {
		t.Error("wrap(text node) is not nil")
	}
	if n := wrap(global.Get("undefined")); n != nil {
		t.Error("wrap(undefined) is not nil")
	}
}

func TestNodeInvalidSelectorDoesNotPanic(t *testing.T) {
	root := wrap(mount(t, nodeFixture))
	if n := root.QueryOne("[[["); n != nil {
		t.Error("QueryOne(invalid) not nil")
	}
	if n := root.QueryAll("a:unknown-pseudo"); n != nil {
		t.Error("QueryAll(invalid) not nil")
	}
	if n := root.Closest(">>"); n != nil {
		t.Error("Closest(invalid) not nil")
	}
}

func TestNodeHidesVettedBadges(t *testing.T) {
	box := mount(t, nodeFixture)
	li := q(box, `[componentkey="urn:li:invitation:1"]`)
	item := wrap(li)
	before := item.Text()
	b := newBadge("urn:li:invitation:1")
	b.draw(testView("urn:li:invitation:1", "Ada Lovelace"))
	li.Call("appendChild", b.root)

	if got := item.Text(); got != before {
		t.Errorf("Text with badge:\n got %q\nwant %q", got, before)
	}
	if n := len(item.QueryAll("button")); n != 1 {
		t.Errorf("QueryAll(button) sees %d buttons, want only the page's own", n)
	}
	if n := item.QueryOne(`[data-vetted-action="accept"]`); n != nil {
		t.Error("QueryOne found a Vetted button")
	}
	if n := item.QueryOne("button"); n == nil || n.Text() != "Accept" {
		t.Error("QueryOne(button) did not find the page's Accept")
	}
	// A badge that is not the last child: the slow path still skips it.
	li.Call("insertBefore", b.root, li.Get("firstChild"))
	if got := item.Text(); got != before {
		t.Errorf("Text with badge first:\n got %q\nwant %q", got, before)
	}
	if n := len(wrap(box).QueryAll("ul, li, button")); n != 4 {
		t.Errorf("document-level QueryAll sees %d, want 4", n)
	}
}
