package page

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseMutuals(t *testing.T) {
	tests := []struct {
		in    string
		n     int
		names []string
		ok    bool
	}{
		{"12 mutual connections", 12, nil, true},
		{"1 mutual connection", 1, nil, true},
		{"Casey Ray and 8 other mutual connections", 9, []string{"Casey Ray"}, true},
		{"Casey Ray and 1 other mutual connection", 2, []string{"Casey Ray"}, true},
		{"Drew Stone is a mutual connection", 1, []string{"Drew Stone"}, true},
		{"Ana Li, Bo Chen and 3 other mutual connections", 5, []string{"Ana Li", "Bo Chen"}, true},
		{"Ana Li and Bo Chen are mutual connections", 2, []string{"Ana Li", "Bo Chen"}, true},
		{"Ana Li, Bo Chen, and Cy Diaz are mutual connections", 3, []string{"Ana Li", "Bo Chen", "Cy Diaz"}, true},
		{"1,234 mutual connections", 1234, nil, true},
		{"  12\u00a0mutual\nconnections ", 12, nil, true},
		{"5 mutual friends", 5, nil, true},
		{"1 mutual friend", 1, nil, true},
		{"Emily Thompson is a mutual friend", 1, []string{"Emily Thompson"}, true},
		{"12 gemeinsame Kontakte", 12, nil, true},
		{"1 gemeinsamer Kontakt", 1, nil, true},
		{"Casey Ray und 8 weitere gemeinsame Kontakte", 9, []string{"Casey Ray"}, true},
		{"Drew Stone ist ein gemeinsamer Kontakt", 1, []string{"Drew Stone"}, true},
		{"8 gemeinsame Freunde", 8, nil, true},
		{"CASEY RAY AND 2 OTHER MUTUAL CONNECTIONS", 3, []string{"CASEY RAY"}, true},
		// Not mutual lines.
		{"", 0, nil, false},
		{"mutual connections", 0, nil, false},
		{"We have 3 mutual connections", 0, nil, false},
		{"Let's talk. Ana and Bo are mutual connections", 0, nil, false},
		{"and 8 other mutual connections", 0, nil, false},
		{"Casey Ray and many other mutual connections", 0, nil, false},
		{"AI Product Manager", 0, nil, false},
		{"2 weeks ago", 0, nil, false},
	}
	for _, tt := range tests {
		n, names, ok := ParseMutuals(tt.in)
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		assert.Equal(t, tt.n, n, "%q", tt.in)
		assert.Equal(t, tt.names, names, "%q", tt.in)
	}
}

func TestParseAge(t *testing.T) {
	tests := []struct {
		in   string
		days int
		ok   bool
	}{
		{"Today", 0, true},
		{"Yesterday", 1, true},
		{"12 hours ago", 0, true},
		{"1 hour ago", 0, true},
		{"just now", 0, true},
		{"5 minutes ago", 0, true},
		{"1 day ago", 1, true},
		{"5 days ago", 5, true},
		{"1 week ago", 7, true},
		{"2 weeks ago", 14, true},
		{"a week ago", 7, true},
		{"3 months ago", 90, true},
		{"1 month ago", 30, true},
		{"1 year ago", 365, true},
		{"2 years ago", 730, true},
		{"Sent 2 weeks ago", 14, true},
		{" 2 weeks\nago ", 14, true},
		{"Heute", 0, true},
		{"Gestern", 1, true},
		{"vor 2 Wochen", 14, true},
		{"vor 12 Stunden", 0, true},
		{"vor 3 Tagen", 3, true},
		{"vor einem Monat", 30, true},
		{"vor 3 Monaten", 90, true},
		{"vor 1 Jahr", 365, true},
		{"2w", 14, true},
		{"3d", 3, true},
		{"5h", 0, true},
		{"1y", 365, true},
		{"2 Wo.", 14, true},
		{"3 T.", 3, true},
		{"5 Std.", 0, true},
		// Not times.
		{"", 0, false},
		{"ago", 0, false},
		{"2 weeks from now", 0, false},
		{"vor Ort", 0, false},
		{"I met you 2 weeks ago", 0, false},
		{"Data Engineer", 0, false},
		{"99999999 years ago", 0, false},
	}
	for _, tt := range tests {
		d, ok := ParseAge(tt.in)
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		assert.Equal(t, tt.days, d, "%q", tt.in)
	}
}

