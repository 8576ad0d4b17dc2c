package verdict

import (
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/learn"
	"github.com/vetted/vetted/core/notemodel/train"
)

// sampleCards is a varied page of 50 invitations: colleagues, recruiters,
// salespeople, strangers, fakes, scammers, pages, in several languages.
func sampleCards() []card.Card {
	base := []card.Card{
		newCard(named("Ada Lovelace"), headline("Analytical engine programmer"), withMutuals(12)),
		newCard(named("Grace Hopper"), profile("https://www.linkedin.com/in/grace-hopper/"), withMutuals(30), verified),
		newCard(named("Tom Baker"), headline("Firmware Engineer at Acme Robotics"), withMutuals(4, "Casey Ray"), shared("Acme Robotics")),
		newCard(named("Priya Nair"), headline("Senior Talent Acquisition Partner at Initech"), withMutuals(2), note("Hi, I have a role in embedded systems you may like.")),
		newCard(named("Jon Lee"), headline("Technical Recruiter | Hiring engineers"), withMutuals(0)),
		newCard(named("Mark Stone"), headline("Account Executive at CloudCo"), withMutuals(1), note("I help companies like yours cut cloud costs. Quick call next week?")),
		newCard(named("Sara Diaz"), headline("Sales Engineer at Initech"), withMutuals(3), note("We worked together on the Acme Robotics arm project, great to reconnect!")),
		newCard(named("Brian Cole"), headline("Crypto trading mentor"), func(c *card.Card) { c.Photo = card.PhotoDefault }, withMutuals(0),
			note("Hi dear, I can show you guaranteed returns with bitcoin. Add me on WhatsApp +44 7700 900123")),
		newCard(named("JOHN SMITH"), headline("CEO"), func(c *card.Card) { c.Photo = card.PhotoDefault }, withMutuals(0)),
		newCard(named("Maria"), headline(""), func(c *card.Card) { c.Photo = card.PhotoNone }, withMutuals(0)),
		newCard(named("Lt. Gen. James Walker"), headline("US Army officer on a peacekeeping mission"), withMutuals(0), note("Hello beautiful, I would like to know you better")),
		newCard(named("Acme Robotics News"), func(c *card.Card) { c.Kind = card.Newsletter }),
		newCard(named("RoboCon 2026"), func(c *card.Card) { c.Kind = card.Event }),
		newCard(named("Olivia Chen"), headline("Product Manager at Globex"), withMutuals(6)),
		newCard(named("Eve Mallory"), headline("Consultant"), withMutuals(0)),
		newCard(named("Kenji Watanabe"), headline("Embedded Linux developer"), withMutuals(0), note("Saw your talk on real-time kernels, would love to connect.")),
		newCard(named("Lena Fischer"), headline("Vertriebsleiterin DACH | Industrieautomation"), withMutuals(2)),
		newCard(named("José Álvarez"), headline("Reclutador IT en Madrid"), withMutuals(1)),
		newCard(named("Support Team"), headline("Official LinkedIn Security Account"), withMutuals(0), note("Your account will be suspended, verify at bit.ly/x1")),
		newCard(named("Hannah Ortiz"), headline("HR assistant, work from home, no experience needed"), withMutuals(0), note("We are hiring! Earn $500/day, pay for training kit first.")),
		newCard(named("Chris P."), headline("Entrepreneur"), withMutuals(0), note("I'd like to add you to my professional network.")),
		newCard(named("Nora Quinn"), headline("Investment manager, forex and crypto"), withMutuals(0), note("Telegram me for signals: @nora_fx")),
		newCard(named("Will Turner"), headline("Business Development Representative | SaaS"), withMutuals(0), note("Can I book 15 minutes for a demo?")),
		newCard(named("Amina Yusuf"), headline("PhD student at MIT, robotics"), withMutuals(3), shared("MIT")),
		newCard(named("Daniel Kim"), headline("Staff engineer"), withMutuals(18)),
	}
	out := make([]card.Card, 0, 50)
	for i := 0; len(out) < 50; i++ {
		c := base[i%len(base)]
		c.Key = "urn:li:invitation:" + strconv.Itoa(i)
		out = append(out, c)
	}
	return out
}

// BenchmarkJudge runs flags and verdict on the sample page one card at a
// time, as the extension does when cards appear, and reports cards per
// second.
func BenchmarkJudge(b *testing.B) {
	benchmarkJudge(b, sampleCards())
}

