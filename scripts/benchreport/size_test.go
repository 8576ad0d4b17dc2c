package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sizeTraps are functions that once made core.wasm larger for little and
// come back unseen with one innocent call, with what to do instead.
var sizeTraps = map[string]string{
	"strconv.ParseInt":          "its *NumError links strconv's quoting and tables of printable characters: read digits by hand (text.Digits, wire's wholeNumber)",
	"strconv.ParseUint":         "as strconv.ParseInt",
	"strconv.Atoi":              "as strconv.ParseInt",
	"strconv.ParseFloat":        "as strconv.ParseInt, plus float parsing: jsontree.ParseNumbers keeps numbers as text",
	"strconv.Quote":             "quoting and tables of printable characters: quote by hand (settings' quote)",
	"strconv.AppendQuote":       "as strconv.Quote",
	"strconv.appendQuotedWith":  "as strconv.Quote (strconv.Quote, AppendQuote or a NumError's Error)",
	"fmt.Sprintf":               "fmt links reflect: build strings with + and strconv.Itoa",
	"fmt.Errorf":                "as fmt.Sprintf: errors.New",
	"encoding_json.Marshal":     "encoding/json links reflect and fmt: core/wire writes session's types",
	"encoding_json.Unmarshal":   "as encoding_json.Marshal",
	"reflect.Value.Interface":   "reflect: core/wire's tables, made by core/cmd/wiregen",
	"strings.__Replacer_.build": "strings.NewReplacer: a generic replacer and its trie; write the few replacements by hand",
	"regexp.Compile":            "regexp's compiler and syntax tables: match by hand (core/text)",
	"regexp.MustCompile":        "as regexp.Compile",
	"sort.Slice":                "reflectlite's swapper: slices.SortFunc, or no sort",
	"github.com_vetted_vetted_core_wire.appendSessionScan": "one function per type: core/wire's codec reads tables (codec.go)",
}

// closureName matches the end of the name of a function literal's
// function: "pkg.F.func1", "pkg.F.func1.2"; in a function G inlined into
// F, "pkg.F.G.func1".
var closureName = regexp.MustCompile(`(\.func\d+)?(\.\d+)*$`)

// inlinedClosure tells whether a function is a function literal's that
// was inlined with the function that holds it: its name less the literal's
// number ("pkg.F.G") names no function of the module.
func inlinedClosure(name string, names map[string]bool) bool {
	m := closureName.FindStringIndex(name)
	return m[0] < len(name) && !names[name[:m[0]]]
}

// ours tells whether a function is of this module.
func ours(name string) bool {
	return strings.HasPrefix(name, "github.com_vetted_vetted_") || strings.HasPrefix(name, "main.")
}

// copyOf tells whether two function bodies of the same size are copies:
// they differ in under 2 % of their bytes (a copy differs where the code
// refers to its own function index).
func copyOf(a, b []byte) bool {
	diff := 0
	for i := range a {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff*50 < len(a)
}

// TestCoreWasmAvoidsSizeTraps builds core.wasm (as scripts/build.sh does,
// with the names that -s would strip) and checks that it calls none of
// sizeTraps nor slices' generic sorts, that no package builds big tables when it starts (a map
// literal, or a composite literal that refers to a variable set by a
// function call, is built by code in the package's init function instead
// of laid out as data), that core/wire stays a table-driven codec and that
// no closure of ours is there twice (a function that holds a function
// literal, inlined at several calls, brings a copy of it to each).
// core.wasm's budget is 900 KB gzip (BENCHMARKS.md).
func TestCoreWasmAvoidsSizeTraps(t *testing.T) {
	if testing.Short() {
		t.Skip("builds core.wasm")
	}
	out := filepath.Join(t.TempDir(), "core.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, "../../wasm")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	msg, err := cmd.CombinedOutput()
	require.NoError(t, err, string(msg))
	mod, err := os.ReadFile(out)
	require.NoError(t, err)
	funcs, _, err := funcSizes(mod)
	require.NoError(t, err)
	require.Greater(t, len(funcs), 1000, "core.wasm has a name section")

	wire := 0
	names := map[string]bool{}
	for _, f := range funcs {
		names[f.Name] = true
	}
	copies := map[int][]funcSize{} // our code's closures of inlined functions, by size
	for _, f := range funcs {
		if why, ok := sizeTraps[f.Name]; ok {
			t.Errorf("core.wasm links %s: %s", f.Name, why)
		}
		if strings.HasPrefix(f.Name, "slices.pdqsort") || strings.HasPrefix(f.Name, "slices.stable") {
			t.Errorf("core.wasm links %s: slices' sorts are compiled again for each kind of element (9 to 26 KB each); sort with core/order", f.Name)
		}
		if strings.HasSuffix(f.Name, ".init") && f.Bytes > 24_000 {
			t.Errorf("%s is %d bytes of code: a package's tables are built when it starts (map literals, or literals that refer to variables a function call sets); lay them out as data (slices of structs, no calls before them)", f.Name, f.Bytes)
		}
		if packageOf(f.Name) == "core/wire" {
			wire += f.Bytes
		}
		if ours(f.Name) && f.Bytes >= 200 && inlinedClosure(f.Name, names) {
			for _, other := range copies[f.Bytes] {
				if copyOf(f.Body, other.Body) {
					t.Errorf("core.wasm has two copies of a closure (%d bytes): %s and %s; a function that holds a function literal was inlined at two calls. Name the literal's function, or mark the function //go:noinline", f.Bytes, other.Name, f.Name)
				}
			}
			copies[f.Bytes] = append(copies[f.Bytes], f)
		}
	}
	assert.Less(t, wire, 64_000, "core/wire's code: one codec over generated tables, not a function per type")
}
