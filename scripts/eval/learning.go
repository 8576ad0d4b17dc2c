package main

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/notemodel/train"
	"github.com/vetted/vetted/core/verdict"
)

// The learning curve (issue 13): simulated users replay decisions on the
// corpus's notes, each put on a card whose headline and facts fit the
// note's label, and Vetted's recommendation on notes not yet seen is
// compared with what the user's policy would do, after 0, 10, 25, 50 and
// 100 decisions.

// checkpoints are the numbers of decisions after which agreement is
// measured.
var checkpoints = []int{0, 10, 25, 50, 100}

// missesAt is the checkpoint whose disagreements -misses sorts.
const missesAt = 50

// orders is how many shuffled orders each user replays (the figures are
// their mean).
const orders = 5

// What a simulated user does with a card.
const (
	doAccept = "accept"
	doIgnore = "ignore"
	doReport = "report"
)

// simUser is a simulated user: a name and a policy.
type simUser struct {
	Name   string
	Policy string
	decide func(label string, field int) string
}

// ownField is the field the third user works in (software).
const ownField = 0

var simUsers = []simUser{
	{"founder", "ignores every salesperson, accepts everyone else, reports scams and spam", func(label string, _ int) string {
		switch {
		case contains(badLabels, label):
			return doReport
		case label == "sales":
			return doIgnore
		}
		return doAccept
	}},
	{"job seeker", "accepts recruiters and peers (peer and personal notes), ignores sales pitches and contentless notes, reports scams and spam", func(label string, _ int) string {
		switch {
		case contains(badLabels, label):
			return doReport
		case label == "recruiter" || label == "peer" || label == "personal":
			return doAccept
		}
		return doIgnore
	}},
	{"engineer", "accepts only people from their own field (software: the headline says so), ignores everyone else, reports scams and spam", func(label string, field int) string {
		switch {
		case contains(badLabels, label):
			return doReport
		case field == ownField:
			return doAccept
		}
		return doIgnore
	}},
}

// fields are job titles by field; the first is the engineer's own.
var fields = [][]string{
	{"Senior Software Engineer", "Backend Developer", "Site Reliability Engineer", "Data Engineer", "Engineering Manager", "Full-Stack Developer", "Platform Engineer", "DevOps Engineer"},
	{"Marketing Manager", "Brand Strategist", "Content Marketing Lead", "SEO Specialist", "Head of Communications", "Social Media Manager"},
	{"Financial Analyst", "Senior Accountant", "Financial Controller", "Investment Analyst", "Tax Advisor", "Head of Finance"},
	{"Nurse Practitioner", "General Practitioner", "Clinical Researcher", "Physiotherapist", "Hospital Administrator", "Pharmacist"},
}

var (
	companies       = []string{"Northwind", "Contoso", "Fabrikam", "Litware", "Adatum", "Tailspin Toys", "Woodgrove Bank", "Proseware", "Wingtip", "Lucerne Publishing"}
	recruiterTitles = []string{"Technical Recruiter", "Talent Acquisition Partner", "Senior Recruiter", "Recruitment Consultant", "Head of Talent"}
	salesTitles     = []string{"Account Executive", "Business Development Manager", "Sales Director", "SDR", "Partnerships Manager"}
	ownerTitles     = []string{"Founder", "Managing Director", "Growth Consultant", "Co-founder & CEO"}
	badTitles       = []string{"Investment Manager", "Entrepreneur", "HR Manager", "Crypto Trader", "Consultant"}
	// Every sender, scammers too, has an ordinary name: a made-up one
	// such as "Sender 12" (digits) would fire the odd-name rule on every
	// card and move every judgement, which real names do not.
	firstNames = []string{"Laura", "Daniel", "Priya", "Tomasz", "Aisha", "Lukas", "Sofia", "Kenji", "Maria", "Oliver", "Fatima", "Jonas", "Chloé", "Mateo", "Ingrid", "Samuel"}
	lastNames  = []string{"Bennett", "Okafor", "Schneider", "Nowak", "García", "Tanaka", "Rossi", "Dubois", "Khan", "Larsen", "Moreau", "Silva", "Fischer", "Murphy", "Haddad", "Jensen"}
)