func TestLabelName(t *testing.T) {
	tests := []struct {
		label string
		want  string
	}{
		{"Accept Jane Doe’s invitation", "Jane Doe"}, // U+2019
		{"Accept Jane Doe's invitation", "Jane Doe"}, // ASCII apostrophe
		{"Accept Chris Evans’ invitation", "Chris Evans"},
		{"accept  jane doe’s   invitation", "jane doe"},
		{"Ignore an invitation to connect from Jane Doe", "Jane Doe"},
		{"Ignore Jane Doe’s invitation", "Jane Doe"},
		{"Accept invitation for The AI Brief", "The AI Brief"},
		{"Ignore invitation for Northwind Analytics", "Northwind Analytics"},
		{"Reply to Jane Doe", "Jane Doe"},
		{"Einladung von Jana Schmidt annehmen", "Jana Schmidt"},
		{"Einladung zum Vernetzen von Jana Schmidt ignorieren", "Jana Schmidt"},
		{"Einladung für Digitale Verwaltung annehmen", "Digitale Verwaltung"},
		{"Jana Schmidt antworten", "Jana Schmidt"},
		{"Accept O’Brien’s invitation", "O’Brien"},
		{"Accept", ""},
		{"Accept ’s invitation", ""},
		{"Confirm", ""},
		{"", ""},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, LabelName(tt.label, linkedInLabels), "%q", tt.label)
	}
	assert.Equal(t, "Jana Schmidt", LabelName("Kontaktanfrage von Jana Schmidt annehmen", xingLabels))
}

func TestAltName(t *testing.T) {
	for in, want := range map[string]string{
		"Jane Doe’s profile picture":                     "Jane Doe",
		"Sam Lee open to work, profile picture":          "Sam Lee",
		"Profilbild von Jana Schmidt":                    "Jana Schmidt",
		"jane.doe's profile picture":                     "jane.doe",
		"profile picture":                                "",
		"A photo of a cat":                               "",
		"Priya Natarajan open to work, profile picture ": "Priya Natarajan",
	} {
		got, ok := altName(in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, want != "", ok, in)
	}
}

func TestKeys(t *testing.T) {
	tests := []struct {
		name  string
		parse func(string) (string, bool)
		in    string
		want  string // "" when not a key
	}{
		{"componentkey", linkedInURN, "urn:li:invitation:7312000000000000001", "urn:li:invitation:7312000000000000001"},
		{"fsd urn", linkedInURN, "urn:li:fsd_invitation:7312000000000000001", "urn:li:invitation:7312000000000000001"},
		{"legacy urn", linkedInURN, "urn:li:fs_relInvitationView:6981", "urn:li:invitation:6981"},
		{"bare id", linkedInURN, "6981000000000000001", "urn:li:invitation:6981000000000000001"},
		{"other urn", linkedInURN, "urn:li:member:123", ""},
		{"grow preview", linkedInURN, "MyNetwork_InvitationsPreview", ""},
		{"junk", linkedInURN, "urn:li:invitation:12 3", ""},
		{"empty", linkedInURN, "", ""},
		{"compose", composeKey, "https://www.linkedin.com/messaging/compose/?recipient=ACoAA&invitation=urn%3Ali%3Afsd_invitation%3A7314&interop=msgOverlay", "urn:li:invitation:7314"},
		{"compose raw", composeKey, "/messaging/compose/?invitation=urn:li:fsd_invitation:42", "urn:li:invitation:42"},
		{"compose without", composeKey, "/messaging/compose/?recipient=ACoAA", ""},
		{"profile", linkedInProfileKey, "https://www.linkedin.com/in/Grace-Miller/?miniProfileUrn=x", "linkedin:in/grace-miller"},
		{"profile relative", linkedInProfileKey, "/in/drew-stone-55/", "linkedin:in/drew-stone-55"},
		{"profile elsewhere", linkedInProfileKey, "https://evil.example/in/jane/", ""},
		{"entity", linkedInEntityKey, "https://www.linkedin.com/newsletters/the-ai-brief-7012/?trk=x", "linkedin:newsletters/the-ai-brief-7012"},
		{"facebook id", facebookKey, "https://www.facebook.com/friends/requests/?profile_id=100012345678901&ref=x", "facebook:100012345678901"},
		{"facebook php", facebookKey, "/profile.php?id=42", "facebook:42"},
		{"facebook user", facebookKey, "https://www.facebook.com/Grandma.Rose.1948", "facebook:grandma.rose.1948"},
		{"facebook reserved", facebookKey, "https://www.facebook.com/friends/", ""},
		{"x", xKey, "/Jane_Doe", "x:@jane_doe"},
		{"twitter", xKey, "https://twitter.com/jane_doe?ref_src=x", "x:@jane_doe"},
		{"x reserved", xKey, "/home", ""},
		{"x status", xKey, "/jane_doe/status/1", ""},
		{"x avatar", xAvatarKey, "UserAvatar-Container-jane_doe", "x:@jane_doe"},
		{"instagram", instagramKey, "/jane.doe/", "instagram:@jane.doe"},
		{"instagram reserved", instagramKey, "/accounts/activity/", ""},
		{"xing", xingKey, "https://www.xing.com/profile/Jana_Schmidt2/cv", "xing:profile/jana_schmidt2"},
	}
	for _, tt := range tests {
		got, ok := tt.parse(tt.in)
		if tt.want == "" {
			assert.False(t, ok, tt.name)
			continue
		}
		assert.True(t, ok, tt.name)
		assert.Equal(t, tt.want, got, tt.name)
	}
}

