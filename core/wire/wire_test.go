package wire_test

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os/exec"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/session"
	"github.com/vetted/vetted/core/wire"
)

// fill sets every field that encoding/json sees to a value that is not
// zero: slices and maps of two elements, pointers set, down to a depth.
func fill(r *rand.Rand, v reflect.Value, depth int) {
	strs := []string{`plain`, `quote " back \ slash`, "<b>&amp;</b>", "new\nline\ttab\x01", "ünï ✓ 😀 \u2028", `{"not":"json"}`}
	switch v.Kind() {
	case reflect.String:
		v.SetString(strs[r.IntN(len(strs))] + strconv.Itoa(r.IntN(100)))
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n := r.Int64N(1<<62) - 1<<61
		if v.OverflowInt(n) {
			n = int64(r.IntN(100) + 1)
		}
		v.SetInt(n)
	case reflect.Pointer:
		if depth > 4 {
			return
		}
		v.Set(reflect.New(v.Type().Elem()))
		fill(r, v.Elem(), depth+1)
	case reflect.Slice:
		if depth > 4 {
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := 0; i < 2; i++ {
			fill(r, v.Index(i), depth+1)
		}
	case reflect.Map:
		v.Set(reflect.MakeMap(v.Type()))
		for i := 0; i < 2; i++ {
			k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
			fill(r, k, depth+1)
			fill(r, e, depth+1)
			v.SetMapIndex(k, e)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if f := v.Type().Field(i); f.IsExported() && f.Tag.Get("json") != "-" {
				fill(r, v.Field(i), depth+1)
			}
		}
	default:
		panic("fill: " + v.Type().String())
	}
}

func filled[T any](seed uint64) T {
	var x T
	fill(rand.New(rand.NewPCG(seed, 7)), reflect.ValueOf(&x).Elem(), 0)
	return x
}

// generic reads JSON text as encoding/json's generic tree, numbers exact.
func generic(t *testing.T, text []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(text))
	d.UseNumber()
	var v any
	require.NoError(t, d.Decode(&v), string(text))
	return v
}

func appended(t *testing.T, v any) []byte {
	t.Helper()
	b, ok := wire.Append(nil, v)
	require.True(t, ok, "Append writes %T", v)
	require.True(t, json.Valid(b), string(b))
	return b
}

func TestAppendAgreesWithEncodingJSON(t *testing.T) {
	values := []any{session.Scan{}, session.Step{}, session.Saved{}, &session.Scan{}, (*session.Step)(nil), session.Saved{Saved: true}, session.Corrected{}}
	for seed := uint64(0); seed < 20; seed++ {
		values = append(values, filled[session.Scan](seed), filled[session.Step](seed), filled[*session.Step](seed), filled[*session.Corrected](seed))
	}
	for _, v := range values {
		std, err := json.Marshal(v)
		require.NoError(t, err)
		assert.Equal(t, generic(t, std), generic(t, appended(t, v)), "%T", v)
	}
	_, ok := wire.Append(nil, map[string]bool{"saved": true})
	assert.False(t, ok, "a type wire does not write")
}

