package verdict_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	goflag "flag"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vetted/vetted/core/card"
	"github.com/vetted/vetted/core/flag"
	"github.com/vetted/vetted/core/settings"
	"github.com/vetted/vetted/core/verdict"
)

var update = goflag.Bool("update", false, "rewrite the golden verdict files")

// goldenCase is one line of testdata/golden-cards.jsonl: a hand-labelled
// card with the verdict a careful professional would give.
type goldenCase struct {
	ID          string       `json:"id"`
	Card        card.Card    `json:"card"`
	Prior       []flag.Prior `json:"prior"`
	Want        goldenWant   `json:"want"`
	MustFlag    []string     `json:"must_flag"`
	MustNotFlag []string     `json:"must_not_flag"`
	Why         string       `json:"why"`
}

type goldenWant struct {
	Type           verdict.Type           `json:"type"`
	Recommendation verdict.Recommendation `json:"recommendation"`
	Level          verdict.Level          `json:"level"`
}

// loadGolden reads the golden settings and cards.
func loadGolden(t testing.TB) ([]goldenCase, settings.Settings) {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "golden-settings.json"))
	require.NoError(t, err)
	var tree any
	require.NoError(t, json.Unmarshal(raw, &tree))
	s, err := settings.FromTree(tree, func(id string) bool { return flag.ByID(id) != nil })
	require.NoError(t, err)

	f, err := os.Open(filepath.Join("testdata", "golden-cards.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	var cases []goldenCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	line := 0
	seen := map[string]bool{}
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		var gc struct {
			goldenCase
			Prior []struct {
				Action  string `json:"action"`
				AgeDays int    `json:"age_days"`
			} `json:"prior"`
		}
		gc.Card = card.New()
		require.NoError(t, json.Unmarshal(b, &gc), "line %d", line)
		gc.Card.Normalize()
		for _, p := range gc.Prior {
			gc.goldenCase.Prior = append(gc.goldenCase.Prior, flag.Prior{Action: p.Action, AgeDays: p.AgeDays})
		}
		require.NotEmpty(t, gc.ID, "line %d has no id", line)
		require.False(t, seen[gc.ID], "duplicate id %s", gc.ID)
		seen[gc.ID] = true
		cases = append(cases, gc.goldenCase)
	}
	require.NoError(t, sc.Err())
	return cases, s
}

// judgeGolden judges every golden card as one page, so that batch-wide
// rules such as duplicate-note see all of them. Earlier decisions are found
// by card key; TestGolden gives every card one.
func judgeGolden(cases []goldenCase, s *settings.Settings) []verdict.Verdict {
	cards := make([]card.Card, len(cases))
	byKey := map[string][]flag.Prior{}
	for i := range cases {
		cards[i] = cases[i].Card
		byKey[cases[i].Card.Key] = cases[i].Prior
	}
	return verdict.New(s).Cards(cards, func(c *card.Card) []flag.Prior { return byKey[c.Key] })
}

func TestGolden(t *testing.T) {
	cases, s := loadGolden(t)
	for i := range cases {
		if cases[i].Card.Key == "" {
			cases[i].Card.Key = "golden:" + cases[i].ID
		}
	}
	got := judgeGolden(cases, &s)
	require.Len(t, got, len(cases))

	perType := map[verdict.Type]int{}
	for i, gc := range cases {
		v := got[i]
		perType[gc.Want.Type]++
		fired := map[string]bool{}
		for _, f := range v.Flags {
			fired[f.ID] = true
		}
		t.Run(gc.ID, func(t *testing.T) {
			assert.Equal(t, gc.Want.Type, v.Type, "type; flags %v; why: %s", keys(fired), gc.Why)
			assert.Equal(t, gc.Want.Recommendation, v.Recommendation, "recommendation")
			assert.Equal(t, v.Reason, verdict.ReasonEnglish(v.ReasonParts), "the reason's parts say the reason")
			if gc.Want.Level != "" {
				assert.Equal(t, gc.Want.Level, v.Level, "level (score %d, flags %v)", v.Score, keys(fired))
			}
			for _, id := range gc.MustFlag {
				assert.True(t, fired[id], "must flag %s; fired %v", id, keys(fired))
			}
			for _, id := range gc.MustNotFlag {
				assert.False(t, fired[id], "must not flag %s", id)
			}
		})
	}
	types := make([]string, 0, len(perType))
	for ty, n := range perType {
		types = append(types, string(ty)+"="+itoa(n))
	}
	sort.Strings(types)
	t.Logf("%d golden cards: %s", len(cases), strings.Join(types, " "))

	checkGoldenFile(t, cases, got)
}

// checkGoldenFile compares the full verdicts (scores, flags, evidence)
// with testdata/golden-verdicts.jsonl, rewritten with -update.
func checkGoldenFile(t *testing.T, cases []goldenCase, got []verdict.Verdict) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for i, v := range got {
		require.NoError(t, enc.Encode(struct {
			ID string `json:"id"`
			verdict.Verdict
		}{cases[i].ID, v}))
	}
	path := filepath.Join("testdata", "golden-verdicts.jsonl")
	if *update {
		require.NoError(t, os.WriteFile(path, buf.Bytes(), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./core/verdict/ -run TestGolden -update to create it")
	wantLines := strings.Split(string(want), "\n")
	gotLines := strings.Split(buf.String(), "\n")
	for i := 0; i < len(wantLines) || i < len(gotLines); i++ {
		var w, g string
		if i < len(wantLines) {
			w = wantLines[i]
		}
		if i < len(gotLines) {
			g = gotLines[i]
		}
		if w != g {
			t.Errorf("golden-verdicts.jsonl line %d differs (run with -update and review the diff):\nwant %s\ngot  %s", i+1, w, g)
			return
		}
	}
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
