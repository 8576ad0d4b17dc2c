package flag

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/notemodel"
	"github.com/vetted/vetted/core/settings"
)

// wordModel knows one word, which makes a note a sure scam.
func wordModel(t *testing.T, word string) *notemodel.Model {
	m := notemodel.NewModel(2)
	m.Bias[notemodel.Legit] = 2
	for c := range m.Scale {
		m.Scale[c] = 0.05
	}
	var w [notemodel.NumClasses]int8
	w[notemodel.Scam] = 120
	require.NoError(t, m.Set(notemodel.WordHash(word), w))
	return m
}

func TestNoteModelQuotesTheNoteAsWritten(t *testing.T) {
	x := NewContext(nil)
	x.Model = wordModel(t, "bitcoin")
	c := noted("Grow your savings with B\u0456tco\u0456n today") // Cyrillic і
	hits := x.Evaluate(&c, nil, nil)
	var h Hit
	for _, hit := range hits {
		if hit.ID == NoteModel.ID {
			h = hit
		}
	}
	require.Equal(t, NoteModel.ID, h.ID, "hits %v", hits)
	assert.Equal(t, []string{"\"B\u0456tco\u0456n\""}, h.Evidence)
	assert.Equal(t, notemodel.Scam, h.Class)
	assert.Greater(t, h.Percent, uint8(90))
	assert.Equal(t, notemodel.Legit, h.Kind)
	assert.InDelta(t, 1, h.Strength, 0.1)
}

func TestNoteClassTitle(t *testing.T) {
	assert.Equal(t, "The note reads like a scam (92 %)", NoteClassTitle("scam", 92, "en-US"))
	assert.Equal(t, "Die Nachricht klingt nach Betrug (92 %)", NoteClassTitle("scam", 92, "de"))
	assert.Equal(t, "The note reads like a recruiter's (80 %)", NoteClassTitle("recruiter", 80, "fr"))
	assert.Equal(t, "Die Nachricht klingt nach einem falschen Jobangebot (70 %)", NoteClassTitle("fake_recruiter", 70, "de-AT"))
	assert.Equal(t, NoteModel.TitleDE, NoteClassTitle("nonsense", 1, "de"))
}

func TestBadStrengthRises(t *testing.T) {
	prev := 0.0
	for p := badFloor; p <= 1; p += 0.01 {
		s := badStrength(p)
		assert.GreaterOrEqual(t, s, prev)
		assert.LessOrEqual(t, s, 1.0)
		prev = s
	}
	assert.InDelta(t, 0.2, badStrength(badFloor), 1e-9)
	assert.InDelta(t, 0.5, badStrength(scamAt), 1e-9, "at scamAt the hit makes the 30 points of a scammer")
	assert.InDelta(t, 1, badStrength(1), 1e-9)
	assert.Equal(t, 30, int(badStrength(scamAt)*float64(NoteModel.Weight)+0.5))
}

func TestNoteTagsAreTheRulesLists(t *testing.T) {
	folded, tags := NoteTags("Guaranteed returns, message me on WhatsApp")
	assert.Equal(t, "guaranteed returns, message me on whatsapp", folded)
	has := map[uint32]bool{}
	for _, h := range tags {
		has[h] = true
	}
	assert.True(t, has[notemodel.TagHash("lx:money-strong")])
	assert.True(t, has[notemodel.TagHash("lx:messenger")] || has[notemodel.TagHash("lx:off-platform")])
	assert.False(t, has[notemodel.TagHash("lx:sales")])
	for i, n := range listNames {
		assert.NotEmpty(t, n, "phrase list %d has no name for the note model", i)
	}
}

// kindModel knows words that make a note a recruiter's (hiring: e^6 /
// (e^6 + e^2 + 4) = 97 %), a fake recruiter's and a recruiter's equally
// (gig: 2e^4.5 / (2e^4.5 + e^2 + 3) = 95 % together) and a personal one
// (meetup: e^5 / (e^5 + 5) = 97 %); the bias makes an unknown note
// legitimate at e^2 / (e^2 + 5) = 60 %.
func kindModel(t *testing.T) *notemodel.Model {
	m := notemodel.NewModel(4)
	m.Bias[notemodel.Legit] = 2
	for c := range m.Scale {
		m.Scale[c] = 0.05
	}
	set := func(word string, w [notemodel.NumClasses]int8) {
		require.NoError(t, m.Set(notemodel.WordHash(word), w))
	}
	set("hiring", [notemodel.NumClasses]int8{notemodel.Recruiter: 120})
	set("gig", [notemodel.NumClasses]int8{notemodel.Recruiter: 90, notemodel.FakeRecruiter: 90})
	set("meetup", [notemodel.NumClasses]int8{notemodel.Legit: 60})
	return m
}

func TestFoldedCarriesTheNoteReading(t *testing.T) {
	for _, tc := range []struct {
		name, note string
		modelOff   bool
		kind       notemodel.Class
		percent    int // 0: no reading
	}{
		{"recruiter", "We are hiring", false, notemodel.Recruiter, 97},
		{"fake recruiter counts as a recruiter", "A gig for you", false, notemodel.Recruiter, 95},
		{"personal", "Loved the meetup", false, notemodel.Legit, 97},
		{"nothing known", "Hello there", false, notemodel.Legit, 60},
		{"no note", "", false, notemodel.Legit, 0},
		{"note model off", "We are hiring", true, notemodel.Legit, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := settings.Defaults()
			if tc.modelOff {
				s.Rules = map[string]bool{NoteModel.ID: false}
			}
			x := NewContext(&s)
			x.Model = kindModel(t)
			c := noted(tc.note)
			for range 2 { // the second time from what the context kept of the note
				_, f := x.EvaluateTo(nil, &c, nil, nil)
				assert.Equal(t, tc.kind, f.Reading.Kind)
				assert.InDelta(t, tc.percent, int(f.Reading.Percent), 1)
			}
		})
	}
}
