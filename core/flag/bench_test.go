package flag

import (
	"testing"

	"github.com/vetted/vetted/core/card"
)

// benchCards returns about 50 varied invitations: plain people without a
// note (most invitations), personal notes, pitches, scams, pages,
// look-alike names and a few long notes.
func benchCards() []card.Card {
	var cards []card.Card
	add := func(c card.Card) { cards = append(cards, c) }
	for _, r := range All {
		fires, _ := examples(r)
		for _, ex := range fires {
			add(ex.Card)
		}
		if len(cards) >= 30 {
			break
		}
	}
	plain := []struct{ name, headline string }{
		{"Priya Raman", "Lead Data Engineer at Litware"},
		{"Hannah Okafor", "Analytics Manager at Proseware"},
		{"Oliver Brennan", "Senior Analytics Engineer"},
		{"Jonas Lindqvist", "Data Engineer at Litware | Spark, SQL, Airflow"},
		{"Fatima Zahra Benali", "Machine Learning Engineer at Proseware"},
		{"Kwame Mensah", "Software Engineer at Wide World Importers"},
		{"Katrin Vogel", "Leiterin Data Platform bei Wingtip AG"},
		{"王伟 (Wei Wang)", "Machine Learning Engineer at Litware"},
		{"Алексей Смирнов", "Data Engineer at Wingtip Toys"},
		{"Siobhán Ní Bhriain", "Data Engineering Manager at Proseware"},
		{"Emily Carter", "Technical Recruiter at Litware"},
		{"Giorgio Conti", "Sales Director EMEA at Proseware"},
	}
	for _, p := range plain {
		add(person(p.name, p.headline, ""))
	}
	add(person("Daniel Achterberg", "Freelance Data Consultant", "Hi Sam, we worked together on the Fabrikam billing migration in 2021 — I was the contractor on the ingestion side. Would be great to stay in touch."))
	add(person("Tobias Reuter", "Signal Processing Engineer | machine learning for radar", "Hi Sam, I enjoyed your post on streaming SQL for sensor data — we do similar work with radar signals and I'd love to compare notes."))
	add(person("Ryan Gallagher", "Account Executive at Litware Cloud", "Hi Sam, I help data teams cut their warehouse bill by 40% without changing a line of SQL. Open to a quick 15-minute call next week?"))
	add(person("Emily Carter", "Technical Recruiter at Litware", "Hi Sam, I'm hiring a Senior Data Engineer for Litware's Leeds office (hybrid, £70–85k). Happy to share the full job description if you're interested — no pressure either way."))
	add(card.Card{Site: card.Facebook, Kind: card.Person, Photo: card.PhotoPresent, Name: "Danielle Brooks", Mutuals: 0})
	add(card.Card{Site: card.LinkedIn, Kind: card.Page, Photo: card.PhotoPresent, Name: "Northwind Analytics", Headline: "Software Development · Leeds", Mutuals: 40})
	add(card.Card{Site: card.LinkedIn, Kind: card.Event, Name: "Leeds Data Meetup: Spring Edition", Headline: "Thu, 10 Apr · Leeds", Mutuals: 12})
	add(card.Card{Site: card.X, Kind: card.Person, Photo: card.PhotoDefault, Name: "user83749201", Mutuals: -1})
	add(person("Gareth Pollard", "Data Engineering Manager at Litware", ""))
	add(person("Hugo Lambert", "Senior Data Engineer at Contoso Data", ""))
	for len(cards) < 50 {
		add(person("Laura Bennett", "Marketing Coordinator at Adatum", ""))
	}
	return cards[:50]
}

func BenchmarkEvaluate(b *testing.B) {
	cards := benchCards()
	x := NewContext(exampleSettings())
	batch := NewBatch(cards)
	prior := []Prior{{Action: "ignore", AgeDays: 30}}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := range cards {
			var p []Prior
			if j%10 == 0 {
				p = prior
			}
			_ = x.Evaluate(&cards[j], p, batch)
		}
	}
	b.ReportMetric(float64(b.N*len(cards))/b.Elapsed().Seconds(), "cards/s")
}

func BenchmarkNewBatch(b *testing.B) {
	cards := benchCards()
	for b.Loop() {
		_ = NewBatch(cards)
	}
}
