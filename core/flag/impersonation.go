package flag

import (
	"strings"
	"unicode/utf8"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/text"
)

// brandPhrases are brands and institutions whose "support" or "security"
// accounts scammers pretend to be.
var brandPhrases = []string{
	"linkedin", "linked in", "facebook", "meta", "instagram", "whatsapp", "xing", "twitter",
	"paypal", "apple", "google", "microsoft", "amazon", "netflix", "binance", "coinbase", "visa",
	"mastercard", "fedex", "dhl", "irs", "fbi", "interpol", "hmrc", "bank of america",
	"wells fargo", "hsbc", "barclays", "santander", "deutsche bank", "sparkasse", "chase bank",
}

// officialRolePhrases are the departments an official account claims to be.
var officialRolePhrases = []string{
	"support", "help desk", "helpdesk", "help center", "customer service", "customer support",
	"customer care", "security", "safety", "trust & safety", "trust and safety", "verification",
	"account protection", "admin", "administrator", "moderator", "team", "compliance",
	"fraud department", "service", "official", "kundenservice", "sicherheit",
}

// officialClaimPhrases claim in a headline that the account is official.
var officialClaimPhrases = []string{
	"official account", "official page", "official profile", "official support",
	"official team", "official representative", "official hr", "official recruiter",
	"official recruitment", "offizieller account", "offizielles konto",
}

// Impersonation fires on claims of being an official account and on
// look-alike letters in the name or headline.
var Impersonation = &Rule{
	ID:      "impersonation",
	Title:   "Poses as an official account",
	TitleDE: "Gibt sich als offizielles Konto aus",
	Group:   GroupIdentity,
	Weight:  45,
	Check:   checkImpersonation,
}

// impersonationDoc is Impersonation's doc (Rule.DocIn).
var impersonationDoc = Doc{
	EN: "The name or headline claims an official brand or support account (\"LinkedIn Support\"), or mixes look-alike letters from other scripts into Latin words, as impostors do.",
	DE: "Name oder Überschrift behaupten, ein offizielles Marken- oder Support-Konto zu sein („LinkedIn Support“), oder mischen ähnlich aussehende Buchstaben aus anderen Schriften in lateinische Wörter, wie es Hochstapler tun.",
}

// impersonationExamples are Impersonation's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func impersonationExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "support account", Card: person("LinkedIn Support", "Official Account | Trust & Safety Team", "")},
		{Name: "security team", Card: person("LinkedIn Security Team", "Official LinkedIn Account Protection", "")},
		{Name: "cyrillic letter in a name", Card: person("Priya R\u0430man", "Lead Data Engineer at Litware", "")},
		{Name: "official in the name", Card: person("Northwind Analytics HR Official", "Official HR account", "")},
		{Name: "greek letters in headline", Card: person("Sam Lee", "Recruiter at G\u03bf\u03bfgle", "")},
		{Name: "brand department headline", Card: person("Amy Stone", "PayPal Trust & Safety Team | Account review", "")},
		{Name: "all-cyrillic brand", Card: person("\u0420\u0430\u0443\u0420\u0430l", "Customer Service", "")},
	}
	quiet = []Example{
		{Name: "works at the brand", Card: person("Ana Silva", "Security Engineer at LinkedIn", "")},
		{Name: "brand job title", Card: person("Ken Ito", "Microsoft Support Engineer | Azure", "")},
		{Name: "cyrillic name", Card: person("Алексей Смирнов", "Data Engineer at Wingtip Toys", "")},
		{Name: "chinese and latin", Card: person("王伟 (Wei Wang)", "Machine Learning Engineer at Litware", "")},
		{Name: "accented latin", Card: person("Elif Yıldız", "Product Designer at Proseware", "")},
		{Name: "a page", Card: card.Card{Site: card.LinkedIn, Kind: card.Page, Name: "LinkedIn", Headline: "Official page", Mutuals: -1}},
	}
	return fires, quiet
}

// checkImpersonation implements Impersonation.
func checkImpersonation(in *Input) (float64, []string) {
	c := in.Card
	if !isPerson(c) {
		return 0, nil
	}
	var ev []string
	s := 0.0
	for _, f := range [...]field{fieldName, fieldHeadline} {
		if w := mixedWord(in.original(f)); w != "" {
			s = 1
			ev = append(ev, quote(w)+" mixes letters of different scripts")
		}
	}
	brand := in.has(fieldName, lxBrand)
	official := text.HasPhrase(in.Name, "official")
	switch {
	case brand && (official || in.has(fieldName, lxOfficialRole)):
		s = 1
		ev = append(ev, "name "+quote(c.Name)+" claims an official account")
	case brand && isOnly(in, fieldName, lxBrand):
		s = max(s, 0.8)
		ev = append(ev, "name "+quote(c.Name)+" is a brand")
	case official:
		s = max(s, 0.8)
		ev = append(ev, "name "+quote(c.Name)+" claims to be official")
	}
	if in.has(fieldName, lxBrand) && text.HasConfusable(c.Name) {
		s = 1
		ev = append(ev, "name "+quote(c.Name)+" spells a brand with look-alike letters")
	}
	if in.has(fieldHeadline, lxOfficialClaim) {
		x := 0.8
		if in.has(fieldHeadline, lxBrand) {
			x = 1
		}
		s = max(s, x)
		ev = in.quotes(ev, fieldHeadline, lxOfficialClaim, 1)
	} else if m, ok := brandRole(in); ok {
		s = max(s, 0.8)
		ev = append(ev, in.spanQuote(fieldHeadline, m[0], m[1])+" in the headline")
	}
	return s, ev
}

// isOnly reports whether the folded field is exactly one phrase of list l.
func isOnly(in *Input, f field, l list) bool {
	m, ok := in.first(f, l)
	return ok && m.At == 0 && m.End-m.At == len(in.folded(f))
}

// brandRole finds a brand immediately followed by departments that end a
// part of the headline ("LinkedIn Support", "LinkedIn Trust & Safety
// Team |"), returning its folded span. A job title that goes on ("Microsoft
// Support Engineer", "Microsoft Security MVP") does not count.
func brandRole(in *Input) ([2]int, bool) {
	h := in.Headline
	for _, b := range in.found[fieldHeadline] {
		if b.List != int(lxBrand) {
			continue
		}
		end := b.End
		roles := false
		for end+1 < len(h) && h[end] == ' ' {
			e, ok := in.longestAt(fieldHeadline, lxOfficialRole, end+1)
			if !ok {
				break
			}
			end, roles = e, true
		}
		if roles && (end == len(h) || !text.IsWord(rune(h[end])) && !strings.HasPrefix(h[end:], " ") ||
			strings.HasPrefix(h[end:], " |") || strings.HasPrefix(h[end:], " -") || strings.HasPrefix(h[end:], " ·")) {
			return [2]int{b.At, end}, true
		}
	}
	return [2]int{}, false
}

// mixedWord returns the first word of s that mixes Latin, Cyrillic and
// Greek letters, or "".
func mixedWord(s string) string {
	if !text.MixedScript(s) {
		return ""
	}
	start := -1
	for i := 0; i <= len(s); {
		r, w := rune(' '), 1
		if i < len(s) {
			r, w = utf8.DecodeRuneInString(s[i:])
		}
		if text.IsWord(r) || text.Fold(string(r)) == "" && i < len(s) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			if text.MixedScript(s[start:i]) {
				return s[start:i]
			}
			start = -1
		}
		i += w
	}
	return ""
}
