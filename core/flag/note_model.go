package flag

import (
	"math"
	"strconv"

	"github.com/vetted/vetted/core/notemodel"
)

// The note model's limits. A note whose probability of being scam, spam
// or a fake recruiter's (p) reaches badFloor is flagged: from badFloor to
// scamAt with a strength from 0.2 to 0.5, so the card needs a review and
// other scam evidence adds up with it; from scamAt with 0.5 to 1, which at
// the full weight of 60 gives the 30 scam points that make a scammer at
// balanced strictness (20 at strict, 45 at relaxed move the limit to
// lower and higher p). Apart from scams, the note reads like a recruiter's
// or a salesperson's when that class is more probable than a legitimate
// note and the other of the two (a fake recruiter's probability counts as
// a recruiter's: notemodel.Result.Kind); such a note is flagged (with no points: it is no risk) when it is not flagged as a
// scam, and either way the hit's Kind types the sender. The limits were
// chosen by the cross-validated evaluation (EVAL.md): scamAt keeps
// legitimate notes out of danger.
const (
	NoteSuspectAt = 0.40 // badFloor, exported for the evaluation's report
	NoteScamAt    = 0.70 // scamAt, likewise

	badFloor      = NoteSuspectAt
	scamAt        = NoteScamAt
	typeStrength  = 0.1 // the hit must fire to type the sender; verdict gives it no points
	modelEvidence = 3   // quoted stretches of the note
)

// badStrength maps the probability of a bad note to the rule's strength.
func badStrength(p float64) float64 {
	if p >= scamAt {
		return 0.5 + 0.5*(p-scamAt)/(1-scamAt)
	}
	return 0.2 + 0.3*(p-badFloor)/(scamAt-badFloor)
}

// NoteModel is the trained note model (package notemodel) as a rule: it
// judges the whole note the way real scam, sales, recruiting and personal
// notes are written, beyond the phrase lists of the other rules.
var NoteModel = &Rule{
	ID:       "note-model",
	Title:    "The note reads like scam, sales or recruiting",
	TitleDE:  "Klingt nach Betrug, Verkauf oder Recruiting",
	Group:    GroupNote,
	NoteOnly: true,
	Weight:   60,
	Check:    checkNoteModel,
	Classify: classifyNote,
}

// noteModelDoc is NoteModel's doc (Rule.DocIn).
var noteModelDoc = Doc{
	EN: "A model trained on hundreds of real invitation notes compares the note's words and spelling with scams, spam, fake job offers, recruiters' and salespeople's notes and personal ones; it flags a note that reads like a scam with its probability, and says when a note reads like a recruiter's or a sales pitch.",
	DE: "Ein an Hunderten echter Einladungsnachrichten trainiertes Modell vergleicht Wörter und Schreibweise der Nachricht mit Betrug, Spam, falschen Jobangeboten, Nachrichten von Recruitern und Verkäufern und persönlichen Nachrichten; es markiert eine Nachricht, die nach Betrug klingt, mit ihrer Wahrscheinlichkeit und sagt, wenn sie nach Recruiting oder Verkauf klingt.",
}

// noteModelExamples are NoteModel's examples: invitations it must
// flag (fires) and must not (quiet). Only the tests run them
// (examples_test.go lists them); core.wasm does not carry them.
func noteModelExamples() (fires, quiet []Example) {
	fires = []Example{
		{Name: "investment scam", Card: noted("Hello dear, I am an investment manager. With my strategy you earn 30% weekly profit on crypto, contact my manager on WhatsApp.")},
		{Name: "romance opener", Card: noted("Hello dear, you have a beautiful smile. I am a widower looking for honest friendship, can we talk on hangouts?")},
		{Name: "sales pitch in other words", Card: noted("We build custom dashboards for logistics companies and cut reporting time in half. Would you be open to a short intro next week?")},
		{Name: "recruiter about a role", Card: noted("I'm working on a Senior Backend Engineer role with a fintech client in Berlin, fully remote, strong salary. Would you be open to hearing more?")},
	}
	quiet = []Example{
		{Name: "met at a conference", Card: noted("Great meeting you at the Berlin Go meetup yesterday, let's stay in touch!")},
		{Name: "peer", Card: noted("I enjoyed your article on database indexing and would like to follow your work.")},
		{Name: "no note", Card: noted("")},
	}
	return fires, quiet
}