func TestProfileURLs(t *testing.T) {
	tests := []struct {
		parse func(string) (string, bool)
		in    string
		want  string // "" when rejected
	}{
		{linkedInProfile, "https://www.linkedin.com/in/jane-doe-4b2a1c9/?miniProfileUrn=urn%3Ali%3Afsd_profile%3AACoAA&lipi=x#top", "https://www.linkedin.com/in/jane-doe-4b2a1c9/"},
		{linkedInProfile, "https://de.linkedin.com/in/jana-schmidt", "https://www.linkedin.com/in/jana-schmidt/"},
		{linkedInProfile, "//www.linkedin.com/in/x/", "https://www.linkedin.com/in/x/"},
		{linkedInProfile, "/in/tom-baker-88/?trk=abc", "https://www.linkedin.com/in/tom-baker-88/"},
		{linkedInProfile, "../../in/tom-baker-88/", "https://www.linkedin.com/in/tom-baker-88/"},
		{linkedInProfile, "HTTPS://WWW.LINKEDIN.COM:443/in/x", "https://www.linkedin.com/in/x/"},
		{linkedInProfile, "https://www.linkedin.com@evil.example/in/x/", ""},
		{linkedInProfile, "https://linkedin.com.evil.example/in/x/", ""},
		{linkedInProfile, "javascript:alert('/in/x/')", ""},
		{linkedInProfile, "https://www.linkedin.com/in/", ""},
		{linkedInProfile, `/in/x"onmouseover=/`, ""},
		{linkedInEntity, "https://www.linkedin.com/company/northwind-analytics/posts/?x=1", "https://www.linkedin.com/company/northwind-analytics/"},
		{linkedInEntity, "/events/7311111111111111111/", "https://www.linkedin.com/events/7311111111111111111/"},
		{facebookProfile, "https://www.facebook.com/friends/requests/?profile_id=100012345678901", "https://www.facebook.com/profile.php?id=100012345678901"},
		{facebookProfile, "https://m.facebook.com/jane.doe?fref=nf", "https://www.facebook.com/jane.doe"},
		{xProfile, "https://twitter.com/jane_doe", "https://x.com/jane_doe"},
		{xProfile, "/this_handle_is_too_long", ""},
		{instagramProfile, "/jane.doe/", "https://www.instagram.com/jane.doe/"},
		{xingProfile, "/profile/Jana_Schmidt2?sc_o=x", "https://www.xing.com/profile/Jana_Schmidt2"},
	}
	for _, tt := range tests {
		got, ok := tt.parse(tt.in)
		assert.Equal(t, tt.want != "", ok, tt.in)
		if ok {
			assert.Equal(t, tt.want, got, tt.in)
		}
	}
}

