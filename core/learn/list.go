package learn

import "math"

// Item is one line of what Vetted learnt, as the user reviews it: a
// feature (a word, word pair or fact and the decisions behind it) or a
// reported sender or note. Its ID is what Forget takes.
type Item struct {
	ID   string
	Kind string // "note", "headline" or "fact" for a feature; "sender" or "reported-note" for a reported entry
	// Label is what it is: the feature's words ("quick call",
	// "headline: recruiter", "no mutual connections"), or the name of the
	// sender reported or blocked.
	Label     string
	Accepted  int  // decisions that accepted cards with it (features)
	Ignored   int  // decisions that ignored, reported or blocked them (features)
	Corrected int  // how many of these were corrections (features)
	Lean      Lean // the way the feature pulls a card that has it; LeanIgnore for a reported entry
	// Types are the types the user's corrections gave such senders, the
	// most given first (features).
	Types []TypeCount
	// Action is "report" or "block" for a reported entry, "" for a feature.
	Action string
	// Retired is set for a fact this version does not read of a card
	// (Feature.Retired: an older version's, such as "the note reads
	// personal", now two facts, or a newer version's): it pulls no card
	// (Lean is LeanNone) until forgotten.
	Retired bool
}

// TypeCount is how many corrections gave a type.
type TypeCount struct {
	Type  Type
	Count int
}

// String is a lean's name in the list: "accept", "ignore" or "none".
func (l Lean) String() string {
	switch l {
	case LeanAccept:
		return "accept"
	case LeanIgnore:
		return "ignore"
	}
	return "none"
}

// weigh is a feature's weight: how much likelier the user is to ignore a
// card with it than any card (the log of the odds of ignoring among the
// cards with the feature over the odds among all; above 0 it pulls to
// ignoring). The odds among the cards with the feature are smoothed
// towards the odds among all with priorStrength decisions, so that a
// feature seen once weighs little and evidence grows with each decision
// that shares it; a feature found on every card weighs nothing; and with
// no decision one way yet no feature weighs anything (nothing tells what
// the user does on the other side). all is m.accept + m.ignore.
func (m *Model) weigh(f *Feature, all float64) float64 {
	if m.accept <= 0 || m.ignore <= 0 {
		return 0
	}
	pi := m.ignore / all
	return math.Log((f.Ignore+priorStrength*pi)/(f.Accept+priorStrength*(1-pi))) - math.Log(m.ignore/m.accept)
}

// FeatureLean is the way a feature pulls a card that has it, by the same
// weight Judge gives it: LeanNone when it weighs less than the least a
// quoted feature weighs, or rests on fewer than MinSupport decisions.
func (m *Model) FeatureLean(f *Feature) Lean {
	all := m.accept + m.ignore
	if f == nil || all == 0 || f.Accept+f.Ignore == 0 || f.Accepted+f.Ignored < MinSupport {
		return LeanNone
	}
	switch c := m.weigh(f, all); {
	case c >= quoteAt:
		return LeanIgnore
	case c <= -quoteAt:
		return LeanAccept
	}
	return LeanNone
}

// List returns what the model learnt for the user to review: the
// features, the most used first (as Features), then the reported senders
// and notes, the latest first.
func (m *Model) List() []Item {
	if m == nil {
		return nil
	}
	feats := m.Features()
	out := make([]Item, 0, len(feats)+len(m.reported))
	for i := range feats {
		f := &feats[i]
		it := Item{
			ID: f.ID(), Kind: partName(f.Part), Label: f.Label,
			Accepted: f.Accepted, Ignored: f.Ignored, Corrected: f.Corrected,
			Lean: m.FeatureLean(f),
		}
		if f.Retired() {
			it.Lean, it.Retired = LeanNone, true
		}
		for t := Type(1); t < numTypes; t++ {
			if c := f.Types[t]; c > 0 {
				it.Types = append(it.Types, TypeCount{t, c})
			}
		}
		// A handful of types: an insertion sort, the most given first.
		for a := 1; a < len(it.Types); a++ {
			for b := a; b > 0 && it.Types[b].Count > it.Types[b-1].Count; b-- {
				it.Types[b], it.Types[b-1] = it.Types[b-1], it.Types[b]
			}
		}
		out = append(out, it)
	}
	rep := m.ReportedList()
	for i := len(rep) - 1; i >= 0; i-- {
		r := &rep[i]
		kind := "sender"
		if r.Note {
			kind = "reported-note"
		}
		out = append(out, Item{ID: r.ID(), Kind: kind, Label: r.Name, Lean: LeanIgnore, Action: r.Action})
	}
	return out
}
