package action

import (
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/ledger"
	"github.com/vetted/vetted/core/page"
)

// Outcome is the result of an action, also the badge's data-vetted-state.
type Outcome string

// The outcomes (the same strings as the ledger's).
const (
	Go        Outcome = ""               // precheck passed: act
	Done      Outcome = ledger.Done      // the page showed the change
	Refused   Outcome = ledger.Refused   // Vetted refused: the card or control did not match
	NeedsUser Outcome = ledger.NeedsUser // the user must click the page's own control
	Stopped   Outcome = ledger.Stopped   // a security check or dialog is on screen
	Failed    Outcome = ledger.Failed    // the page did not change in time
	Pending   Outcome = "pending"        // Settle: nothing decisive yet, keep waiting
)

// Check is the result of Precheck.
type Check struct {
	Outcome Outcome
	Reason  string    // why, in plain words, for the status line
	Control page.Node // the control to click (Go) or to highlight (NeedsUser)
}

// Precheck re-reads the card right before acting and decides whether to
// act (DESIGN §6). Identity is the card's own: it must still show the
// judged invitation (same key, name and profile link, re-read now), and
// the control must lie inside that card and be its only control of that
// kind. A label that names someone must name this person; a label that
// names nobody ("Confirm", "Accept") is no reason to refuse. No security
// check may be on the page, and the control must take a script's click
// (else the user clicks it). url is the page's address now, root the
// document.
func Precheck(s Site, url string, root, cardNode page.Node, judged *card.Card, p Plan) Check {
	if why := Security(url, root); why != "" {
		return Check{Outcome: Stopped, Reason: why}
	}
	if cardNode == nil {
		return Check{Outcome: Refused, Reason: "The invitation is no longer on the page."}
	}
	now, ok := s.Read(cardNode)
	if !ok {
		return Check{Outcome: Refused, Reason: "The card can no longer be read; nothing was done."}
	}
	if why := Changed(judged, &now); why != "" {
		return Check{Outcome: Refused, Reason: why}
	}
	need := p.Needs()
	if need == NoControl {
		return Check{Outcome: Go}
	}
	ctrl := s.Control(cardNode, need)
	if ctrl == nil {
		return Check{Outcome: Refused, Reason: "The page's " + controlWord(need) + " button for " + judged.Name + " is gone; nothing was done."}
	}
	if !s.OnlyControl(cardNode, need) {
		return Check{Outcome: Refused,
			Reason: "The card shows more than one " + controlWord(need) + " button, so Vetted cannot tell which is " + judged.Name + "’s; nothing was done."}
	}
	named := s.ControlNames(ctrl)
	switch {
	case named != "" && !NamesPerson(named, judged.Name):
		return Check{Outcome: Refused,
			Reason: "The page's " + controlWord(need) + " button names " + named + ", not " + judged.Name + "; nothing was done."}
	case named == "" && judged.Key == "" && judged.ProfileURL == "":
		// The card's own identity is all there is to check by: a name
		// alone is not enough.
		return Check{Outcome: NeedsUser, Control: ctrl,
			Reason: "This card shows no profile link to check it by. Check it is " + judged.Name + " and click the highlighted " + controlWord(need) + " button yourself."}
	}
	if !s.Clickable(ctrl) {
		return Check{Outcome: NeedsUser, Control: ctrl,
			Reason: "The site only takes your own click here: click the highlighted " + controlWord(need) + " button."}
	}
	return Check{Outcome: Go, Control: ctrl}
}

// Changed compares the card as judged with the card as read now and
// returns why they differ, or "" when they show the same invitation. A
// key or profile link the judged card had must still be there and equal.
func Changed(judged, now *card.Card) string {
	switch {
	case judged.Key != "" && judged.Key != now.Key,
		!SameName(judged.Name, now.Name),
		judged.ProfileURL != "" &&
			ledger.NormalizeURL(judged.ProfileURL) != ledger.NormalizeURL(now.ProfileURL):
		who := now.Name
		if strings.TrimSpace(who) == "" {
			who = "someone else"
		}
		return "The card changed: it now shows " + who + ", not " + judged.Name + ". Nothing was done."
	}
	return ""
}

func controlWord(c Control) string {
	switch c {
	case ControlAccept:
		return "Accept"
	case ControlIgnore:
		return "Ignore"
	case ControlMessage:
		return "Message"
	}
	return ""
}

// Security-check signs: phrases in dialogs and URL paths.
var (
	securityPhrases = []string{
		"security check", "security verification", "quick security check", "unusual activity",
		"suspicious activity", "verify you're human", "verify you are human", "verify that you're human",
		"confirm you're human", "captcha", "are you a robot", "not a robot",
		"sicherheitsüberprüfung", "sicherheitsprüfung", "sicherheitscheck", "ungewöhnliche aktivität",
		"ungewöhnliche aktivitäten", "verdächtige aktivität", "verdächtige aktivitäten",
		"bestätigen sie dass sie ein mensch sind", "kein roboter",
	}
	securityPaths = []string{"/checkpoint", "/login", "/uas/login", "/authwall", "/challenge", "/captcha", "/accounts/suspended"}
	// The selectors of a security-check frame and of dialogs.
	securityFrames  = `iframe[src*="challenge"], iframe[src*="captcha"], iframe[src*="arkoselabs"], iframe[src*="funcaptcha"]`
	dialogSelectors = `[role="dialog"], [role="alertdialog"], dialog[open]`
)

// Security returns why the page looks like a security check (a challenge
// frame, a checkpoint or login URL, a dialog mentioning a security check
// or unusual activity), or "". Vetted never solves or dismisses one.
func Security(url string, root page.Node) string {
	if p := urlPath(url); p != "" {
		for _, s := range securityPaths {
			if p == s || strings.HasPrefix(p, s+"/") {
				return stopWords
			}
		}
	}
	if root == nil {
		return ""
	}
	if root.QueryOne(securityFrames) != nil {
		return stopWords
	}
	for _, d := range root.QueryAll(dialogSelectors) {
		if securityDialog(d) {
			return stopWords
		}
	}
	return ""
}

// maxDialogText is the longest dialog whose whole text is searched for
// security-check phrases; a longer one (X's follower-request list is a
// dialog full of people's bios) is judged by its label and headings only,
// so that a bio mentioning "security checks" does not stop every action.
const maxDialogText = 600

// headings are a dialog's headings, read when its text is long.
const headings = `h1, h2, h3, [role="heading"]`

func securityDialog(d page.Node) bool {
	label, _ := d.Attr("aria-label")
	t := label
	if all := d.Text(); len(all) <= maxDialogText {
		t += " " + all
	} else {
		for _, h := range d.QueryAll(headings) {
			t += " " + h.Text()
		}
	}
	t = fold(t)
	for _, ph := range foldedSecurity {
		if strings.Contains(t, ph) {
			return true
		}
	}
	return false
}

const stopWords = "The site is showing a security check. Vetted stopped and will not touch it: please deal with it yourself."

var foldedSecurity = foldAll(securityPhrases)

func foldAll(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = fold(p)
	}
	return out
}

// urlPath returns the lower-case path of an absolute or relative URL.
func urlPath(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
		if j := strings.IndexByte(u, '/'); j >= 0 {
			u = u[j:]
		} else {
			u = "/"
		}
	}
	return strings.ToLower(u)
}
