package notemodel_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/text"
)

// tiny is a hand-made model: "bitcoin" weighs towards scam, "hiring"
// towards recruiter.
func tiny(t *testing.T, temp float32) *notemodel.Model {
	m := notemodel.NewModel(4)
	m.Temp = temp
	for c := range m.Scale {
		m.Scale[c] = 0.05
	}
	var scam, rec [notemodel.NumClasses]int8
	scam[notemodel.Scam] = 100
	rec[notemodel.Recruiter] = 100
	require.NoError(t, m.Set(notemodel.WordHash("bitcoin"), scam))
	require.NoError(t, m.Set(notemodel.WordHash("hiring"), rec))
	return m
}

func TestJudgeMovesTowardsTheWeightedClass(t *testing.T) {
	m := tiny(t, 1)
	r := m.Judge(text.Fold("Bitcoin bitcoin"), nil)
	best, p := r.Best()
	assert.Equal(t, notemodel.Scam, best)
	assert.Greater(t, p, float32(0.9))
	assert.Equal(t, r.Probs[notemodel.Scam], r.BadProb()-r.Probs[notemodel.Spam]-r.Probs[notemodel.FakeRecruiter])
	sum := float32(0)
	for _, v := range r.Probs {
		sum += v
	}
	assert.InDelta(t, 1, sum, 1e-5)

	r = m.Judge(text.Fold("We are hiring"), nil)
	best, _ = r.Best()
	assert.Equal(t, notemodel.Recruiter, best)
	assert.Equal(t, 1, r.Known, "hiring's word feature, and nothing else known")

	r = m.Judge("", nil)
	assert.InDelta(t, 1.0/notemodel.NumClasses, r.Probs[notemodel.Legit], 1e-6, "nothing known: the bias alone")
}

func TestTemperatureFlattens(t *testing.T) {
	sharp := tiny(t, 1).Judge("bitcoin", nil)
	flat := tiny(t, 4).Judge("bitcoin", nil)
	assert.Greater(t, sharp.Probs[notemodel.Scam], flat.Probs[notemodel.Scam])
	assert.Greater(t, flat.Probs[notemodel.Scam], flat.Probs[notemodel.Legit], "the order stays")
}

func TestEncodeDecode(t *testing.T) {
	m := tiny(t, 0.8)
	m.Norm = true
	m.Bias[notemodel.Sales] = -0.5
	b := m.Encode()
	d, err := notemodel.Decode(b)
	require.NoError(t, err)
	assert.Equal(t, b, d.Encode(), "the same model encodes to the same bytes")
	assert.Equal(t, m.Judge("bitcoin hiring", nil), d.Judge("bitcoin hiring", nil))
	assert.Equal(t, 2, d.Len())

	for _, bad := range [][]byte{nil, []byte("VNM2"), b[:len(b)-1], append(append([]byte{}, b...), 0)} {
		_, err := notemodel.Decode(bad)
		assert.Error(t, err)
	}
}

func TestClassNames(t *testing.T) {
	for c := notemodel.Class(0); c < notemodel.NumClasses; c++ {
		got, ok := notemodel.ParseClass(c.String())
		assert.True(t, ok)
		assert.Equal(t, c, got)
	}
	_, ok := notemodel.ParseClass("ham")
	assert.False(t, ok)
	assert.True(t, notemodel.FakeRecruiter.Bad())
	assert.False(t, notemodel.Recruiter.Bad())
}

func TestFullModelRefusesMore(t *testing.T) {
	m := notemodel.NewModel(1)
	var w [notemodel.NumClasses]int8
	var err error
	for i := uint32(1); i < 100 && err == nil; i++ {
		err = m.Set(i, w)
	}
	assert.Error(t, err)
}