// model returns the note model of the context.
func (x *Context) model() *notemodel.Model {
	if x.Model != nil {
		return x.Model
	}
	return notemodel.Default()
}

// judgeNote runs the note model on the input's note once and keeps the
// result in the input.
func (in *Input) judgeNote() *notemodel.Result {
	if !in.noteJudged {
		tags := in.appendNoteTags(in.noteTagBuf[:0])
		in.noteResult = in.Ctx.model().JudgeTrace(in.Note, tags, &in.noteTrace)
		in.noteJudged = true
	}
	return &in.noteResult
}

// noteVerdict is what the model's result says: the class it flags (Legit
// when none), the strength, and the kind of sender the note reads like
// apart from scams (Legit when neither a recruiter nor a salesperson).
func noteVerdict(r *notemodel.Result) (notemodel.Class, float64, notemodel.Class) {
	kind := r.Kind()
	if bad := float64(r.BadProb()); bad >= badFloor {
		c := notemodel.Scam
		for _, k := range [...]notemodel.Class{notemodel.Spam, notemodel.FakeRecruiter} {
			if r.Probs[k] > r.Probs[c] {
				c = k
			}
		}
		return c, badStrength(bad), kind
	}
	if kind != notemodel.Legit {
		return kind, typeStrength, kind
	}
	return notemodel.Legit, 0, kind
}

// checkNoteModel implements NoteModel.
func checkNoteModel(in *Input) (float64, []string) {
	if in.Note == "" {
		return 0, nil
	}
	r := in.judgeNote()
	c, s, _ := noteVerdict(r)
	if c == notemodel.Legit {
		return 0, nil
	}
	var spans [modelEvidence]notemodel.Span
	var ev []string
	for _, sp := range in.Ctx.model().ExplainTrace(in.Note, &in.noteTrace, c, modelEvidence, spans[:0]) {
		ev = append(ev, in.spanQuote(fieldNote, sp.Start, sp.End))
	}
	return s, ev
}

// classifyNote implements NoteModel's Classify: the class it flagged, its
// probability (for scam, spam and fake recruiters together, the
// probability that the note is any of them) and the kind of sender.
func classifyNote(in *Input) (notemodel.Class, int, notemodel.Class) {
	r := in.judgeNote()
	c, _, kind := noteVerdict(r)
	p := r.Probs[c]
	if c.Bad() {
		p = r.BadProb()
	}
	return c, int(math.Round(float64(p) * 100)), kind
}

// NoteClassTitle is the title of a note-model hit of this class and
// probability in the language lang ("de…" German, else English), such as
// "The note reads like a scam (92 %)"; the rule's own title for a class
// it does not know. The badge shows it in place of the rule's title.
func NoteClassTitle(class string, percent int, lang string) string {
	de := German(lang)
	var s string
	switch class {
	case "scam":
		s = pick(de, "The note reads like a scam", "Die Nachricht klingt nach Betrug")
	case "spam":
		s = pick(de, "The note reads like spam", "Die Nachricht klingt nach Spam")
	case "fake_recruiter":
		s = pick(de, "The note reads like a fake job offer", "Die Nachricht klingt nach einem falschen Jobangebot")
	case "recruiter":
		s = pick(de, "The note reads like a recruiter's", "Die Nachricht klingt nach Recruiting")
	case "sales":
		s = pick(de, "The note reads like a sales pitch", "Die Nachricht klingt nach Verkauf")
	default:
		return NoteModel.TitleIn(lang)
	}
	return s + " (" + strconv.Itoa(percent) + " %)"
}

// pick returns de when german is set, else en.
func pick(german bool, en, de string) string {
	if german {
		return de
	}
	return en
}