func TestTextHelpers(t *testing.T) {
	assert.Equal(t, "a b c", Clean(" a\u00a0 b\n\tc "))
	assert.Equal(t, "abc", Clean("abc"))
	assert.Equal(t, "", Clean(" \n "))
	assert.Equal(t, "Pay\u200bPal \u202eX", Clean("Pay\u200bPal  \u202eX"), "invisible characters stay")

	for in, want := range map[string]string{
		"Jane DoeVerified":      "Jane Doe",
		"Jane Doe Verified":     "Jane Doe",
		"Jane Doe • 2nd":        "Jane Doe",
		"Jane Doe Premium 3rd+": "Jane Doe",
		"Verified":              "Verified",
		"Dr. Helena Vogt":       "Dr. Helena Vogt",
		"Tom Hardy ✔️ Official": "Tom Hardy ✔️ Official",
	} {
		got, _ := stripBadges(in)
		assert.Equal(t, want, got, in)
	}
	for in, want := range map[string]string{
		"Hello there… see more":      "Hello there",
		"Hello there ...see more":    "Hello there",
		"Hallo … mehr anzeigen":      "Hallo",
		"I'd like to see more":       "I'd like to see more",
		"Tell me more":               "Tell me more",
		"Interested in more…more":    "Interested in more",
		"Read about it in my blog …": "Read about it in my blog …",
	} {
		got, _ := stripSeeMore(in)
		assert.Equal(t, want, got, in)
	}
	for in, want := range map[string]string{
		"Jane Doe is inviting you to connect":                          "Jane Doe",
		"Jane Doe follows you and is inviting you to connect":          "Jane Doe",
		"Jana Schmidt möchte sich mit Ihnen vernetzen":                 "Jana Schmidt",
		"Katrin Weber folgt Ihnen und möchte sich mit Ihnen vernetzen": "Katrin Weber",
		"is inviting you to connect":                                   "",
		"AI Product Manager":                                           "",
	} {
		got, ok := relationName(in)
		assert.Equal(t, want, got, in)
		assert.Equal(t, want != "", ok, in)
	}
}

func TestMatches(t *testing.T) {
	tests := []struct {
		a    *Adapter
		url  string
		want bool
	}{
		{LinkedIn, "https://www.linkedin.com/mynetwork/invitation-manager/", true},
		{LinkedIn, "https://www.linkedin.com/mynetwork/invitation-manager", true},
		{LinkedIn, "https://www.linkedin.com/mynetwork/invitation-manager/received/ALL", true},
		{LinkedIn, "https://de.linkedin.com/mynetwork/invitation-manager/received/PEOPLE_WITH_MUTUAL_CONNECTION/?x=1", true},
		{LinkedIn, "https://www.linkedin.com/mynetwork/invitation-manager/sent/", false},
		{LinkedIn, "https://www.linkedin.com/mynetwork/grow/", false},
		{LinkedIn, "https://evil.example/mynetwork/invitation-manager/", false},
		{LinkedIn, "https://notlinkedin.com/mynetwork/invitation-manager/", false},
		{LinkedIn, "/mynetwork/invitation-manager/", false},
		{LinkedInGrow, "https://www.linkedin.com/mynetwork/grow/?skipRedirect=true", true},
		{Facebook, "https://www.facebook.com/friends/requests/", true},
		{Facebook, "https://www.facebook.com/friends/center/requests/outgoing/", false},
		{X, "https://x.com/follower_requests", true},
		{X, "https://twitter.com/i/follower_requests", true},
		{X, "https://x.com/jane_doe", false},
		{Instagram, "https://www.instagram.com/accounts/activity/?followRequests=1", true},
		{Instagram, "https://www.instagram.com/accounts/activity/", false},
		{Xing, "https://www.xing.com/network/requests/incoming", true},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, tt.a.Matches(tt.url), "%s %s", tt.a.ID, tt.url)
	}
}