// TestJudgeSeesFeatures checks that JudgeTrace's written-out loops see
// exactly the features of Features: the same count, the same known ones,
// the same sums.
func TestJudgeSeesFeatures(t *testing.T) {
	m := notemodel.Default()
	for _, note := range []string{
		"", "Hi", "Hello dear, I trade b1tc0in with 30% weekly profit, WhatsApp +44 7700 900123",
		"c r y p t o and cry.pto", "Привет! Инвестиции в крипту", "こんにちは、お元気ですか",
		"We're hiring a Senior Go engineer (remote, €90k) — interested?", "$$$ @@@ 1234 5678 9012",
		"Ｃｒｙｐｔｏ and ünïcödé words", "a.b.c.d e@f g$h 4ever l33t",
	} {
		folded := text.Fold(note)
		tags := notemodel.Tags(folded, nil)
		var sums [notemodel.NumClasses]float64
		n, known := 0, 0
		notemodel.Features(folded, tags, func(f notemodel.Feature) {
			n++
			if w, ok := m.Weights(f.Hash); ok {
				known++
				for c := range sums {
					sums[c] += float64(w[c])
				}
			}
		})
		var tr notemodel.Trace
		r := m.JudgeTrace(folded, tags, &tr)
		assert.Equal(t, n, r.Features, note)
		assert.Equal(t, known, r.Known, note)
		assert.Equal(t, m.Judge(folded, tags), r, "the trace changes nothing: %s", note)
		div := 1.0
		if m.Norm && n > 0 {
			div = math.Sqrt(float64(n))
		}
		var z [notemodel.NumClasses]float64
		top := math.Inf(-1)
		for c := range z {
			z[c] = (float64(m.Bias[c]) + sums[c]/div) / float64(m.Temp)
			top = math.Max(top, z[c])
		}
		total := 0.0
		for c := range z {
			z[c] = math.Exp(z[c] - top)
			total += z[c]
		}
		for c := range z {
			assert.InDelta(t, z[c]/total, r.Probs[c], 1e-4, "%s: class %d", note, c)
		}
	}
}

func TestExplainJoinsPhrases(t *testing.T) {
	m := notemodel.NewModel(8)
	m.Bias[notemodel.Legit] = 2
	for c := range m.Scale {
		m.Scale[c] = 0.05
	}
	var w [notemodel.NumClasses]int8
	w[notemodel.Sales] = 60
	for _, word := range []string{"quick", "minute", "call", "demo"} {
		require.NoError(t, m.Set(notemodel.WordHash(word), w))
	}
	quote := func(note string) []string {
		folded := text.Fold(note)
		var out []string
		for _, s := range m.Explain(folded, nil, notemodel.Sales, 3) {
			out = append(out, folded[s.Start:s.End])
		}
		return out
	}
	assert.Equal(t, []string{"quick 15-minute call"}, quote("Up for a quick 15-minute call?"), "across a number and a hyphen")
	assert.Equal(t, []string{"quick", "call"}, quote("Quick! Call me"), "not across punctuation")
	assert.Equal(t, []string{"quick", "demo"}, quote("A quick product demo"), "not across a word that says something")
	assert.Empty(t, quote("Hello there"))
}

func TestKindCountsFakeRecruitersAsRecruiters(t *testing.T) {
	kind := func(legit, rec, fake, sales, scam float32) notemodel.Class {
		var r notemodel.Result
		r.Probs[notemodel.Legit], r.Probs[notemodel.Recruiter], r.Probs[notemodel.FakeRecruiter] = legit, rec, fake
		r.Probs[notemodel.Sales], r.Probs[notemodel.Scam] = sales, scam
		return r.Kind()
	}
	assert.Equal(t, notemodel.Recruiter, kind(0.4, 0.25, 0.2, 0.15, 0), "a job offer, genuine or not, beats a legitimate note")
	assert.Equal(t, notemodel.Legit, kind(0.4, 0.25, 0.1, 0.25, 0))
	assert.Equal(t, notemodel.Sales, kind(0.2, 0.2, 0.1, 0.35, 0.15))
	assert.Equal(t, notemodel.Legit, kind(0.1, 0.05, 0, 0.05, 0.8), "scams aside: the largest of the three kinds")
}

func TestExplainQuotesTheWordsOfAConcept(t *testing.T) {
	// Only the concept tags weigh: "cx:crypto" towards scam, and the
	// pair of crypto and messenger more; no word is known to the model.
	m := notemodel.NewModel(8)
	for c := range m.Scale {
		m.Scale[c] = 0.05
	}
	var w [notemodel.NumClasses]int8
	w[notemodel.Scam] = 60
	require.NoError(t, m.Set(notemodel.TagHash("cx:crypto"), w))
	require.NoError(t, m.Set(notemodel.TagHash("cx:crypto+messenger"), w))
	quote := func(note string) []string {
		folded := text.Fold(note)
		var out []string
		for _, s := range m.Explain(folded, notemodel.Tags(folded, nil), notemodel.Scam, 3) {
			out = append(out, folded[s.Start:s.End])
		}
		return out
	}
	for _, tc := range []struct {
		note string
		want []string
	}{
		{"I made a fortune with Bitcoin last year", []string{"bitcoin"}},
		{"Ich handle mit Krypto, schreib mir", []string{"krypto"}},
		{"Crypto tips daily, add me on WhatsApp", []string{"crypto", "whatsapp"}},
		{"Nice to meet you at the conference", nil},
	} {
		assert.Equal(t, tc.want, quote(tc.note), tc.note)
	}
}
