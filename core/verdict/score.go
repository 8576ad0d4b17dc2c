package verdict

import (
	"math"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
)

// The per-group caps on the risk score. Identity flags are circumstantial
// (real people also have no photo or few contacts), so together they can
// reach at most 60; a note or the user's own context can fill the scale.
const (
	capIdentity = 60
	capNote     = 100
	capContext  = 100
	capOther    = 100 // a group verdict does not know
)

// groupCap returns the cap of a rule group.
func groupCap(g flag.Group) float64 {
	switch g {
	case flag.GroupIdentity:
		return capIdentity
	case flag.GroupNote:
		return capNote
	case flag.GroupContext:
		return capContext
	}
	return capOther
}

// tally is what the hits of one card add up to.
type tally struct {
	hard, soft float64         // capped points signals never / may take off
	scam       float64         // capped points of scam evidence (part of hard), with support when there is other scam evidence
	support    float64         // capped points of supporting scam evidence (roleSupport)
	identity   int             // identity flags fired (impersonation aside)
	noteHits   int             // note-group flags fired, but for readings that leave a note personal (roleLeavesNote)
	impostor   bool            // impersonation fired
	blocked    bool            // blocked-person fired
	competitor bool            // competitor fired
	salesPitch bool            // sales-pitch fired
	canned     bool            // canned-note or duplicate-note fired
	noteKind   notemodel.Class // the sender the note model says the note reads like: Recruiter, Sales or Legit
	modelScam  float64         // capped points of the note model's scam evidence (part of scam)
	modelClass notemodel.Class // and what it says the note is: Scam, Spam or FakeRecruiter
	lean       learn.Lean      // the way the user's earlier decisions lean (ignore wins over accept)
	retype     learn.Type      // the type the user's corrections give the card
	held       bool            // an accepting lean was held back: the sender is a stranger (learn.Result.Held)
	sure       sureness        // the kind of sender the note model is sure wrote the note
}

// sureAt is the note model's probability of the kind of sender, in
// percent, from which the verdict takes its reading over a phrase rule's
// lighter one (sureOf).
const sureAt = 90

// sureness is the kind of sender the note model is all but sure wrote a
// note: nobody in particular, a person writing for themselves, or a
// recruiter or salesperson pitching.
type sureness uint8

const (
	sureNone     sureness = iota
	surePersonal          // the legitimate kind at sureAt or more
	surePitch             // the recruiter's or the salesperson's kind at sureAt or more
)

// sureOf is what the note model's reading (flag.Folded.Reading) is sure of.
//
// The model weighs the whole note, the rules' phrase lists among its
// features; a phrase rule sees one phrase. Where the model is all but
// sure of the kind of sender, that phrase is ordinary for the kind and
// says no more: a meeting request ("15 minutes", "a quick call") in a
// note the model is sure is personal does not make the sender a
// salesperson (the sales-pitch hit keeps its points but neither types the
// sender nor stops the note counting as personal), and a shared-context
// phrase ("we met at", a mutual's name) in a note it is sure is a
// recruiter's or a salesperson's pitch does not make a known contact (the
// note is not a personal one). Scam evidence is never read this way.
func sureOf(r flag.NoteReading) sureness {
	switch {
	case r.Percent < sureAt:
		return sureNone
	case r.Kind == notemodel.Legit:
		return surePersonal
	case r.Kind == notemodel.Recruiter || r.Kind == notemodel.Sales:
		return surePitch
	}
	return sureNone
}

// groupSpent is how many points one group has used of its cap.
type groupSpent struct {
	identity, note, context, other float64
}

// slot returns the spent counter of a group.
func (g *groupSpent) slot(group flag.Group) *float64 {
	switch group {
	case flag.GroupIdentity:
		return &g.identity
	case flag.GroupNote:
		return &g.note
	case flag.GroupContext:
		return &g.context
	}
	return &g.other
}

// score sorts hits strongest first, caps each group (the strongest hits of
// a group keep their points, the ones past the cap lose the excess), fills
// flags with the points after caps (whole numbers that add up to the
// rounded total) and returns the tally. flags must have room for len(hits).
// sure is what the note model is sure of (sureOf).
func score(hits []flag.Hit, flags []Flag, sure sureness) ([]Flag, tally) {
	sortHits(hits)
	t := tally{sure: sure}
	var spent groupSpent
	var total float64
	given := 0
	for i := range hits {
		h := &hits[i]
		r := roleOfHit(h, sure)
		p := h.Points()
		if !(p > 0) || math.IsInf(p, 0) || r&roleNoRisk != 0 {
			p = 0
		}
		used := spent.slot(h.Group)
		room := groupCap(h.Group) - *used
		if p > room {
			p = math.Max(room, 0)
		}
		*used += p
		total += p
		if r&roleHard != 0 {
			t.hard += p
		} else {
			t.soft += p
		}
		if r&roleScam != 0 {
			t.scam += p
			if h.ID == ruleNoteModel {
				t.modelScam += p
				t.modelClass = h.Class
			}
		}
		if r&roleSupport != 0 {
			t.support += p
		}
		if r&roleIdentity != 0 {
			t.identity++
		}
		if h.Group == flag.GroupNote && r&roleLeavesNote == 0 {
			t.noteHits++
		}
		switch h.ID {
		case ruleImpersonation:
			t.impostor = true
		case ruleBlockedPerson:
			t.blocked = true
		case ruleCompetitor:
			t.competitor = true
		case ruleSalesPitch:
			t.salesPitch = sure != surePersonal
		case ruleCannedNote, ruleDuplicateNote:
			t.canned = true
		case ruleNoteModel:
			t.noteKind = h.Kind
		}
		if h.Lean > t.lean { // LeanIgnore > LeanAccept > LeanNone
			t.lean = h.Lean
		}
		if h.Retype != learn.TypeNone {
			t.retype = h.Retype
		}
		t.held = t.held || h.Held
		upTo := int(math.Round(total))
		ev := h.Evidence
		if ev == nil {
			ev = noEvidence
		}
		f := Flag{ID: h.ID, Title: h.Title, Evidence: ev, Points: upTo - given}
		if h.ID == ruleNoteModel {
			f.Class, f.Percent = h.Class.String(), int(h.Percent)
		}
		flags = append(flags, f)
		given = upTo
	}
	if t.scam > 0 {
		t.scam += t.support
	}
	return flags, t
}

// noEvidence is the evidence of a hit that gave none: an empty list, so
// JSON shows [] rather than null. It is shared and never appended to.
var noEvidence = []string{}

// sortHits orders hits by points, strongest first, keeping the order of
// equal ones (an insertion sort: a card has a handful of hits, usually
// already in order).
func sortHits(hits []flag.Hit) {
	for i := 1; i < len(hits); i++ {
		for j := i; j > 0 && hits[j].Points() > hits[j-1].Points(); j-- {
			hits[j], hits[j-1] = hits[j-1], hits[j]
		}
	}
}

// risk is the score from the tally and the points the signals take off:
// signals only lower the soft part, never the hard part (scam evidence,
// impersonation, the user's blocklist), and the result is 0 to 100.
func risk(t tally, relief int) int {
	soft := t.soft - float64(relief)
	if soft < 0 {
		soft = 0
	}
	s := int(math.Round(t.hard + soft))
	return min(max(s, 0), 100)
}