func TestDecodeAgreesWithEncodingJSON(t *testing.T) {
	reqs := []session.Request{{}, {Op: "scan", Judged: &session.Judged{}, Job: &session.Job{}}}
	recs := []session.Record{{}, {Entry: filled[session.Record](1).Entry}}
	for seed := uint64(0); seed < 20; seed++ {
		reqs = append(reqs, filled[session.Request](seed))
		recs = append(recs, filled[session.Record](seed))
	}
	for _, want := range reqs {
		text, err := json.Marshal(want)
		require.NoError(t, err)
		got, err := wire.DecodeRequest(string(text))
		require.NoError(t, err)
		assert.Equal(t, want, got)
		var std session.Request
		require.NoError(t, json.Unmarshal(text, &std))
		assert.Equal(t, std, got)
	}
	for _, want := range recs {
		text, err := json.Marshal(want)
		require.NoError(t, err)
		got, err := wire.DecodeRecord(string(text))
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}

// TestRoundTrip: what the core writes in a step (the job, the decision-log
// entry) it reads back as the shell returns it.
func TestRoundTrip(t *testing.T) {
	for seed := uint64(0); seed < 10; seed++ {
		step := filled[session.Step](seed)
		out := generic(t, appended(t, &step)).(map[string]any)
		req, err := json.Marshal(map[string]any{"op": "observe", "job": out["job"], "elapsed": 5})
		require.NoError(t, err)
		got, err := wire.DecodeRequest(string(req))
		require.NoError(t, err)
		assert.Equal(t, step.Job, got.Job)
		assert.Equal(t, 5, got.Elapsed)
		rec, err := json.Marshal(map[string]any{"op": "record", "entry": out["record"]})
		require.NoError(t, err)
		r, err := wire.DecodeRecord(string(rec))
		require.NoError(t, err)
		assert.Equal(t, step.Record, r.Entry)
	}
}

// addUnknown puts a key no type has into every object of a generic tree.
func addUnknown(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			x[k] = addUnknown(e)
		}
		x["zzUnknown"] = []any{1, map[string]any{"a": nil}, "s"}
	case []any:
		for i, e := range x {
			x[i] = addUnknown(e)
		}
	}
	return v
}

func TestUnknownKeysAreIgnored(t *testing.T) {
	for seed := uint64(0); seed < 5; seed++ {
		want := filled[session.Request](seed)
		text, err := json.Marshal(want)
		require.NoError(t, err)
		text, err = json.Marshal(addUnknown(generic(t, text)))
		require.NoError(t, err)
		require.Contains(t, string(text), "zzUnknown")
		got, err := wire.DecodeRequest(string(text))
		require.NoError(t, err)
		assert.Equal(t, want, got)
	}
}

func TestBadInputIsAnError(t *testing.T) {
	for _, c := range []struct{ text, where string }{
		{``, "end"},
		{`{"op":"scan"`, "offset"},
		{`{"op":"scan"} x`, "after the value"},
		{`"scan"`, "not an object"},
		{`[]`, "not an object"},
		{`{"op":1}`, "op is not a string"},
		{`{"now":"5"}`, "now is not a number"},
		{`{"now":1.5}`, "now is not a whole number"},
		{`{"hint":99999999999999999999}`, "hint is not a whole number"},
		{`{"judged":[]}`, "judged is not an object"},
		{`{"judged":{"flags":"a"}}`, "judged.flags is not an array"},
		{`{"judged":{"flags":["a",1]}}`, "judged.flags is not a string"},
		{`{"job":{"plan":{"Compose":"yes"}}}`, "job.plan.Compose is not true or false"},
		{`{"job":{"before":{"Dialogs":true}}}`, "job.before.Dialogs is not a number"},
		{`{"op":"\ud800x\q"}`, "offset"},
	} {
		_, err := wire.DecodeRequest(c.text)
		if assert.Error(t, err, c.text) {
			assert.Contains(t, err.Error(), c.where, c.text)
		}
		var std session.Request
		assert.Error(t, json.Unmarshal([]byte(c.text), &std), "encoding/json refuses %s too", c.text)
	}
	_, err := wire.DecodeRecord(`{"entry":{"At":"yesterday"}}`)
	assert.ErrorContains(t, err, "entry.At is not a number")
}

func TestNullLeavesTheZeroValue(t *testing.T) {
	text := `{"op":null,"now":null,"judged":null,"job":{"plan":null,"judged":{"flags":null}},"hint":null}`
	got, err := wire.DecodeRequest(text)
	require.NoError(t, err)
	var std session.Request
	require.NoError(t, json.Unmarshal([]byte(text), &std))
	assert.Equal(t, std, got)
	assert.Equal(t, session.Request{Job: &session.Job{}}, got)
}

