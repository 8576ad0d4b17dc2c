package verdict

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vetted/vetted/core/text"
)

func TestRecruiterAndSalesTitles(t *testing.T) {
	tests := []struct {
		headline         string
		recruiter, sales string
	}{
		{"Senior Technical Recruiter at Initech", "recruiter", ""},
		{"Recruitment Consultant | IT & Engineering", "recruitment", ""},
		{"Talent Acquisition Partner", "talent acquisition", ""},
		{"Head of Talent @ Startup", "head of talent", ""},
		{"Headhunterin für Führungskräfte", "headhunterin", ""},
		{"Personalberaterin, Executive Search", "executive search", ""},
		{"Chargée de recrutement", "recrutement", ""},
		{"Reclutadora IT", "reclutadora", ""},
		{"Account Executive | Cloud", "", "account executive"},
		{"Sales Engineer at Initech", "", "sales"},
		{"SDR at Foo", "", "sdr"},
		{"Business Development Manager", "", "business development"},
		{"Vertriebsleiterin DACH", "", "vertriebsleiterin"},
		{"Key Account Manager", "", "key account"},
		{"Salesforce Developer", "", ""},
		{"Wholesales analyst", "", ""},
		{"Unrecruitable data nerd", "", ""},
		{"Data engineer, talented cook", "", ""},
		{"", "", ""},
	}
	j := New(nil)
	for _, tt := range tests {
		h := text.Fold(tt.headline)
		found := j.head.find(h)
		assert.Equal(t, tt.recruiter, titleOf(h, found[headRecruiter], recruiterTitles, recruiterStems), tt.headline)
		assert.Equal(t, tt.sales, titleOf(h, found[headSales], salesTitles, salesStems), tt.headline)
	}
}

func TestPhraseListsAreFolded(t *testing.T) {
	for _, list := range [][]string{recruiterTitles, recruiterStems, salesTitles, salesStems, contextPhrases} {
		for _, p := range list {
			assert.Equal(t, text.Fold(p), p, "phrase lists must be written folded")
		}
	}
}

func TestStemIndex(t *testing.T) {
	assert.Equal(t, 0, stemIndex("recruiter", []string{"recruit"}))
	assert.Equal(t, 0, stemIndex("it-recruiter", []string{"recruit"}))
	assert.Equal(t, -1, stemIndex("unrecruitable", []string{"recruit"}))
	assert.Equal(t, 1, stemIndex("ab unrecruit recrut", []string{"recruit", "recrut"}))
	assert.Equal(t, "recruiter", wordAt("it-recruiter team", "recruit"))
	assert.Equal(t, "recruit", wordAt("none", "recruit"))
}

// TestStemIndexByWords checks stemIndex against its definition, a word at
// a time, on folded headlines of many kinds, stems at every place.
func TestStemIndexByWords(t *testing.T) {
	byWords := func(s string, stems []string) int {
		best := -1
		for i, j, ok := text.NextWord(s, 0); ok; i, j, ok = text.NextWord(s, j) {
			for k, stem := range stems {
				if (best < 0 || k < best) && strings.HasPrefix(s[i:], stem) {
					best = k
				}
			}
		}
		return best
	}
	words := []string{"recruiter", "unrecruitable", "vertriebs", "ä", "héadhunter", "王", "-", " ", "personalberater",
		"rrecrut", "r", "h", "p", "v", "😀", "ärecruit", "recrutement", "it", "&", "é"}
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 5000; round++ {
		var b strings.Builder
		for n := r.IntN(6); n >= 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
			if r.IntN(3) > 0 {
				b.WriteString(" ")
			}
		}
		s := text.Fold(b.String())
		for _, stems := range [][]string{recruiterStems, salesStems, {"recrut", "recruit"}} {
			assert.Equal(t, byWords(s, stems), stemIndex(s, stems), "%q", s)
		}
	}
}
