package page_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/page"
)

// TestLinkedInPhoto reads the picture of a current-layout card in each way
// SITES.md describes it: a profile photo, a placeholder (a static asset or
// an inline image) that means no photo of the person's own, either one in
// an open-to-work frame (an svg labelled "<Name> open to work, profile
// picture"), and no picture at all.
func TestLinkedInPhoto(t *testing.T) {
	const photo = `https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_100_100/0/1`
	const ghost = `https://static.licdn.com/aero-v1/sc/h/9c8pery4andzj6ohjkjp54ma2`
	frame := func(href string) string {
		return `<svg role="img" aria-label="Ada Byron open to work, profile picture" width="72" height="72"><image href="` + href + `" width="72" height="72"></image><path d="M36 2a34 34 0 1 0 0 68"></path></svg>`
	}
	tests := []struct {
		name, picture string
		want          card.Photo
	}{
		{"a photo", `<img src="` + photo + `" alt="Ada Byron’s profile picture">`, card.PhotoPresent},
		{"a lazy photo", `<img data-delayed-url="` + photo + `" alt="Ada Byron’s profile picture">`, card.PhotoPresent},
		{"a placeholder", `<img src="` + ghost + `" alt="Ada Byron’s profile picture">`, card.PhotoDefault},
		{"an inline placeholder", `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Ada Byron’s profile picture">`, card.PhotoDefault},
		{"a photo in an open-to-work frame", frame(photo), card.PhotoPresent},
		{"a placeholder in an open-to-work frame", frame(ghost), card.PhotoDefault},
		{"an inline placeholder in an open-to-work frame", frame("data:image/svg+xml;base64,PHN2Zy8+"), card.PhotoDefault},
		{"no picture", ``, card.PhotoNone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := parseHTML(t, liPage(`<div role="listitem" componentkey="urn:li:invitation:77"><div data-view-name="pending-invitation">
<a href="/in/ada-byron/">`+tt.picture+`</a><a href="/in/ada-byron/"><strong>Ada Byron</strong></a><p>Ada Byron is inviting you to connect</p><p>Analyst</p>
<div data-view-name="invitation-action"><button aria-label="Ignore an invitation to connect from Ada Byron">Ignore</button><button aria-label="Accept Ada Byron’s invitation">Accept</button></div></div></div>`))
			found := page.LinkedIn.Cards(root)
			require.Len(t, found, 1)
			assert.Equal(t, "Ada Byron", found[0].Card.Name)
			assert.Equal(t, tt.want, found[0].Card.Photo)
		})
	}
}
