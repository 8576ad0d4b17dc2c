package flag

import (
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/text"
)

// ContactInProfile fires on personal contact details in the name or
// headline.
var ContactInProfile = &Rule{
	ID:      "contact-in-profile",
	Title:   "Contact details in the profile",
	TitleDE: "Kontaktdaten im Profil",
	Group:   GroupIdentity,
	Weight:  30,
	Check:   checkContactInProfile,
}

// contactInProfileDoc is ContactInProfile's doc (Rule.DocIn).
var contactInProfileDoc = Doc{
	EN: "The name or headline carries a personal e-mail address, a phone number or a messenger handle, a way to move you off the site that real professionals rarely put there.",
	DE: "Name oder Überschrift enthalten eine private E-Mail-Adresse, eine Telefonnummer oder einen Messenger-Namen: ein Weg, Sie von der Plattform wegzulocken, den seriöse Berufstätige dort selten angeben.",
}

// contactInProfileExamples are ContactInProfile's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func contactInProfileExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "phone in name, mail in headline", Card: person("Grace Bellamy WhatsApp +1 555 013 8842", "Investment consultant | grace.bellamy.invest@outlook.com", "")},
		{Name: "telegram handle", Card: person("Ethan Marlowe", "Crypto signals | Telegram: @ethan_signals_vip", "")},
		{Name: "t.me link", Card: person("FX Signals Pro", "Forex & crypto mentor | Join my VIP Telegram t.me/fxsignalspro", "")},
		{Name: "cyrillic-spelled whatsapp with number", Card: person("Anna Price", "Wh\u0430tsApp +44 7700 900123", "")},
	}
	quiet = []Example{
		{Name: "works at WhatsApp", Card: person("Ravi Kumar", "Software Engineer at WhatsApp", "")},
		{Name: "at-sign before a company", Card: person("Ravindra Pillai", "analytics lead @ contoso data", "")},
		{Name: "years", Card: person("Amy Ford", "Data Engineer 2019 - 2024 | SQL", "")},
		{Name: "signal processing", Card: person("Tobias Reuter", "Signal Processing Engineer | radar", "")},
		{Name: "a page with a phone", Card: card.Card{Kind: card.Page, Name: "Acme Plumbing", Headline: "Call +44 20 7946 0000", Mutuals: -1}},
	}
	return fires, quiet
}

// checkContactInProfile implements ContactInProfile.
func checkContactInProfile(in *Input) (float64, []string) {
	if !isPerson(in.Card) {
		return 0, nil
	}
	var ev []string
	s := 0.0
	for _, f := range [...]field{fieldName, fieldHeadline} {
		t := in.folded(f)
		if t == "" {
			continue
		}
		if i, j, ok := text.NextEmail(t, 0); ok {
			x := 0.8
			if personalMail(t[i:j]) {
				x = 1
			}
			s = max(s, x)
			ev = append(ev, "e-mail address "+in.spanQuote(f, i, j))
		}
		if i, j, ok := text.NextPhone(t, 0); ok {
			s = 1
			ev = append(ev, "phone number "+in.spanQuote(f, i, j))
		}
		if i, j, ok := messengerHandle(in, f); ok {
			s = 1
			ev = append(ev, "messenger handle "+in.spanQuote(f, i, j))
		}
	}
	return s, ev
}

// messengerHandle finds a messenger named with a handle or number after
// it ("Telegram: @name", "WhatsApp +44 …") or a messenger link (t.me/…,
// wa.me/…) in field f; it returns the folded span.
func messengerHandle(in *Input, f field) (int, int, bool) {
	t := in.folded(f)
	for _, m := range in.found[f] {
		if m.List != int(lxMessenger) {
			continue
		}
		p := t[m.At:m.End] // the phrase as found (fields are searched folded)
		end := m.End
		if strings.HasSuffix(p, "/") {
			for end < len(t) && t[end] != ' ' {
				end++
			}
			if end > m.At+len(p) {
				return m.At, end, true
			}
			continue
		}
		j := end
		for j < len(t) && j < end+3 && (t[j] == ' ' || t[j] == ':' || t[j] == '-') {
			j++
		}
		if j < len(t) && (t[j] == '@' || t[j] == '+' || '0' <= t[j] && t[j] <= '9') {
			k := j + 1
			for k < len(t) && (t[k] != ' ' || k+1 < len(t) && '0' <= t[k+1] && t[k+1] <= '9' && t[j] != '@') {
				k++
			}
			if k > j+2 {
				return m.At, k, true
			}
		}
	}
	return 0, 0, false
}
