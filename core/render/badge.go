package render

import (
	"hash/fnv"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vetted/vetted/core/action"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/verdict"
)

// Badge is what one card's badge shows (the DOM contract the shell draws
// it by is in extension/shell.js).
type Badge struct {
	Key            string `json:"key"`
	Type           string `json:"type"`
	Level          string `json:"level"`
	Recommendation string `json:"recommendation"`
	Score          int    `json:"score"`

	Chip      Text `json:"chip"`      // "Recruiter — review, then accept"
	ChipAria  Text `json:"chipAria"`  // the chip's accessible name
	ChipTitle Text `json:"chipTitle"` // its tooltip: level, score, flag count

	Why        Text   `json:"why"`        // the explanation's accessible name
	ScoreLine  Text   `json:"scoreLine"`  // "Risk score: 40 of 100 (review)"
	FlagsLabel Text   `json:"flagsLabel"` // the list's accessible name
	NoFlags    Text   `json:"noFlags"`    // shown when Flags is empty
	Flags      []Line `json:"flags"`
	Signals    []Line `json:"signals,omitempty"`
	SignalHead Text   `json:"signalHead"` // the heading over Signals
	// SignalsLabel is the Signals list's accessible name.
	SignalsLabel Text `json:"signalsLabel"`
	Problems     Text `json:"problems"` // what could not be read, when something could not

	ActionsLabel Text     `json:"actionsLabel"` // "Vetted actions for NAME"
	Actions      []Button `json:"actions"`
	Recommended  Text     `json:"recommended"` // the word on recommended buttons

	// CorrectHead opens the corrections ("Is this badge wrong?"), drawn
	// in the explanation as a disclosure of buttons.
	CorrectHead Text         `json:"correctHead"`
	Corrections []Correction `json:"corrections"`
}

// Correction is one way to tell Vetted that the badge is wrong (DESIGN
// §9): Value is what Vetted learns (package learn's corrections:
// "not_scam" or a type's name), Label the button's text.
type Correction struct {
	Value string `json:"value"`
	Label Text   `json:"label"`
}

// correctable are the types a correction can set, as package learn
// knows them (never a dangerous type: a correction makes no danger).
var correctable = []verdict.Type{verdict.Recruiter, verdict.Salesperson, verdict.IndustryPeer, verdict.KnownContact, verdict.Stranger}

// CorrectedMsg is what the badge says once a correction is learnt.
func CorrectedMsg(value string) Text {
	if value == learn.NotScam {
		return Msg("badgeCorrectedNotScam", "Noted: not a scam. Vetted learns from it; a scam warning stays while the page shows its signs.")
	}
	return Msg("badgeCorrectedType", "Noted: $1. Vetted learns from it and counts it three times; two such corrections change the type it gives invitations like this.",
		TypeLabel(verdict.Type(value)))
}

// Corrections returns the corrections a verdict's badge offers: "Not a
// scam" when the badge warns of danger, then "Wrong type → T" for every
// type a correction can set but the card's own.
func Corrections(vd *verdict.Verdict) []Correction {
	out := make([]Correction, 0, len(correctable)+1)
	if vd.Level == verdict.LevelDanger {
		out = append(out, Correction{Value: learn.NotScam, Label: Msg("badgeNotScam", "Not a scam")})
	}
	for _, t := range correctable {
		if t != vd.Type {
			out = append(out, Correction{Value: string(t), Label: Msg("badgeWrongType", "Wrong type → $1", TypeLabel(t))})
		}
	}
	return out
}

// Line is one red flag or signal in the explanation.
type Line struct {
	ID     string `json:"id"`
	Points int    `json:"points"`
	Text   Text   `json:"text"` // "Title: “evidence”, “evidence”"
}

// Button is one action on the action bar.
type Button struct {
	Kind        string `json:"kind"`
	Label       Text   `json:"label"`
	Recommended bool   `json:"recommended,omitempty"`
}

// View is what a badge is made from.
type View struct {
	Key      string
	Name     string
	Verdict  *verdict.Verdict
	Actions  []action.Kind // the actions the site allows on this card
	Problems []string      // fields the adapter could not read
	Lang     string        // the browser's language, for the flags' titles
}

