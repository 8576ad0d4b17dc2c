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

// XPageURL is where the generated X page is served in the end-to-end tests.
const XPageURL = "https://x.com/follower_requests"

// XHandle is the valid handle of the card of payload i (0-based), on its
// "@handle" link.
func XHandle(i int) string { return "hostile" + pad(i+1, 5) }

// XProfileHref is the display-name link of the card of payload p on X:
// the payload itself when it is a URL trick, else an X profile path
// that ends in it.
func XProfileHref(p Payload) string {
	switch p.Kind {
	case URL, JSURL, DataURL:
		return p.Text
	}
	return "https://x.com/" + p.Text
}

// XPage is an X follower-requests dialog (as in SITES.md) with one row per
// payload in ps, in order: the payload is the row's display name and bio,
// its display-name link is XProfileHref, and its "@handle" link is
// XHandle's. Every payload is written as text (escaped).
func XPage(ps []Payload) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html>
<html dir="ltr" lang="en"><head><meta charset="utf-8"><title>Follower requests / X (hostile payloads)</title>
<style>
body { margin: 0; font: 15px/1.3 system-ui, sans-serif; }
[role="dialog"] { max-width: 600px; margin: 20px auto; border: 1px solid #eff3f4; }
[data-testid="UserCell"] { display: flex; gap: 12px; padding: 12px 16px; }
.main { flex: 1; min-width: 0; max-height: 10em; overflow: hidden; }
[data-testid="cellInnerDiv"] { border-bottom: 1px solid #eff3f4; }
</style></head>
<body>
<div id="layers"><div aria-labelledby="modal-header" aria-modal="true" role="dialog">
<h2 id="modal-header"><span>Follower requests</span></h2>
<section role="region"><div aria-label="Timeline: Follower requests">
`)
	for i, p := range ps {
		t := html.EscapeString(p.Text)
		href := html.EscapeString(XProfileHref(p))
		h := XHandle(i)
		b.WriteString(`<div data-testid="cellInnerDiv" data-payload="` + p.ID + `"><div><div data-testid="UserCell" role="button" tabindex="0">
<div data-testid="UserAvatar-Container-` + h + `"><a href="/` + h + `" aria-hidden="true" role="link" tabindex="-1"><img alt="" src="https://pbs.twimg.com/profile_images/1/` + h + `_normal.jpg" width="40" height="40"></a></div>
<div class="main"><div><div>
<a href="` + href + `" role="link"><div><div dir="ltr"><span><span>` + t + `</span></span></div></div></a>
<div><a href="/` + h + `" role="link" tabindex="-1"><div dir="ltr"><span>@` + h + `</span></div></a></div>
</div>
<div><button aria-label="Decline" role="button" type="button"><span>Decline</span></button><button aria-label="Accept" role="button" type="button"><span>Accept</span></button></div>
</div><div dir="auto" data-testid="UserDescription"><span>` + t + `</span></div></div>
</div></div></div>
`)
	}
	b.WriteString("</div></section>\n</div></div>\n</body></html>\n")
	return b.String()
}
