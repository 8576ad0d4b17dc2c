package verdict

import (
	"strconv"
	"strings"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/identity"
	"github.com/vetted/vetted/core/text"
)

// The signals that lower the risk, with the points they take off the soft
// part of the score (never off scam evidence, impersonation or the
// blocklist; see risk).
const (
	pointsTrustedURL   = 60 // the profile URL is on the trusted list
	pointsTrustedName  = 40 // the name is on the trusted list
	pointsSharedOwn    = 20 // shares one of the user's companies or schools
	pointsHeadlineOwn  = 15 // the headline names one of them
	pointsSharedSite   = 10 // the site shows something in common
	pointsVerified     = 15 // the site's verified badge
	pointsManyMutuals  = 20 // at least manyMutuals mutual connections
	pointsSomeMutuals  = 10 // at least someMutuals
	pointsNoteContext  = 25 // a personal note naming a shared context
	pointsNoteIndustry = 10 // a personal note naming the user's field
	manyMutuals        = 10
	someMutuals        = 3
	quoteMax           = 60 // longest quoted evidence
)

// The signal IDs.
const (
	signalTrusted      = "trusted-person"
	signalShared       = "shared-org"
	signalVerified     = "verified-badge"
	signalMutuals      = "mutual-connections"
	signalPersonalNote = "personal-note"
)

// The signals' titles (Signal.Title), in English; the badge shows them in
// the reader's language (render.SignalTitle).
const (
	TitleTrusted      = "On your trusted list"
	TitleShared       = "Company or school in common"
	TitleVerified     = "Verified by the site"
	TitleManyMutuals  = "Many mutual connections"
	TitleSomeMutuals  = "Some mutual connections"
	TitlePersonalNote = "Personal note naming a shared context"
	TitleNoteIndustry = "Personal note about your field"
)

// SignalTitles lists every title a signal can have.
func SignalTitles() []string {
	return []string{TitleTrusted, TitleShared, TitleVerified, TitleManyMutuals, TitleSomeMutuals, TitlePersonalNote, TitleNoteIndustry}
}

// Fixed evidence, shared by every verdict that shows it.
var (
	evidenceVerified   = []string{"the site shows a verified badge"}
	evidenceTrustedURL = []string{"the profile URL is on your trusted list"}
)

// The lists of the headline matcher and of the note matcher.
const (
	headRecruiter = iota
	headSales
	headKeyword
	headOrg
)
const (
	noteOrg = iota
	noteContext
	noteKeyword
)

// maxSignals is the most signals one card can show: one of each kind.
const maxSignals = 5

// gather finds the card's facts (fo is its folded text) and its risk-lowering signals (each with
// evidence) and returns them with the points they take off. The signals
// are appended to dst, which must have room for maxSignals (nil: a new
// slice of the right size); no signal gives nil.
func (j *Judge) gather(c *card.Card, fo *flag.Folded, t *tally, dst []Signal) (f facts, signals []Signal, relief int) {
	f = facts{person: c.IsPerson(), verified: c.Verified, mutuals: c.Mutuals}
	var buf [maxSignals]Signal
	found := buf[:0]
	add := func(id, title string, points int, evidence []string) {
		found = append(found, Signal{ID: id, Title: title, Evidence: evidence, Points: points})
		relief += points
	}

	// Trusted person.
	if f.trust = j.trusted(c, fo.Name); f.trust == trustURL {
		add(signalTrusted, TitleTrusted, pointsTrustedURL, evidenceTrustedURL)
	} else if f.trust == trustName {
		add(signalTrusted, TitleTrusted, pointsTrustedName, []string{"the name is on your trusted list: " + text.Quote(c.Name, quoteMax)})
	}

	// Headline: titles, the user's field, the user's companies and schools.
	var head hits
	for i := range head {
		head[i] = -1
	}
	if c.Headline != "" {
		ti := fo.Titles
		if !fo.TitlesRead || fo.Headline == "" {
			ti = j.titles(fo.Headline)
		}
		head = ti.Found
		f.recruiter, f.sales = ti.Recruiter, ti.Sales
		f.industry = j.keywords.shownAt(head[headKeyword])
	}

	// Company or school in common.
	if org, where := j.sharedOrg(c, head[headOrg]); org != "" {
		f.sharedOrg = true
		switch where {
		case orgShared:
			add(signalShared, TitleShared, pointsSharedOwn, []string{"you share " + text.Quote(org, quoteMax)})
		case orgHeadline:
			add(signalShared, TitleShared, pointsHeadlineOwn, []string{"the headline names " + text.Quote(org, quoteMax)})
		default:
			add(signalShared, TitleShared, pointsSharedSite, []string{"the site shows " + text.Quote(org, quoteMax) + " in common"})
		}
	}

	if c.Verified {
		add(signalVerified, TitleVerified, pointsVerified, evidenceVerified)
	}

	switch {
	case c.Mutuals >= manyMutuals:
		add(signalMutuals, TitleManyMutuals, pointsManyMutuals, mutualsEvidence(c.Mutuals))
	case c.Mutuals >= someMutuals:
		add(signalMutuals, TitleSomeMutuals, pointsSomeMutuals, mutualsEvidence(c.Mutuals))
	}

	// A personal note: written for this user (no note flag fired, not a
	// canned or duplicated text, not what the note model is sure is a
	// recruiter's or a salesperson's pitch), naming a shared context.
	if c.Note != "" && t.noteHits == 0 && !t.canned && t.sure != surePitch {
		note := fo.Note
		found := j.note.find(note)
		if what := j.noteContext(c, fo.Name, note, found); what != "" {
			f.noteContext = true
			add(signalPersonalNote, TitlePersonalNote, pointsNoteContext, []string{"the note mentions " + text.Quote(what, quoteMax)})
		} else if kw := j.keywords.shownAt(found[noteKeyword]); kw != "" {
			if f.industry == "" {
				f.industry = kw
			}
			add(signalPersonalNote, TitleNoteIndustry, pointsNoteIndustry, []string{"the note mentions " + text.Quote(kw, quoteMax)})
		}
	}

	switch {
	case len(found) == 0:
	case dst != nil:
		signals = append(dst, found...)
	default:
		signals = append(make([]Signal, 0, len(found)), found...)
	}
	return f, signals, relief
}

