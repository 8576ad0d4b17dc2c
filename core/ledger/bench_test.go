package ledger

import (
	"strconv"
	"testing"

	"github.com/vetted/vetted/core/card"
)

// benchLog is a full log of 5,000 decisions and a page of 20 cards, two of
// them seen before.
func benchLog() (*Log, []card.Card) {
	l := New(5000)
	for i := 0; i < 5000; i++ {
		n := strconv.Itoa(i)
		l.Add(Entry{Name: "Person " + n, ProfileURL: "https://www.linkedin.com/in/person-" + n + "/", Key: "urn:li:invitation:" + n,
			Site: card.LinkedIn, Action: "ignore", At: t0})
	}
	cards := make([]card.Card, 20)
	for i := range cards {
		n := strconv.Itoa(i * 400)
		cards[i] = card.Card{Site: card.LinkedIn, Name: "Person " + n, ProfileURL: "https://www.linkedin.com/in/other-" + n, Key: "urn:li:invitation:x" + n}
	}
	return l, cards
}

// BenchmarkPriorPage asks a 5,000-entry log about a 20-card page the way
// a scan does: one index, then one question per card.
func BenchmarkPriorPage(b *testing.B) {
	l, cards := benchLog()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x := l.Index()
		for j := range cards {
			x.Prior(&cards[j], t0)
		}
	}
}

// BenchmarkAddFull adds to a full log (5,000 entries), as every action
// does once the log has reached its limit.
func BenchmarkAddFull(b *testing.B) {
	l, _ := benchLog()
	e := l.Entries[0]
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Add(e)
	}
}

// BenchmarkPriorCard is one more question to an index already built (a
// rescan while the log is unchanged).
func BenchmarkPriorCard(b *testing.B) {
	l, cards := benchLog()
	x := l.Index()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Prior(&cards[i%len(cards)], t0)
	}
}
