package action

import (
	"strings"

	"github.com/vetted/vetted/core/page"
)

// Snapshot is what the page shows about one card at one moment; Settle
// compares the one taken before a click with later ones.
type Snapshot struct {
	_        [0]func() // not comparable: no generated equality function (core.wasm's size)
	Present  bool      // the invitation is still on the page
	Key      string    // as read now
	Name     string
	Controls bool   // the card still has its accept or ignore control
	Text     string // the card's folded text
	Dialogs  int    // open dialogs on the page
	Security string // why the page looks like a security check, or ""
}

// Snap takes a snapshot. cardNode is the card's element found now (nil
// when the invitation is no longer on the page).
func Snap(s Site, url string, root, cardNode page.Node) Snapshot {
	snap := Snapshot{Security: Security(url, root)}
	if root != nil {
		snap.Dialogs = len(root.QueryAll(dialogSelectors))
	}
	if cardNode == nil {
		return snap
	}
	snap.Present = true
	if c, ok := s.Read(cardNode); ok {
		snap.Key, snap.Name = c.Key, c.Name
	}
	snap.Controls = s.Control(cardNode, ControlAccept) != nil || s.Control(cardNode, ControlIgnore) != nil
	snap.Text = fold(cardNode.Text())
	return snap
}

// Phrases a card shows once an invitation was accepted or ignored.
var (
	acceptedPhrases = foldAll([]string{
		"is now a connection", "are now connected", "you're now connected", "you are now connected",
		"now connected", "invitation accepted", "request confirmed", "you are now friends",
		"you're now friends", "are now friends", "ist jetzt ein kontakt", "ist jetzt eine verbindung",
		"sind jetzt verbunden", "ihr seid jetzt freunde", "anfrage bestätigt", "kontaktanfrage angenommen",
	})
	ignoredPhrases = foldAll([]string{
		"invitation ignored", "ignored", "request removed", "request deleted", "declined",
		"einladung ignoriert", "ignoriert", "anfrage gelöscht", "anfrage entfernt", "abgelehnt",
	})
)

// Settle judges the page after a click: Done when the invitation is gone,
// shows a new accepted or ignored notice, or lost its controls; Stopped on
// a security check; NeedsUser when a dialog opened (the site asks
// something: "Take care when connecting"); Pending otherwise. The reason
// is for the status line.
func Settle(p Plan, before, after Snapshot) (Outcome, string) {
	if after.Security != "" {
		return Stopped, after.Security
	}
	if after.Dialogs > before.Dialogs {
		return NeedsUser, "The site opened a dialog about " + p.Name + ". Vetted leaves it to you: answer it, or close it to cancel."
	}
	if !after.Present {
		return Done, ""
	}
	if after.Key != "" && before.Key != "" && after.Key != before.Key || after.Name != "" && !SameName(after.Name, p.Name) {
		// The element now shows another invitation: ours is gone.
		return Done, ""
	}
	phrases := ignoredPhrases
	if p.Click == ControlAccept {
		phrases = acceptedPhrases
	}
	for _, ph := range phrases {
		// Substrings, not words: a card's text joins its elements' texts
		// without spaces ("Ada Lovelace is now a connectionMessage").
		if strings.Contains(after.Text, ph) && !strings.Contains(before.Text, ph) {
			return Done, ""
		}
	}
	if before.Controls && !after.Controls {
		return Done, ""
	}
	return Pending, ""
}

// Report options the site shows after an ignore, or in a profile's menu.
var reportPhrases = foldAll([]string{
	"i don't know this person", "i do not know this person", "report", "report as spam", "spam",
	"report or block", "ich kenne diese person nicht", "melden", "als spam melden", "spam melden",
})

const clickables = `button, a[href], [role="button"], [role="menuitem"], [role="menuitemradio"], [role="option"]`

// FindReport returns the site's report options near the card: buttons or
// links in the card (if still present) or in open dialogs whose text or
// label reads "I don't know this person", "Report", "Spam" and their German
// equivalents. Vetted highlights them; the user chooses.
func FindReport(root, cardNode page.Node) []page.Node {
	var scopes []page.Node
	if cardNode != nil {
		scopes = append(scopes, cardNode)
	}
	if root != nil {
		scopes = append(scopes, root.QueryAll(dialogSelectors)...)
	}
	var out []page.Node
	for _, s := range scopes {
		for _, c := range s.QueryAll(clickables) {
			label, _ := c.Attr("aria-label")
			if containsAny(fold(label+" "+c.Text()), reportPhrases) != "" {
				out = append(out, c)
			}
		}
	}
	return out
}

// conversations are what holds a conversation around a composer.
const conversations = `[role="dialog"], form, section, aside`

// Composer text boxes, most specific first.
var composerSelectors = []string{
	`.msg-form__contenteditable[contenteditable="true"]`,
	`[role="dialog"] [contenteditable="true"][role="textbox"]`,
	`[contenteditable="true"][role="textbox"]`,
	`[role="dialog"] [contenteditable="true"]`,
	`[role="dialog"] textarea`,
}

// FindComposer returns the site's message box for the named person: an
// editable text box whose surrounding conversation (a dialog, form,
// section or aside) names that person. It returns nil when no composer
// names the person: Vetted never writes into someone else's conversation.
func FindComposer(root page.Node, name string) page.Node {
	if root == nil || fold(name) == "" {
		return nil
	}
	want := fold(name)
	for _, sel := range composerSelectors {
		boxes := root.QueryAll(sel)
		for i := len(boxes) - 1; i >= 0; i-- { // newest overlays come last
			b := boxes[i]
			if composerNames(b, want) {
				return b
			}
		}
	}
	return nil
}

func composerNames(box page.Node, want string) bool {
	if label, ok := box.Attr("aria-label"); ok && strings.Contains(fold(label), want) {
		return true
	}
	// The nearest conversation container only: an outer one (the whole
	// messaging sidebar) names every open conversation.
	c := box.Closest(conversations)
	if c == nil {
		return false
	}
	label, _ := c.Attr("aria-label")
	// A substring: the header's texts are joined without spaces
	// ("Ada LovelaceActive now").
	return strings.Contains(fold(label+" "+c.Text()), want)
}

// Draft reports whether a composer already holds text the user typed.
func Draft(box page.Node) bool {
	return strings.TrimSpace(strings.ReplaceAll(box.Text(), "\u200b", "")) != ""
}
