package notemodel_test

import (
	"testing"

	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/notemodel"
)

// benchNotes are invitation notes of the usual lengths, in several
// languages (written for the benchmark).
var benchNotes = []string{
	"Hi, I have a role in embedded systems you may like.",
	"I help companies like yours cut cloud costs. Quick call next week?",
	"We worked together on the Acme Robotics arm project, great to reconnect!",
	"Hi dear, I can show you guaranteed returns with bitcoin. Add me on WhatsApp +44 7700 900123",
	"Hello beautiful, I would like to know you better",
	"Saw your talk on real-time kernels, would love to connect.",
	"Your account will be suspended, verify at bit.ly/x1",
	"We are hiring! Earn $500/day, pay for training kit first.",
	"I'd like to add you to my professional network.",
	"Hallo Frau Fischer, ich habe Ihren Vortrag auf der Hannover Messe gesehen und würde mich gern vernetzen.",
}

// BenchmarkJudge scores one note at a time, as the note-model rule does,
// with its trace for the evidence.
func BenchmarkJudge(b *testing.B) {
	m := notemodel.Default()
	type in struct {
		folded string
		tags   []uint32
	}
	var ins []in
	for _, n := range benchNotes {
		f, t := flag.NoteTags(n)
		ins = append(ins, in{f, t})
	}
	var tr notemodel.Trace
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		x := &ins[i%len(ins)]
		m.JudgeTrace(x.folded, x.tags, &tr)
		i++
	}
}

// BenchmarkTags finds a note's structural tags and concepts, as the
// note-model rule does for every card.
func BenchmarkTags(b *testing.B) {
	var folded []string
	for _, n := range benchNotes {
		f, _ := flag.NoteTags(n)
		folded = append(folded, f)
	}
	dst := make([]uint32, 0, 256)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		dst = notemodel.Tags(folded[i%len(folded)], dst[:0])
		i++
	}
}
