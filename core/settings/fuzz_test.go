package settings

import (
	"encoding/json"
	"fmt"
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

// FuzzFromStored feeds arbitrary JSON text to FromStored, Readable and
// Keeping, as storage may hold it after any version wrote it: they never
// panic, accepted settings are valid, and what Tree writes back is read
// again to the same settings, a newer version's kept the same; and the
// settings this version knows read the same without the ones it keeps;
// exported (Export), they import (Saved) to the same settings.
func FuzzFromStored(f *testing.F) {
	for _, seed := range []string{
		`{}`, `null`, `"x"`, `{"auto_archive":{"days":30},"rules":{"deepfake-photo":true,"no-mutuals":false}}`,
		`{"pacing":{"max_per_day":"many","min_delay_ms":5},"templates":{"follow_up":null}}`,
		`{"rules":{"Foo Bar":true,"new-rule":1},"strictness":"paranoid","x.y":1}`,
		`{"templates":[],"pacing":{"a.b":1},"ledger_limit":50000,"extra":null}`,
		`{"templates":{"no-mutuals":"x"},"rules":{"no-mutuals":false}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var tree any
		if json.Unmarshal(data, &tree) != nil {
			return
		}
		Readable(tree, knownRules).Tree()
		Defaults().Keeping(tree, knownRules).Tree()
		s, earlier, err := FromStored(tree, knownRules)
		var without any
		_ = json.Unmarshal(data, &without)
		for k, v := range Defaults().Keeping(tree, knownRules).kept {
			if obj, ok := without.(map[string]any)[k].(map[string]any); ok && (k == "templates" || k == "pacing" || k == "rules") {
				for m := range v.(map[string]any) {
					delete(obj, m)
				}
				continue
			}
			delete(without.(map[string]any), k)
		}
		sw, earlierW, errW := FromStored(without, knownRules)
		known := func(s Settings) string { s.kept = nil; return fmt.Sprintf("%+v", s) }
		if a, b := fmt.Sprint(known(s), earlier, err), fmt.Sprint(known(sw), earlierW, errW); a != b {
			t.Fatalf("read differently without the kept settings:\n%s\n%s", a, b)
		}
		if a, b := known(Readable(tree, knownRules)), known(Readable(without, knownRules)); a != b {
			t.Fatalf("readable differently without the kept settings:\n%s\n%s", a, b)
		}
		if err != nil || earlier {
			return
		}
		if verr := s.Validate(knownRules); verr != nil {
			t.Fatalf("accepted settings do not validate: %v", verr)
		}
		written := s.Tree()
		file, _, err := Saved(Export(tree, knownRules), knownRules)
		if err != nil {
			t.Fatalf("exported, refused on import: %v", err)
		}
		if a, b := fmt.Sprint(written), fmt.Sprint(file.Keeping(nil, knownRules).Tree()); a != b {
			t.Fatalf("exported, imported differently:\n%s\n%s", a, b)
		}
		again, _, err := FromStored(any(written), knownRules)
		if err != nil {
			t.Fatalf("written back, refused: %v", err)
		}
		a, _ := json.Marshal(written)
		b, _ := json.Marshal(again.Tree())
		if string(a) != string(b) {
			t.Fatalf("written back, read differently:\n%s\n%s", a, b)
		}
	})
}
