package verdict

import (
	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/identity"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/text"
)

// Judge gives verdicts on cards for one user's settings. New prepares
// everything that does not depend on the card (the flag context, the
// folded lists, the thresholds) once; a Judge is then safe for concurrent
// use as long as its settings do not change.
type Judge struct {
	ctx       *flag.Context
	limits    thresholds
	jobSearch bool

	orgs     phraseSet      // own companies and schools
	keywords phraseSet      // industry keywords
	head     matcher        // titles, keywords and orgs in a headline
	note     matcher        // orgs, context phrases and keywords in a note
	names    []string       // trusted names, as name keys
	profiles []identity.Ref // trusted profile URLs
}

// New prepares a Judge for the settings; nil means Defaults. The settings
// must not change while the Judge is in use.
func New(s *settings.Settings) *Judge {
	if s == nil {
		d := settings.Defaults()
		s = &d
	}
	j := &Judge{
		ctx:       flag.NewContext(s),
		limits:    limitsFor(s.Strictness),
		jobSearch: s.JobSearch,
	}
	j.orgs = newPhraseSet(s.OwnCompanies, s.Schools)
	j.keywords = newPhraseSet(s.IndustryKeywords)
	j.head = newMatcher(&recruiterSet, &salesSet, &j.keywords, &j.orgs)
	j.note = newMatcher(&j.orgs, &contextSet, &j.keywords)
	j.ctx.SetTitles(j.head.lists(), j.readTitles)
	for _, t := range s.Trusted {
		if ref, ok := identity.ParseRef(t); ok && identity.IsURL(t) {
			j.profiles = append(j.profiles, ref)
			continue
		}
		if k := identity.NameKey(text.Fold(t)); k != "" {
			j.names = append(j.names, k)
		}
	}
	return j
}

// maxHits is room for the hits of most cards on the stack (the sample
// page's cards have up to 9).
const maxHits = 16

// Card judges one card: it runs the enabled red-flag rules with the
// sender's earlier decisions (prior) and the page's batch (b, may be nil),
// then scores and classifies the hits.
func (j *Judge) Card(c *card.Card, prior []flag.Prior, b *flag.Batch) Verdict {
	var buf [maxHits]flag.Hit
	hits, folded := j.ctx.EvaluateTo(buf[:0], c, prior, b)
	return j.decide(c, hits, &folded, nil, nil)
}

// Cards judges all the cards of one page together, so that page-wide rules
// (the same note from several senders) see them all. prior returns the
// earlier decisions on a card's sender; it may be nil.
func (j *Judge) Cards(cards []card.Card, prior func(*card.Card) []flag.Prior) []Verdict {
	b := flag.NewBatch(cards)
	out := make([]Verdict, len(cards))
	var flags []Flag      // storage shared by the verdicts' flags
	var signals []Signal  // and by their signals
	var hitBuf []flag.Hit // each card's hits before they become flags
	for i := range cards {
		c := &cards[i]
		var p []flag.Prior
		if prior != nil {
			p = prior(c)
		}
		hits, folded := j.ctx.EvaluateTo(hitBuf[:0], c, p, b)
		hitBuf = hits[:0]
		if cap(flags)-len(flags) < len(hits) {
			flags = make([]Flag, 0, max(64, len(hits)))
		}
		if cap(signals)-len(signals) < maxSignals {
			signals = make([]Signal, 0, 64)
		}
		n, m := len(flags), len(signals)
		out[i] = j.decide(c, hits, &folded, flags[n:n:n+len(hits)], signals[m:m:m+maxSignals])
		flags = flags[:n+len(out[i].Flags)]
		signals = signals[:m+len(out[i].Signals)]
	}
	return out
}

// FromHits judges a card whose red flags were already found (for example
// by a caller that evaluates rules itself). hits is reordered in place.
func (j *Judge) FromHits(c *card.Card, hits []flag.Hit) Verdict {
	folded := flag.Folded{Name: text.Fold(c.Name), Headline: text.Fold(c.Headline), Note: text.Fold(c.Note)}
	return j.decide(c, hits, &folded, nil, nil)
}

// decide scores the hits, gathers the signals, classifies and recommends.
// folded is the card's folded text. flags and signals are where the verdict's flags and signals are stored,
// with room for len(hits) and maxSignals (nil: new slices).
func (j *Judge) decide(c *card.Card, hits []flag.Hit, folded *flag.Folded, flags []Flag, signals []Signal) Verdict {
	if len(hits) == 0 {
		flags = noFlags
	} else if flags == nil {
		flags = make([]Flag, 0, len(hits))
	}
	flags, t := score(hits, flags, sureOf(folded.Reading))
	f, signals, relief := j.gather(c, folded, &t, signals)
	sc := risk(t, relief)
	ty, why, arg := classify(&f, &t, sc, j.limits)
	ty, why, arg = retype(ty, why, arg, &f, &t)
	rec := recommend(ty, j.jobSearch, sc < j.limits.review)
	rec, learnt := leanOn(rec, ty, &f, &t, sc, j.limits)
	parts, en := reasonOf(why, arg, learnt)
	return Verdict{
		Name:           c.Name,
		Key:            c.Key,
		Type:           ty,
		Recommendation: rec,
		Level:          levelFor(ty, rec, sc, j.limits),
		Score:          sc,
		Reason:         en,
		ReasonParts:    parts,
		Flags:          flags,
		Signals:        signals,
	}
}

// titles reads a folded headline as classification does: its recruiter's
// and sales title, whether it holds one of the user's industry keywords
// (for the learnt model's facts), and what the headline matcher found.
func (j *Judge) titles(folded string) flag.Titles {
	return titlesOf(folded, j.head.find(folded))
}

// readTitles is titles for the flag context (Context.SetTitles), which
// found the headline matcher's phrases with its own: found holds them,
// set i as List first+i.
func (j *Judge) readTitles(folded string, found []text.Match, first int) flag.Titles {
	var h hits
	for i := range h {
		h[i] = -1
	}
	j.head.take(&h, found, first)
	j.head.findShort(folded, &h)
	return titlesOf(folded, h)
}

// titlesOf is what a folded headline says in which the headline matcher
// found h.
func titlesOf(folded string, h hits) flag.Titles {
	return flag.Titles{
		Recruiter: titleOf(folded, h[headRecruiter], recruiterTitles, recruiterStems),
		Sales:     titleOf(folded, h[headSales], salesTitles, salesStems),
		Field:     h[headKeyword] >= 0,
		Found:     h,
	}
}

// noFlags is the flags of a card without hits: empty, not nil, shared.
var noFlags = []Flag{}

// UseNoteModel makes the judge's note-model rule ask m instead of the
// committed model (nil: the committed one again). Evaluation uses it to
// judge notes with a model that was trained without them. Call it before
// the Judge is in use.
func (j *Judge) UseNoteModel(m *notemodel.Model) { j.ctx.Model = m }

// UseLearnt makes the judge use what Vetted learnt from the user's
// decisions (nil: nothing). The model must not change while the judge is
// in use; call it again after it changed, between pages.
func (j *Judge) UseLearnt(m *learn.Model) { j.ctx.UseLearnt(m) }

// Sample returns what the learnt model sees of a card with this judge's
// settings: record the user's decisions with it.
func (j *Judge) Sample(c *card.Card) learn.Sample { return j.ctx.Sample(c) }