// BenchmarkJudgeFirst is BenchmarkJudge with every note new to the judge,
// as on a card's first judgement: the sample page in 100 copies whose
// notes differ only in up to 9 leading and 9 trailing spaces (which
// folding drops), more notes than a judge keeps, so that nothing kept from
// a note's earlier judgement is found again.
func BenchmarkJudgeFirst(b *testing.B) {
	base := sampleCards()
	var cards []card.Card
	for k := 0; k < 100; k++ {
		for _, c := range base {
			if c.Note != "" {
				c.Note = strings.Repeat(" ", k%10) + c.Note + strings.Repeat(" ", k/10)
			}
			cards = append(cards, c)
		}
	}
	benchmarkJudge(b, cards)
}

// benchmarkJudge judges the cards one at a time, in turn, with an earlier
// decision on every tenth, and reports cards per second.
func benchmarkJudge(b *testing.B, cards []card.Card) {
	j := New(mySettings())
	batch := flag.NewBatch(cards)
	prior := []flag.Prior{{Action: "ignore", AgeDays: 30}}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		c := &cards[n%len(cards)]
		var p []flag.Prior
		if n%10 == 0 {
			p = prior
		}
		_ = j.Card(c, p, batch)
		n++
	}
	report(b, n, cpu0)
}

// BenchmarkJudgeCards judges the whole sample page at once (batch built
// per page) and reports cards per second.
func BenchmarkJudgeCards(b *testing.B) {
	cards := sampleCards()
	j := New(mySettings())
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	pages := 0
	for b.Loop() {
		_ = j.Cards(cards, nil)
		pages++
	}
	report(b, pages*len(cards), cpu0)
}

// BenchmarkVerdictOnly measures verdict alone: hits found once, then
// scored and classified per card.
func BenchmarkVerdictOnly(b *testing.B) {
	cards := sampleCards()
	j := New(mySettings())
	batch := flag.NewBatch(cards)
	hits := make([][]flag.Hit, len(cards))
	for i := range cards {
		hits[i] = j.ctx.Evaluate(&cards[i], nil, batch)
	}
	scratch := make([]flag.Hit, 0, 16)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		i := n % len(cards)
		scratch = append(scratch[:0], hits[i]...)
		_ = j.FromHits(&cards[i], scratch)
		n++
	}
	report(b, n, cpu0)
}

// report gives the throughput in cards per wall-clock second and, where
// the CPU time is known, per CPU second: the figure to compare with the
// budget of 200,000 cards per second per core when the machine is busy.
// Run with -cpu 1 so that the process's CPU time is one core's.
func report(b *testing.B, cards int, cpu0 float64) {
	b.ReportMetric(float64(cards)/b.Elapsed().Seconds(), "cards/s")
	if cpu := cpuSeconds() - cpu0; cpu > 0 && runtime.GOMAXPROCS(0) == 1 {
		b.ReportMetric(float64(cards)/cpu, "cards/cpu-s")
	}
}

// learntState is a model after 1,000 decisions of a user who ignores
// salespeople, reports scams and accepts everyone else, on the notes of
// the note model's training data put on plain cards.
func learntState(b *testing.B, j *Judge) *learn.Model {
	corpus, extra, err := train.LoadData(train.DataDir())
	if err != nil {
		b.Fatal(err)
	}
	notes := append(corpus, extra...)
	m := learn.New()
	for k := 0; k < 1000; k++ {
		n := notes[(k*7919)%len(notes)]
		c := newCard(named("Sender "+strconv.Itoa(k)), headline("Operations Manager at Northwind"), withMutuals(k%6), note(n.Text))
		d := learn.Decision{Action: learn.ActionAccept}
		switch n.Label {
		case "sales":
			d.Action = learn.ActionIgnore
		case "scam", "spam", "recruiter_scam":
			d.Action = learn.ActionReport
		}
		s := j.Sample(&c)
		if err := m.Record(&s, d); err != nil {
			b.Fatal(err)
		}
	}
	return m
}

// BenchmarkJudgeLearnt is BenchmarkJudge with what Vetted learnt from
// 1,000 decisions loaded.
func BenchmarkJudgeLearnt(b *testing.B) {
	cards := sampleCards()
	j := New(mySettings())
	j.UseLearnt(learntState(b, j))
	batch := flag.NewBatch(cards)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cpuSeconds()
	n := 0
	for b.Loop() {
		_ = j.Card(&cards[n%len(cards)], nil, batch)
		n++
	}
	report(b, n, cpu0)
}
