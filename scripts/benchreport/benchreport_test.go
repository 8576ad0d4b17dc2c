package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseBench(t *testing.T) {
	out := `goos: linux
BenchmarkExtractLinkedIn1000   	      18	  67149147 ns/op	     14892 cards/s	 5339754 B/op	   93025 allocs/op
BenchmarkExtractLinkedIn1000   	      20	  60000000 ns/op	     16000 cards/s	 5339754 B/op	   93025 allocs/op
BenchmarkExtractLinkedIn1000   	      21	  50000000 ns/op	     19000 cards/s	 5339754 B/op	   93025 allocs/op
BenchmarkJudge-2      	  326421	      4144 ns/op	    262450 cards/cpu-s	    241314 cards/s
BenchmarkBroken  	--- FAIL
PASS
ok  	github.com/vetted/vetted/core/page	11.044s
`
	res := parseBench(strings.NewReader(out))
	v, ok := res.median("BenchmarkExtractLinkedIn1000", "cards/s")
	require.True(t, ok)
	assert.Equal(t, 16000.0, v)
	v, ok = res.median("BenchmarkJudge", "cards/cpu-s")
	require.True(t, ok, "the -2 CPU suffix is dropped")
	assert.Equal(t, 262450.0, v)
	_, ok = res.median("BenchmarkBroken", "ns/op")
	assert.False(t, ok)
	m, _ := median([]float64{4, 1, 3, 2})
	assert.Equal(t, 2.5, m)
}

// leb encodes an unsigned LEB128 number.
func leb(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n != 0 {
			b = append(b, c|0x80)
			continue
		}
		return append(b, c)
	}
}

func section(id byte, body []byte) []byte {
	return append(append([]byte{id}, leb(len(body))...), body...)
}

func name(s string) []byte { return append(leb(len(s)), s...) }

func TestCodeByPackage(t *testing.T) {
	// One imported function (index 0), then three bodies (indices 1–3) of
	// 5, 200 and 7 bytes, named in a name section.
	imports := append(leb(2), name("gojs")...)
	imports = append(imports, name("runtime.ticks")...)
	imports = append(imports, 0, 0) // function, type 0
	imports = append(imports, name("gojs")...)
	imports = append(imports, name("mem")...)
	imports = append(imports, 2, 0, 1) // memory, min 1
	code := leb(3)
	for _, n := range []int{5, 200, 7} {
		code = append(code, leb(n)...)
		code = append(code, make([]byte, n)...)
	}
	names := leb(3)
	for i, n := range []string{"runtime.mallocgc", "github.com_vetted_vetted_core_flag.Evaluate", "github.com_vetted_vetted_core_flag.init"} {
		names = append(names, leb(i+1)...)
		names = append(names, name(n)...)
	}
	custom := append(name("name"), append([]byte{1}, append(leb(len(names)), names...)...)...)
	mod := append([]byte("\x00asm\x01\x00\x00\x00"), section(2, imports)...)
	mod = append(mod, section(10, code)...)
	mod = append(mod, section(0, custom)...)

	sizes, total, err := codeByPackage(mod)
	require.NoError(t, err)
	assert.Equal(t, len(code), total)
	assert.Equal(t, []pkgSize{{"core/flag", 207}, {"runtime", 5}}, sizes)

	_, _, err = codeByPackage([]byte("not wasm"))
	assert.Error(t, err)
	_, _, err = codeByPackage(mod[:len(mod)-40])
	assert.Error(t, err, "a truncated module is refused")
}

func TestPackageOf(t *testing.T) {
	for in, want := range map[string]string{
		"runtime.mallocgc":                                 "runtime",
		"internal_strconv.fmtX":                            "internal/strconv",
		"github.com_vetted_vetted_core_page.__scope_.Text": "core/page",
		"honnef.co_go_js_dom_v2.WrapElement":               "go/js/dom/v2",
		"main.__app_.scan":                                 "main",
		"type_.eq.x":                                       "type",
		"":                                                 "(unnamed)",
	} {
		assert.Equal(t, want, packageOf(in), in)
	}
}