// simCard puts note i on a card that fits its label: recruiters and
// salespeople mostly with their titles, peers and personal notes with a
// job in one of the fields, scams with a scammer's headline or a stolen
// job title. It returns the card and its field (-1 for none). Everything
// is drawn from a hash of the note, so the same note always gets the
// same card.
func simCard(n *train.Note, i int) (card.Card, int) {
	h := fnv.New64a()
	h.Write([]byte(n.Text))
	r := rand.New(rand.NewPCG(h.Sum64(), 13))
	pick := func(l []string) string { return l[r.IntN(len(l))] }
	c := card.New()
	c.Site, c.Kind, c.Photo, c.AgeDays = card.LinkedIn, card.Person, card.PhotoPresent, r.IntN(20)
	c.ProfileURL = "https://www.linkedin.com/in/sender-" + strconv.Itoa(i)
	c.Note = n.Text
	field, title := -1, ""
	inField := func() {
		field = r.IntN(len(fields))
		title = pick(fields[field])
	}
	switch {
	case n.Label == "recruiter":
		if title = pick(recruiterTitles); r.IntN(10) < 4 {
			inField()
		}
		c.Mutuals = r.IntN(5)
	case n.Label == "sales":
		if title = pick(salesTitles); r.IntN(10) < 4 {
			title = pick(ownerTitles)
		}
		c.Mutuals = r.IntN(5)
	case contains(badLabels, n.Label):
		if title = pick(badTitles); r.IntN(10) < 3 {
			inField()
		}
		if r.IntN(2) == 0 {
			c.Photo = card.PhotoDefault
		}
		c.Mutuals = 0
	default:
		inField()
		c.Mutuals = 1 + r.IntN(12)
		if n.Label == "generic" {
			c.Mutuals = r.IntN(4)
		}
	}
	c.Headline = title + " at " + pick(companies)
	c.Name = pick(firstNames) + " " + pick(lastNames) // drawn last, so the draws above are as before
	return c, field
}

// agrees reports whether Vetted's recommendation is what the user would
// do: accept only for a plain accept, ignore or report for ignore,
// decline or decline and block. A review is no agreement.
func agrees(do string, rec verdict.Recommendation) bool {
	if do == doAccept {
		return rec == verdict.Accept
	}
	return rec == verdict.IgnoreOrVet || rec == verdict.Decline || rec == verdict.DeclineBlock
}

// decision is the learn decision of what a user does.
func decision(do string) learn.Decision {
	switch do {
	case doAccept:
		return learn.Decision{Action: learn.ActionAccept}
	case doReport:
		return learn.Decision{Action: learn.ActionReport}
	}
	return learn.Decision{Action: learn.ActionIgnore}
}

// curvePoint is one user's agreement after some decisions, over the
// shuffled orders.
type curvePoint struct {
	Agree, Total           int // test notes agreed with, judged
	BadDanger, BadDangerNo int // bad test notes judged danger with the learnt state, and without
	Bad                    int // bad test notes
	// ScamAccept counts bad test notes that learning moved to a plain
	// accept (recommended accept with what was learnt, not without):
	// scams the rules and the note model missed, which the user's
	// accepts of similar cards would wave through.
	ScamAccept int
	// OutOfReach counts the disagreements that learning cannot mend
	// (reachable), Strangers those of them that are accepted strangers.
	OutOfReach, Strangers int
	// AgreeUnheld and ScamAcceptUnheld are Agree and ScamAccept with a
	// model that does not hold back accepting strangers (learn.Model.Unheld):
	// what the hold costs and what it keeps out.
	AgreeUnheld, ScamAcceptUnheld int
}

// oracleRepeats is how many more times the user decides the very card in
// reachable.
const oracleRepeats = 5

// reachable reports whether learning could make Vetted agree with the
// user on card c: whether it agrees once what was learnt (m) also holds
// the user's decision on this very card, oracleRepeats times. When even
// that does not, the card is out of learning's reach by its limits: an
// accepted card with scam evidence, at the danger level or from a
// stranger (learn.Result.Held), which learning never moves to accept.
func reachable(j *verdict.Judge, m *learn.Model, c *card.Card, s *learn.Sample, do string) bool {
	o := m.Clone()
	for range oracleRepeats {
		if err := o.Record(s, decision(do)); err != nil {
			panic(err)
		}
	}
	j.UseLearnt(o)
	defer j.UseLearnt(nil)
	return agrees(do, j.Card(c, nil, nil).Recommendation)
}

