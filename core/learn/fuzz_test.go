package learn_test

import (
	"encoding/json"
	"testing"

	"github.com/vetted/vetted/core/learn"
)

// FuzzFromTree feeds arbitrary JSON to the state decoder: it never
// panics, and a state it accepts encodes back to one that decodes to the
// same thing and can judge and learn.
func FuzzFromTree(f *testing.F) {
	m := learn.New()
	for _, c := range []string{pitch1.Note, pitch2.Note, friend1.Note} {
		cc := pitch1
		cc.Note = c
		s := ctx.Sample(&cc)
		_ = m.Record(&s, learn.Decision{Action: learn.ActionReport})
	}
	good, _ := json.Marshal(m.Tree())
	f.Add(good)
	f.Add([]byte(`{"version":1,"seq":0,"accept":0,"ignore":0,"accepted":0,"ignored":0,"corrected":0}`))
	f.Add([]byte(`{"version":1,"seq":1,"accept":0,"ignore":1,"accepted":0,"ignored":1,"corrected":0,"features":[{"id":"f00000g"}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var tree any
		if json.Unmarshal(data, &tree) != nil {
			return
		}
		m, err := learn.FromTree(tree)
		if err != nil {
			if m != nil {
				t.Fatal("a refused state returned a model")
			}
			return
		}
		a, err := json.Marshal(m.Tree())
		if err != nil {
			t.Fatal(err)
		}
		var back any
		if err := json.Unmarshal(a, &back); err != nil {
			t.Fatal(err)
		}
		m2, err := learn.FromTree(back)
		if err != nil {
			t.Fatalf("the encoded state does not decode: %v", err)
		}
		b, _ := json.Marshal(m2.Tree())
		if string(a) != string(b) {
			t.Fatalf("round trip changed the state:\n%s\n%s", a, b)
		}
		s := sample(pitchNew)
		r := m2.Judge(s)
		if r.Strength < 0 || r.Strength > 1 || r.NEvidence > learn.MaxEvidence {
			t.Fatalf("bad result %+v", r)
		}
		if err := m2.Record(s, learn.Decision{Action: learn.ActionIgnore}); err != nil {
			t.Fatal(err)
		}
		if m2.Len() > learn.MaxFeatures || len(m2.ReportedList()) > learn.MaxReported {
			t.Fatal("over the bounds")
		}
	})
}