func TestFormat(t *testing.T) {
	assert.Equal(t, "212,403 cards/s", rate(212403.4))
	assert.Equal(t, "913 KB", kb(935173))
	assert.Equal(t, "1,234,567", thousands(1234567))
	assert.Equal(t, "-1,000", thousands(-1000))
	v := 4.06
	assert.Equal(t, "4.1 ms", ms(&v))
	assert.Equal(t, "n/a", ms(nil))
	zero, long := 0.0, 126.4
	assert.Equal(t, "none ≥ 50 ms", longTask(&zero))
	assert.Equal(t, "126 ms", longTask(&long))
	assert.Equal(t, "", over([]float64{0, 0, 0}))
	assert.Equal(t, " (2 of 4 loads had one: 62, 71 ms)", over([]float64{0, 61.7, 0, 71.2}))
	assert.Equal(t, "met", checkLong(&zero, []float64{0, 0, 0}))
	assert.Equal(t, "n/a", frames(nil))
	c := 39.7
	assert.Equal(t, "39.7 (valueCall 12.6, stringVal 9.4, finalizeRef 7.6, …)", crossings(&c, map[string]float64{
		"syscall/js.valueCall": 12.6, "syscall/js.finalizeRef": 7.6, "syscall/js.stringVal": 9.4, "syscall/js.valueGet": 3.2, "runtime.nanotime1": 0.3,
	}))
	assert.Equal(t, "none ≥ 50 ms", frames([]frame{{}, {}, {Duration: 70, Tasks: 20, Render: 50}}))
	assert.Equal(t, "66 ms: 12 ms of tasks, 54 ms of rendering",
		frames([]frame{{Duration: 90, Tasks: 80, Render: 10}, {Duration: 65.6, Tasks: 11.6, Render: 54}, {}}))
	assert.Equal(t, "missed in 1 of 3 loads", checkLong(&zero, []float64{0, 51, 0}))
	assert.Equal(t, "**missed**", checkLong(&long, []float64{126.4, 51, 0}))
	assert.Equal(t, "3.0×", times(3))
	assert.Equal(t, "", ratio(&v, nil))
	a, b := float64(20<<20), float64(17<<20)
	assert.Equal(t, "met", checkGrowth(&a, &b))
	a = 30 << 20
	assert.Equal(t, "**missed**", checkGrowth(&a, &b))
}

func TestUpdateReportKeepsTheHandWrittenParts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "BENCHMARKS.md")
	require.NoError(t, updateReport(path, beginMark+"\nv1\n"+endMark+"\n"))
	require.NoError(t, os.WriteFile(path, []byte("# Benchmarks\n\nintro\n\n"+beginMark+"\nv1\n"+endMark+"\n\n## Findings\n\nkept\n"), 0o644))
	require.NoError(t, updateReport(path, beginMark+"\nv2\n"+endMark+"\n"))
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "# Benchmarks\n\nintro\n\n"+beginMark+"\nv2\n"+endMark+"\n\n## Findings\n\nkept\n", string(got))
}

func TestHomesTable(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	h := &homesFigures{Runs: 7, Cold: 3,
		Page:   &homeFigures{First10: f(300), Cold10: f(900), Floor10: f(150), Scan1000: f(2000), FloorRead: f(5), LongTask: f(120), Over50: 7},
		Hosted: &homeFigures{First10: f(80), Cold10: f(1000), Floor10: f(5), Scan1000: f(1500), FloorRead: f(5), LongTask: f(0), Over50: 0},
	}
	got := homesTable(h)
	assert.Contains(t, got, "| 10 cards, warm: start → every badge | 300 ms (2.0× floor 150 ms) | 80 ms (16.0× floor 5.0 ms) |")
	assert.Contains(t, got, "(7 of 7 loads ≥ 50 ms)")
	assert.Contains(t, got, "(0 of 7 loads ≥ 50 ms)")
	assert.NotContains(t, got, "Firefox, in", "a home not measured has no column")
	h.FirefoxHosted = &homeFigures{First10: f(40), Cold10: f(700), Scan1000: f(900)}
	got = homesTable(h)
	assert.Contains(t, got, "| figure | Chromium, in the page | Chromium, hosted (service worker) | Firefox, hosted (event page) | budget |")
	assert.Contains(t, got, "| 1,000 cards: longest main-thread task | 120 ms (7 of 7 loads ≥ 50 ms) | 0.0 ms (0 of 7 loads ≥ 50 ms) | — | < 50 ms |")
	assert.Empty(t, homesTable(nil))
	assert.Empty(t, homesTable(&homesFigures{}))
}