// learningResult is what EVAL.md shows of learning.
type learningResult struct {
	Curves [][]curvePoint // per user, per checkpoint
	// Asymptote is, per user, the agreement after every decision on the
	// other folds' notes (asymptote).
	Asymptote  []asymPoint
	Tests      int        // test notes per order, on average
	StateBytes []int      // per user: the JSON state's size after 1,000 decisions
	StateFeats []int      // and its features
	Speed      [2]float64 // flag + verdict cards per second, without and with a 1,000-decision state
	Misses     string     // what the disagreements after 50 decisions are (-misses)
}

// learningCurve replays each simulated user's decisions. judges[f] judges
// with the note model of fold f, folds[i] is note i's fold.
func learningCurve(corpus, extra []train.Note, models []*notemodel.Model, folds []int) learningResult {
	var res learningResult
	js := make([]*verdict.Judge, len(models))
	for f, m := range models {
		js[f] = verdict.New(nil)
		js[f].UseNoteModel(m)
	}
	cards := make([]card.Card, len(corpus))
	field := make([]int, len(corpus))
	for i := range corpus {
		cards[i], field[i] = simCard(&corpus[i], i)
	}
	last := checkpoints[len(checkpoints)-1]
	tests := 0
	var misses strings.Builder
	for _, u := range simUsers {
		why := map[string]int{}
		curve := make([]curvePoint, len(checkpoints))
		for o := 0; o < orders; o++ {
			order := rand.New(rand.NewPCG(uint64(o)+1, 42)).Perm(len(corpus))
			stream := order[:last]
			seen := map[string]bool{}
			for _, i := range stream {
				seen[corpus[i].Source] = true
			}
			var test []int
			for _, i := range order[last:] {
				if !seen[corpus[i].Source] {
					test = append(test, i)
				}
			}
			tests += len(test)
			m := learn.New()
			done := 0
			for k, at := range checkpoints {
				for ; done < at; done++ {
					i := stream[done]
					j := js[folds[i]]
					s := j.Sample(&cards[i])
					if err := m.Record(&s, decision(u.decide(corpus[i].Label, field[i]))); err != nil {
						panic(err)
					}
				}
				p := &curve[k]
				unheld := m.Unheld()
				for _, i := range test {
					j := js[folds[i]]
					j.UseLearnt(m)
					v := j.Card(&cards[i], nil, nil)
					j.UseLearnt(nil)
					p.Total++
					do := u.decide(corpus[i].Label, field[i])
					agreed, bad := agrees(do, v.Recommendation), contains(badLabels, corpus[i].Label)
					j.UseLearnt(unheld)
					vu := j.Card(&cards[i], nil, nil)
					j.UseLearnt(nil)
					if agrees(do, vu.Recommendation) {
						p.AgreeUnheld++
					}
					var w verdict.Verdict // without what was learnt
					if bad || !agreed && at == missesAt {
						w = j.Card(&cards[i], nil, nil)
					}
					if agreed {
						p.Agree++
					} else if at == missesAt {
						s := j.Sample(&cards[i])
						why[missKind(do, corpus[i].Label, v, w, m.Judge(&s))]++
						if !reachable(j, m, &cards[i], &s, do) {
							p.OutOfReach++
							if do == doAccept && s.Stranger() {
								p.Strangers++
							}
						}
					}
					if bad {
						p.Bad++
						if v.Level == verdict.LevelDanger {
							p.BadDanger++
						}
						if w.Level == verdict.LevelDanger {
							p.BadDangerNo++
						}
						if v.Recommendation == verdict.Accept && w.Recommendation != verdict.Accept {
							p.ScamAccept++
						}
						if vu.Recommendation == verdict.Accept && w.Recommendation != verdict.Accept {
							p.ScamAcceptUnheld++
						}
					}
				}
			}
		}
		res.Curves = append(res.Curves, curve)
		if len(js) > 1 { // cross-validated note models: folds to leave out
			res.Asymptote = append(res.Asymptote, asymptote(u, corpus, cards, field, js, folds))
		}
		writeMisses(&misses, u.Name, why)
		b, f := stateAfter(u, corpus, extra, js[0], 1000)
		res.StateBytes = append(res.StateBytes, b)
		res.StateFeats = append(res.StateFeats, f)
	}
	res.Tests = tests / (orders * len(simUsers))
	res.Misses = misses.String()
	res.Speed = judgingSpeed(corpus, cards, field, js[0])
	return res
}

