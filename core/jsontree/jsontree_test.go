package jsontree_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/jsontree"
)

func std(t *testing.T, s string) any {
	t.Helper()
	var v any
	require.NoError(t, json.Unmarshal([]byte(s), &v))
	return v
}

func TestParseAgreesWithEncodingJSON(t *testing.T) {
	for _, s := range []string{
		`{"version":1,"seq":17,"features":[{"id":"f3a9c01","label":"quick call","accept":0.5,"types":{"recruiter":2}}],"reported":[]}`,
		` [1, -2.5e3, 0, 0.25, 1E-2, true, false, null, "", {}, []] `,
		`"esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \u2028"`,
		`{"a":1,"a":2}`,
		`"plain ünïcödé ✓"`,
		`123456789012345`,
		`"lone \ud83d then \u0041, \ud83d\ud83d\ude00"`,
		`"hex digits \u00E9 \u00e9 \uFFFD \u0aBc"`,
		"\"bad \xa6 byte\"",
	} {
		got, err := jsontree.Parse(s)
		require.NoError(t, err, s)
		assert.Equal(t, std(t, s), got, s)
	}
}

func TestParseRefuses(t *testing.T) {
	deep := ""
	for i := 0; i < 100; i++ {
		deep += "["
	}
	for _, s := range []string{``, `{`, `[1,]`, `{"a" 1}`, `{a:1}`, `01`, `1.`, `-`, `1e`, `"abc`, "\"a\nb\"", `"\x"`, `"\u12"`, `"\u12g4"`, `"\u-123"`, `"\u 123"`, `tru`, `1 2`, `[1}`, `1e999`, deep} {
		_, err := jsontree.Parse(s)
		assert.Error(t, err, "%q", s)
	}
}

func TestAppendRoundTrip(t *testing.T) {
	tree := map[string]any{
		"version": 1.0, "big": 1e21, "small": 0.1, "neg": -3.0, "int": 7,
		"s": "quote \" backslash \\ nl \n ctl \x01 é ✓", "list": []any{true, false, nil, []any{}}, "obj": map[string]any{},
	}
	text := string(jsontree.Append(nil, tree))
	assert.Contains(t, text, `"version":1}`)
	assert.Contains(t, text, `\u0001`)
	back, err := jsontree.Parse(text)
	require.NoError(t, err)
	want := std(t, text)
	assert.Equal(t, want, back)
	assert.Equal(t, 7.0, back.(map[string]any)["int"])
	assert.Equal(t, "quote \" backslash \\ nl \n ctl \x01 é ✓", back.(map[string]any)["s"])
	// Invalid UTF-8 becomes U+FFFD, still valid JSON.
	assert.Equal(t, "\"a\ufffdb\"", string(jsontree.Append(nil, "a\xffb")))
	assert.True(t, json.Valid(jsontree.Append(nil, "a\xffb")))
}

func FuzzParse(f *testing.F) {
	f.Add(`{"a":[1,2,{"b":"c"}]}`)
	f.Add(`"\ud83d\ude00"`)
	f.Fuzz(func(t *testing.T, s string) {
		v, err := jsontree.Parse(s)
		var w any
		stdErr := json.Unmarshal([]byte(s), &w)
		if err != nil {
			return
		}
		if stdErr == nil {
			assert.Equal(t, w, v)
		}
		again, err := jsontree.Parse(string(jsontree.Append(nil, v)))
		require.NoError(t, err)
		assert.Equal(t, v, again)
	})
}

func TestParseNumbersKeepsTheText(t *testing.T) {
	v, err := jsontree.ParseNumbers(`{"a":[9007199254740993,-0,1.50,2e3],"b":"1"}`)
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"a": []any{jsontree.Number("9007199254740993"), jsontree.Number("-0"), jsontree.Number("1.50"), jsontree.Number("2e3")}, "b": "1"}, v)
	_, err = jsontree.ParseNumbers(`[01]`)
	assert.Error(t, err)
	_, err = jsontree.ParseNumbers(`1 2`)
	assert.Error(t, err)
	assert.Equal(t, `"a\"\\\n\u0001`+"\ufffd\"", string(jsontree.AppendString(nil, "a\"\\\n\x01\xff")))
}

// Over gives a writer a copy of the object it read, never the object
// itself, and a new object when it read none.
func TestOver(t *testing.T) {
	src := map[string]any{"known": 1.0, "newer": map[string]any{"a": true}}
	o := jsontree.Over(src)
	assert.Equal(t, src, o)
	o["known"] = 2.0
	delete(o, "newer")
	assert.Equal(t, map[string]any{"known": 1.0, "newer": map[string]any{"a": true}}, src, "src is not changed")
	empty := jsontree.Over(nil)
	require.NotNil(t, empty)
	assert.Empty(t, empty)
}