// commonMutuals holds the evidence "N mutual connections" for the counts
// most cards show, made once and shared (evidence is never changed).
var commonMutuals = func() [][]string {
	out := make([][]string, 100)
	for n := someMutuals; n < len(out); n++ {
		out[n] = []string{strconv.Itoa(n) + " mutual connections"}
	}
	return out
}()

// mutualsEvidence returns the evidence for n mutual connections.
func mutualsEvidence(n int) []string {
	if n >= 0 && n < len(commonMutuals) && commonMutuals[n] != nil {
		return commonMutuals[n]
	}
	return []string{strconv.Itoa(n) + " mutual connections"}
}

// trusted matches the card with the trusted list: by profile URL first,
// then by name (folded is the folded name).
func (j *Judge) trusted(c *card.Card, folded string) trust {
	if len(j.profiles) > 0 && c.ProfileURL != "" {
		if ref, ok := identity.ParseRef(c.ProfileURL); ok {
			for _, p := range j.profiles {
				if p.Same(ref) {
					return trustURL
				}
			}
		}
	}
	if len(j.names) > 0 && c.Name != "" {
		for _, n := range j.names {
			if identity.SameName(folded, n) {
				return trustName
			}
		}
	}
	return trustNone
}

// Where a company or school in common was found.
const (
	orgSite     = iota // the site shows it, the user's settings do not name it
	orgShared          // the site shows one of the user's own
	orgHeadline        // the headline names one of the user's own
)

// sharedOrg returns the company or school in common and where it was
// found, or "" when there is none. inHeadline is the index of the user's
// company or school the headline names, or -1.
func (j *Judge) sharedOrg(c *card.Card, inHeadline int) (string, int) {
	for _, s := range c.Shared {
		fs := text.Fold(s)
		if fs == "" {
			continue
		}
		for _, o := range j.orgs.folded {
			if text.HasPhrase(fs, o) || text.HasPhrase(o, fs) {
				return text.Clean(s), orgShared
			}
		}
	}
	if inHeadline >= 0 {
		return j.orgs.shown[inHeadline], orgHeadline
	}
	for _, s := range c.Shared {
		if s = text.Clean(s); s != "" {
			return s, orgSite
		}
	}
	return "", orgSite
}

// noteContext returns what a folded personal note names of a shared
// context (name is the folded sender's name): one of the user's companies or schools, a mutual connection or
// a phrase such as "we met at"; "" when none.
func (j *Judge) noteContext(c *card.Card, name, note string, found hits) string {
	if o := j.orgs.shownAt(found[noteOrg]); o != "" {
		return o
	}
	if m := mutualIn(c, name, note); m != "" {
		return m
	}
	if i := found[noteContext]; i >= 0 {
		return contextPhrases[i]
	}
	return ""
}

// mutualIn returns the mutual connection a folded note names, by full
// name or by a first name of three letters or more that is not the
// sender's own; "" when none.
func mutualIn(c *card.Card, name, note string) string {
	if len(c.MutualNames) == 0 {
		return ""
	}
	own := firstWord(name)
	for _, m := range c.MutualNames {
		fm := text.Fold(m)
		if fm == "" {
			continue
		}
		if text.HasPhrase(note, fm) {
			return m
		}
		if first := firstWord(fm); len(first) >= 3 && first != own && text.HasPhrase(note, first) {
			return m
		}
	}
	return ""
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}