func TestReply(t *testing.T) {
	assert.Equal(t, `{}`, wire.Reply("", "", "", false, nil))
	assert.Equal(t, `{"error":"bad \"x\"","problem":"p"}`, wire.Reply(`bad "x"`, "p", "", false, nil))
	assert.Equal(t, `{"saving":"quota \"1\"","full":true}`, wire.Reply("", "", `quota "1"`, true, nil))
	assert.Equal(t, `{"result":{"saved":true}}`, wire.Reply("", "", "", false, session.Saved{Saved: true}))
	assert.Equal(t, `{"error":"e","result":null}`, wire.Reply("e", "", "", false, (*session.Scan)(nil)))
	assert.Equal(t, `{"error":"Vetted's core could not write its answer"}`, wire.Reply("", "", "", false, 3))
	step := filled[session.Step](3)
	std, err := json.Marshal(map[string]any{"problem": "settings", "saving": "full", "result": step})
	require.NoError(t, err)
	assert.Equal(t, generic(t, std), generic(t, []byte(wire.Reply("", "settings", "full", false, &step))))
}

// lookalike reports whether text has an object with a repeated key or a key
// that matches a field's only in case, where encoding/json and wire differ
// (see the package doc).
func lookalike(text string) bool {
	names := map[string]string{}
	walked := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(t reflect.Type) {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || walked[t] {
			return
		}
		walked[t] = true
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if name == "" {
				name = f.Name
			}
			if _, seen := names[strings.ToLower(name)]; !seen {
				names[strings.ToLower(name)] = name
			}
			// Every struct type is walked once, whatever its field is
			// called: a name seen before ("run" in Request and in
			// BulkRun) must not hide the keys of a type not seen yet.
			walk(f.Type)
		}
	}
	walk(reflect.TypeFor[session.Request]())
	d := json.NewDecoder(strings.NewReader(text))
	var stack []map[string]bool
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		switch x := tok.(type) {
		case json.Delim:
			switch x {
			case '{':
				stack = append(stack, map[string]bool{})
			case '}':
				stack = stack[:len(stack)-1]
			}
		case string:
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				// Every string at an object's level may be a key: a
				// lookalike by mistake only skips a comparison.
				if top[x] {
					return true
				}
				top[x] = true
				if n, ok := names[strings.ToLower(x)]; ok && n != x {
					return true
				}
			}
		}
	}
}

// FuzzDecodeRequest: any text is read or refused, never a panic; where
// encoding/json reads it too (no repeated or case-changed keys), both
// read the same request.
func FuzzDecodeRequest(f *testing.F) {
	for seed := uint64(0); seed < 3; seed++ {
		text, err := json.Marshal(filled[session.Request](seed))
		require.NoError(f, err)
		f.Add(string(text))
	}
	for _, s := range []string{`{"op":"scan","now":1e3}`, `{"judged":{"flags":[null]}}`, `{"job":null}`, `{"Op":"x"}`, `[{}]`, `{"hint":-0}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, err := wire.DecodeRequest(text)
		var std session.Request
		stdErr := json.Unmarshal([]byte(text), &std)
		if err != nil || stdErr != nil || lookalike(text) {
			return
		}
		if !reflect.DeepEqual(std, got) {
			t.Fatalf("%q: wire read %+v, encoding/json %+v", text, got, std)
		}
	})
}

// TestWasmBuildsLinkNoEncodingJSON: the WebAssembly builds read and write
// JSON with this package and jsontree; encoding/json with reflect and fmt
// would add about 300 KB gzip to each. Nor do they link regexp or time.
func TestWasmBuildsLinkNoEncodingJSON(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	gobin, err := exec.LookPath("go")
	require.NoError(t, err, "the go command")
	for _, tags := range []string{"", "pages"} { // core.wasm, pages.wasm
		cmd := exec.Command(gobin, "list", "-deps", "-tags", tags, "../../wasm")
		cmd.Env = append(cmd.Environ(), "GOOS=js", "GOARCH=wasm")
		out, err := cmd.CombinedOutput()
		require.NoError(t, err, string(out))
		deps := strings.Fields(string(out))
		require.Contains(t, deps, "github.com/vetted/vetted/wasm", "go list answered")
		for _, d := range deps {
			// DESIGN §8: no fmt, regexp, encoding/json or time in the wasm build.
			assert.False(t, d == "encoding/json" || d == "reflect" || d == "fmt" || d == "regexp" || d == "time", "the wasm build (tags %q) links %s", tags, d)
		}
	}
}