// asymPoint is one user's agreement once every note of the other folds
// was decided: Agree of Total test notes, Reach of them within learning's
// reach (reachable), and the decisions recorded per fold, on average.
type asymPoint struct {
	Agree, Reach, Total, Decisions int
	AgreeUnheld                    int // Agree without the hold on strangers (learn.Model.Unheld)
}

// asymptote measures where learning levels off for user u: for each
// cross-validation fold (split by source page), the user decides every
// note of the other folds, in a shuffled order (about 460 decisions), and
// Vetted judges the fold's notes with what was learnt, each by the note
// model of its fold. Far more decisions than the curve's 100, on notes
// still from pages not seen: what more decisions alone could bring.
func asymptote(u simUser, corpus []train.Note, cards []card.Card, field []int, js []*verdict.Judge, folds []int) asymPoint {
	var p asymPoint
	recorded := 0
	for f, j := range js {
		m := learn.New()
		for _, i := range rand.New(rand.NewPCG(uint64(f)+1, 42)).Perm(len(corpus)) {
			if folds[i] == f {
				continue
			}
			s := js[folds[i]].Sample(&cards[i])
			if err := m.Record(&s, decision(u.decide(corpus[i].Label, field[i]))); err != nil {
				panic(err)
			}
			recorded++
		}
		unheld := m.Unheld()
		for i := range corpus {
			if folds[i] != f {
				continue
			}
			do := u.decide(corpus[i].Label, field[i])
			j.UseLearnt(m)
			v := j.Card(&cards[i], nil, nil)
			j.UseLearnt(nil)
			p.Total++
			if agrees(do, v.Recommendation) {
				p.Agree++
			}
			j.UseLearnt(unheld)
			if agrees(do, j.Card(&cards[i], nil, nil).Recommendation) {
				p.AgreeUnheld++
			}
			j.UseLearnt(nil)
			s := j.Sample(&cards[i])
			if reachable(j, m, &cards[i], &s, do) {
				p.Reach++
			}
		}
	}
	p.Decisions = recorded / max(len(js), 1)
	return p
}

// stateAfter replays n decisions of user u on the corpus and extra notes
// (shuffled, repeated when there are fewer) and returns the state's JSON
// size and its features.
func stateAfter(u simUser, corpus, extra []train.Note, j *verdict.Judge, n int) (int, int) {
	m := learnedState(u, corpus, extra, j, n)
	b, err := json.Marshal(m.Tree())
	if err != nil {
		panic(err)
	}
	return len(b), m.Len()
}

// learnedState is the model after n decisions of u.
func learnedState(u simUser, corpus, extra []train.Note, j *verdict.Judge, n int) *learn.Model {
	all := slices.Concat(corpus, extra)
	order := rand.New(rand.NewPCG(7, 42)).Perm(len(all))
	m := learn.New()
	for k := 0; k < n; k++ {
		i := order[k%len(order)]
		c, f := simCard(&all[i], i)
		s := j.Sample(&c)
		if err := m.Record(&s, decision(u.decide(all[i].Label, f))); err != nil {
			panic(err)
		}
	}
	return m
}

// judgingSpeed measures flag + verdict on the simulated cards, one card
// at a time, without and with the founder's state after 1,000 decisions.
func judgingSpeed(corpus []train.Note, cards []card.Card, _ []int, j *verdict.Judge) [2]float64 {
	var out [2]float64
	m := learnedState(simUsers[0], corpus, nil, j, 1000)
	for k, state := range []*learn.Model{nil, m} {
		j.UseLearnt(state)
		r := testing.Benchmark(func(b *testing.B) {
			n := 0
			for b.Loop() {
				_ = j.Card(&cards[n%len(cards)], nil, nil)
				n++
			}
		})
		out[k] = float64(r.N) / r.T.Seconds()
	}
	j.UseLearnt(nil)
	return out
}

// rate is k/n as a percentage, 0 when n is 0.
func rate(k, n int) float64 {
	if n == 0 {
		return 0
	}
	return 100 * float64(k) / float64(n)
}