// NewBadge decides a card's badge.
func NewBadge(v View) Badge {
	vd := v.Verdict
	chip := ChipLabel(vd)
	b := Badge{
		Key: v.Key, Type: string(vd.Type), Level: string(vd.Level),
		Recommendation: string(vd.Recommendation), Score: vd.Score,
		Chip:         chip,
		ChipAria:     Msg("badgeChipAria", "Vetted: $1. Show why.", chip),
		ChipTitle:    Msg("badgeChipTitle", "Vetted: $1", details(vd)),
		Why:          Msg("badgeWhy", "Why Vetted says $1", chip),
		ScoreLine:    Msg("badgeScore", "Risk score: $1 of 100 ($2)", Lit(strconv.Itoa(vd.Score)), LevelLabel(vd.Level)),
		FlagsLabel:   Msg("badgeFlags", "Red flags"),
		NoFlags:      Msg("badgeNoFlags", "No red flags found."),
		SignalHead:   Msg("badgeSignalsHead", "Lowering the risk:"),
		SignalsLabel: Msg("badgeSignals", "Lowering the risk"),
		Flags:        []Line{},
		Actions:      []Button{},
		ActionsLabel: Msg("badgeActions", "Vetted actions for $1", DisplayName(v.Name)),
		Recommended:  Msg("badgeRecommended", "recommended"),
		CorrectHead:  Msg("badgeCorrectHead", "Is this badge wrong?"),
		Corrections:  Corrections(vd),
	}
	for i := range vd.Flags {
		f := &vd.Flags[i]
		b.Flags = append(b.Flags, Line{ID: f.ID, Points: f.Points, Text: Lit(ExplainLine(f.TitleIn(v.Lang), f.Evidence))})
	}
	for _, s := range vd.Signals {
		line := SignalTitle(s.Title)
		if len(s.Evidence) > 0 {
			line = Msg("badgeExplainLine", "$1: $2", line, Lit(evidenceText(s.Evidence)))
		}
		b.Signals = append(b.Signals, Line{ID: s.ID, Points: s.Points, Text: line})
	}
	if len(v.Problems) > 0 {
		b.Problems = Msg("badgeProblems", "Vetted could not read everything on this card: $1.", Lit(strings.Join(v.Problems, "; ")))
	}
	rec := action.Recommended(string(vd.Recommendation))
	for _, k := range v.Actions {
		btn := Button{Kind: string(k), Label: ActionLabel(k)}
		for _, r := range rec {
			if r == k {
				btn.Recommended = true
			}
		}
		b.Actions = append(b.Actions, btn)
	}
	return b
}

// ChipLabel is the chip's text: "Recruiter — review, then accept".
func ChipLabel(v *verdict.Verdict) Text {
	return Msg("badgeChip", "$1 — $2", TypeLabel(v.Type), lowerFirst(RecLabel(v.Recommendation)))
}

// lowerFirst marks a text whose first letter is lower-cased once it is
// resolved (the recommendation inside the chip's sentence).
func lowerFirst(t Text) Text {
	t.Lower = true
	return t
}

func lowerFirstString(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// details is the level, score and flag count, for the chip's tooltip.
func details(v *verdict.Verdict) Text {
	lv, score := LevelLabel(v.Level), Lit(strconv.Itoa(v.Score))
	switch n := len(v.Flags); n {
	case 0:
		return Msg("badgeDetails", "$1, risk $2 of 100", lv, score)
	case 1:
		return Msg("badgeDetailsOneFlag", "$1, risk $2 of 100, 1 red flag", lv, score)
	default:
		return Msg("badgeDetailsFlags", "$1, risk $2 of 100, $3 red flags", lv, score, Lit(strconv.Itoa(n)))
	}
}

// ExplainLine is `Title: evidence, evidence` (or the bare title), quoted
// evidence in typographic quotes.
func ExplainLine(title string, evidence []string) string {
	if len(evidence) == 0 {
		return title
	}
	return title + ": " + evidenceText(evidence)
}

// evidenceText is `evidence, evidence`, quoted evidence in typographic
// quotes.
func evidenceText(evidence []string) string {
	var b strings.Builder
	for i, e := range evidence {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(curlQuotes(e))
	}
	return b.String()
}

// curlQuotes shows evidence the core quoted ("text", straight quotes) in
// typographic quotes; descriptive evidence is shown as it is.
func curlQuotes(e string) string {
	if len(e) >= 2 && e[0] == '"' && e[len(e)-1] == '"' {
		return "“" + e[1:len(e)-1] + "”"
	}
	return e
}

// DisplayName is a person's name with white space squeezed, or "this
// invitation".
func DisplayName(n string) Text {
	if n = strings.Join(strings.Fields(n), " "); n != "" {
		return Lit(n)
	}
	return Msg("badgeThisInvitation", "this invitation")
}

// Sig is a short signature of everything the badge shows: the shell
// redraws a badge only when it changes.
func (b *Badge) Sig() string {
	h := fnv.New64a()
	add := func(ss ...string) {
		for _, s := range ss {
			h.Write([]byte(s))
			h.Write([]byte{0})
		}
	}
	add(b.Key, b.Type, b.Level, b.Recommendation, strconv.Itoa(b.Score), b.Chip.String(), b.ActionsLabel.String(), b.Problems.String())
	for _, l := range b.Flags {
		add("F", l.ID, strconv.Itoa(l.Points), l.Text.String())
	}
	for _, l := range b.Signals {
		add("S", l.ID, strconv.Itoa(l.Points), l.Text.String())
	}
	for _, a := range b.Actions {
		add("A", a.Kind, strconv.FormatBool(a.Recommended))
	}
	for _, c := range b.Corrections {
		add("C", c.Value)
	}
	return strconv.FormatUint(h.Sum64(), 36)
}
