package settings

import (
	"encoding/json"
	"testing"
)

// FuzzFromTree feeds arbitrary JSON text to FromTree: it never panics, a
// refused file gives the zero Settings, and accepted settings are valid and
// round-trip through Tree exactly.
func FuzzFromTree(f *testing.F) {
	for _, seed := range []string{
		`{}`, `null`, `[]`, `{"strictness":"strict","job_search":true}`,
		`{"competitors":["a","A"],"trusted":["https://x.com/in/a"," "]}`,
		`{"rules":{"no-mutuals":false,"x":1},"pacing":{"min_delay_ms":5,"max_delay_ms":1}}`,
		`{"templates":{"thank_you":"{x}"},"ledger_limit":1e9,"extra":null}`,
		`{"pacing":{"max_per_run":1.5,"max_per_hour":-0}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var tree any
		if json.Unmarshal(data, &tree) != nil {
			return
		}
		s, err := FromTree(tree, nil)
		if err != nil {
			if s.Rules != nil || s.Strictness != "" {
				t.Fatalf("refused file gave non-zero settings: %+v", s)
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if verr := s.Validate(nil); verr != nil {
			t.Fatalf("accepted settings do not validate: %v", verr)
		}
		again, err := FromTree(any(s.Tree()), nil)
		if err != nil {
			t.Fatalf("round trip refused: %v", err)
		}
		a, _ := json.Marshal(s)
		b, _ := json.Marshal(again)
		if string(a) != string(b) {
			t.Fatalf("round trip changed settings:\n%s\n%s", a, b)
		}
	})
}