// summary prints the learning curve.
func (l *learningResult) summary() string {
	if len(l.Curves) == 0 {
		return "" // not run (-users=false)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "learning curve: agreement with the user's policy on about %d unseen notes\n", l.Tests)
	for u, c := range l.Curves {
		fmt.Fprintf(&b, "  %-11s", simUsers[u].Name)
		for k, p := range c {
			fmt.Fprintf(&b, " %3d: %5.1f %%", checkpoints[k], rate(p.Agree, p.Total))
		}
		if k := slices.Index(checkpoints, missesAt); k >= 0 {
			q := c[k]
			fmt.Fprintf(&b, "  (at %d: %d of %d disagreements out of learning's reach, %d of them strangers; at most %.1f %%)", missesAt, q.OutOfReach, q.Total-q.Agree, q.Strangers, rate(q.Total-q.OutOfReach, q.Total))
		}
		if u < len(l.Asymptote) {
			a := l.Asymptote[u]
			fmt.Fprintf(&b, "  after about %d (every other fold's notes): %.1f %% (%.1f %% without the hold; at most %.1f %% with it)", a.Decisions, rate(a.Agree, a.Total), rate(a.AgreeUnheld, a.Total), rate(a.Reach, a.Total))
		}
		p := c[len(c)-1]
		held, unheld := scamAccepts(c)
		fmt.Fprintf(&b, "  scams at danger %d/%d (without learning %d/%d), moved to accept by learning %d (%d without the hold on strangers, which agrees at 50 on %.1f %%); state after 1,000: %d bytes, %d features\n", p.BadDanger, p.Bad, p.BadDangerNo, p.Bad, held, unheld, at50Unheld(c), l.StateBytes[u], l.StateFeats[u])
	}
	fmt.Fprintf(&b, "  judging: %.0f cards/s without a state, %.0f with the founder's after 1,000 decisions\n", l.Speed[0], l.Speed[1])
	return b.String()
}

// scamAccepts sums the bad test notes learning moved to accept over the
// checkpoints: with the hold on strangers, and without it.
func scamAccepts(c []curvePoint) (held, unheld int) {
	for _, p := range c {
		held += p.ScamAccept
		unheld += p.ScamAcceptUnheld
	}
	return held, unheld
}

// at50Unheld is the agreement after missesAt decisions without the hold
// on strangers.
func at50Unheld(c []curvePoint) float64 {
	k := slices.Index(checkpoints, missesAt)
	if k < 0 {
		return 0
	}
	return rate(c[k].AgreeUnheld, c[k].Total)
}

// learningGoal is the agreement issue 13 asks for after 50 decisions.
const learningGoal = 90.0

// markdown is the learning section of EVAL.md.
func (l *learningResult) markdown() string {
	if len(l.Curves) == 0 {
		return "" // not run (-users=false)
	}
	var b strings.Builder
	p := func(f string, a ...any) { fmt.Fprintf(&b, f, a...) }
	p("\n## Learning from the user's decisions\n\n")
	p("**Protocol.** Simulated users replay decisions on the corpus's notes (`core/learn`, issue 13). Each note is put on a card that fits its label, drawn from a hash of the note, with an ordinary name: recruiters mostly with a recruiter's title, salespeople mostly with a sales title or a founder's, peer, personal and contentless notes with a job in one of four fields (software, marketing, finance, health) and some mutual connections, scams with a scammer's headline or a stolen job title and no mutuals. ")
	p("Each user takes the notes in %d shuffled orders; the first 100 are their decisions, in order, and the test notes are the others, minus every note from a page that one of those 100 came from (about %d a time): notes not yet seen, from pages not yet seen. ", orders, l.Tests)
	p("After 0, 10, 25, 50 and 100 decisions, every test note is judged with the default settings and what was learnt (each note by the note model of its cross-validation fold, as above), and Vetted **agrees** with the user when it recommends a plain accept for a card the user accepts, or ignore, decline or decline and block for one the user ignores or reports; a review agrees with neither. The figures are means over the orders.\n\n")
	head := []string{"user", "policy"}
	for _, c := range checkpoints {
		head = append(head, strconv.Itoa(c))
	}
	tableHead(&b, append(head, fmt.Sprintf("goal after 50 (≥ %.0f %%)", learningGoal))...)
	for u, c := range l.Curves {
		p("| %s | %s |", simUsers[u].Name, simUsers[u].Policy)
		at50 := 0.0
		for k, pt := range c {
			x := rate(pt.Agree, pt.Total)
			p(" %.1f %% |", x)
			if checkpoints[k] == 50 {
				at50 = x
			}
		}
		status := "met"
		if at50 < learningGoal {
			status = "missed"
		}
		p(" %s |\n", status)
	}
	p("\n**Out of learning's reach.** A disagreement after %d decisions is out of reach when Vetted still disagrees once the user has also decided that very card %d more times: learning never moves to accept a card with scam evidence (even a hesitant reading of the note model, such as recruiters' notes it takes for scams), at the danger level or from a stranger (no mutual connections, nothing in common). ", missesAt, oracleRepeats)
	for u, c := range l.Curves {
		if k := slices.Index(checkpoints, missesAt); k >= 0 {
			q := c[k]
			if u > 0 {
				p("; ")
			}
			p("%s %d of %d disagreements (%d of them strangers the user accepts), so at most %.1f %%", simUsers[u].Name, q.OutOfReach, q.Total-q.Agree, q.Strangers, rate(q.Total-q.OutOfReach, q.Total))
		}
	}
	p(" (summed over the orders). `go run ./scripts/eval -learning -cv -misses` sorts the disagreements.\n")
	if len(l.Asymptote) == len(l.Curves) {
		p("\n**Where learning levels off.** More decisions alone do not reach the goal. For each cross-validation fold (split by source page, as above), the user decides every note of the other folds in a shuffled order (about %d decisions, against the curve's 100), and Vetted judges the fold's notes with what was learnt. \"At most\" is the share within learning's reach, as above, its limits including the hold on strangers; \"without the hold\" judges with `learn.Model.Unheld`, which that limit does not bind:\n\n", l.Asymptote[0].Decisions)
		p("| user | after 50 | after 100 | after about %d | the same without the hold on strangers | at most, with the hold (learning's limits) |\n|---|---|---|---|---|---|\n", l.Asymptote[0].Decisions)
		for u, c := range l.Curves {
			a := l.Asymptote[u]
			at := func(n int) float64 {
				k := slices.Index(checkpoints, n)
				if k < 0 {
					return 0
				}
				return rate(c[k].Agree, c[k].Total)
			}
			p("| %s | %.1f %% | %.1f %% | %.1f %% | %.1f %% | %.1f %% |\n", simUsers[u].Name, at(50), at(100), rate(a.Agree, a.Total), rate(a.AgreeUnheld, a.Total), rate(a.Reach, a.Total))
		}
	}
	p("\n**Scam detection unchanged.** The scam, spam and fake-recruiter notes among the test notes, judged danger with what was learnt and without, at each checkpoint (summed over the orders):\n\n")
	p("| user | with | without | moved to a plain accept by learning |\n|---|---|---|---|\n")
	for u, c := range l.Curves {
		with, without, n := 0, 0, 0
		for _, pt := range c {
			with += pt.BadDanger
			without += pt.BadDangerNo
			n += pt.Bad
		}
		held, _ := scamAccepts(c)
		p("| %s | %d/%d | %d/%d | %d |\n", simUsers[u].Name, with, n, without, n, held)
	}
	p("\nThe last column counts the scams the rules and the note model did not flag that the user's accepts of similar invitations turned into a plain accept.\n")
	p("\n**The hold on strangers.** Learning never recommends accepting a stranger (no mutual connections, nothing in common) on the user's accepts alone (`learn.Result.Held`), since scams copy the notes people accept. The same curve with a model that does not hold (`learn.Model.Unheld`, which the product never uses) shows what the hold costs and what it keeps out:\n\n")
	p("| user | agreement after %d, with the hold | without | scams moved to a plain accept, with the hold | without |\n|---|---|---|---|---|\n", missesAt)
	for u, c := range l.Curves {
		k := slices.Index(checkpoints, missesAt)
		held, unheld := scamAccepts(c)
		p("| %s | %.1f %% | %.1f %% | %d | %d |\n", simUsers[u].Name, rate(c[k].Agree, c[k].Total), at50Unheld(c), held, unheld)
	}
	p("\n**Cost.** The state after 1,000 decisions (the corpus and the extra notes, shuffled, on the same kind of cards), as JSON: ")
	for u := range l.Curves {
		if u > 0 {
			p("; ")
		}
		p("%s %.0f KB, %d features", simUsers[u].Name, float64(l.StateBytes[u])/1000, l.StateFeats[u])
	}
	p(" (bound: %d features, `learn.MaxFeatures`). Judging the simulated cards one at a time, flag + verdict, on this machine while others ran: %.0f cards/s without a state, %.0f with the founder's after 1,000 decisions (%.2f×); `go test ./core/verdict -run X -bench 'Judge$|JudgeLearnt' -cpu 1` gives the same comparison on the benchmark page in cards per CPU second.\n", learn.MaxFeatures, l.Speed[0], l.Speed[1], l.Speed[1]/l.Speed[0])
	return b.String()
}
