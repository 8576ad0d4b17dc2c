package hostile

import (
	"html"
	"strconv"
	"strings"
)

// PageURL is where the generated page is served in the end-to-end tests.
const PageURL = "https://www.linkedin.com/mynetwork/invitation-manager/received/ALL/"

// Key is the invitation key of the card carrying payload i (0-based).
func Key(i int) string {
	return "urn:li:invitation:81000000000000" + pad(i+1, 5)
}

// ProfileHref is the profile link the card of payload p carries: the
// payload itself when it is a URL trick, else a LinkedIn profile path
// that ends in it.
func ProfileHref(p Payload) string {
	switch p.Kind {
	case URL, JSURL, DataURL:
		return p.Text
	}
	return "https://www.linkedin.com/in/" + p.Text
}

// LinkedInPage is a LinkedIn invitation manager page (current layout, as
// in SITES.md) with one card per payload in ps, in order: the payload is
// the card's name, in its headline and its note, and its profile link is
// ProfileHref. Every payload is written as text (escaped), as the site
// would: whatever it becomes in a browser, Vetted put it there.
func LinkedInPage(ps []Payload) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Invitations | LinkedIn (hostile payloads)</title>
<style>
body { margin: 0; background: #f4f2ee; font: 14px/1.4 system-ui, sans-serif; }
main { max-width: 760px; margin: 20px auto; background: #fff; }
[role="listitem"] { border-bottom: 1px solid #e8e8e8; }
.card { padding: 12px 16px; }
.body p, .note { margin: 0; }
.body, .note { max-height: 8em; overflow: hidden; }
.note { background: #f3f6f8; padding: 8px; margin-top: 4px; }
</style></head>
<body>
<div role="main" data-sdui-screen="com.linkedin.sdui.flagshipnav.mynetwork.InvitationReceivedWithType">
<main>
<h1>Invitations (`)
	b.WriteString(strconv.Itoa(len(ps)))
	b.WriteString(`)</h1>
<div data-testid="lazy-column">
`)
	for i, p := range ps {
		t := html.EscapeString(p.Text)
		href := html.EscapeString(ProfileHref(p))
		b.WriteString(`<div role="listitem" componentkey="` + Key(i) + `" data-payload="` + p.ID + `">
<div data-view-name="pending-invitation" class="card">
<div class="body">
<a href="` + href + `"><strong>` + t + `</strong></a>
<p>` + t + ` is inviting you to connect</p>
<p>` + t + ` · Engineer</p>
<p>Yesterday</p>
</div>
<div data-view-name="invitation-action">
<button type="button" aria-label="Ignore an invitation to connect from ` + t + `">Ignore</button>
<button type="button" aria-label="Accept ` + t + `’s invitation">Accept</button>
</div>
<p class="note">` + t + `</p>
</div>
</div>
`)
	}
	b.WriteString("</div>\n</main>\n</div>\n</body></html>\n")
	return b.String()
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}
