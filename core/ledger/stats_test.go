package ledger

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestWeekStart(t *testing.T) {
	// 2026-12-07 is a Monday.
	monday := int64(1796601600000)
	tests := []struct {
		name string
		at   int64
		want int64
	}{
		{"Monday midnight", monday, monday},
		{"Sunday night", monday + 7*DayMS - 1, monday},
		{"next Monday", monday + 7*DayMS, monday + 7*DayMS},
		{"Sunday before", monday - 1, monday - 7*DayMS},
		{"Thursday 1 January 1970", 0, -3 * DayMS},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { assert.Equal(t, tt.want, WeekStart(tt.at)) })
	}
}

func TestStats(t *testing.T) {
	monday := int64(1796601600000)
	now := monday + 2*DayMS // a Wednesday
	l := New(0)
	add := func(at int64, action, typ, outcome string) {
		l.Add(Entry{Name: "x", Action: action, Type: typ, At: at, Outcome: outcome})
	}
	add(now-DayMS, "accept", "recruiter", "")
	add(now-DayMS, "accept-thanks", "recruiter", Done)
	add(now, "ignore", "salesperson", "")
	add(now, "ignore-report", "scammer", "")
	add(now-7*DayMS, "ignore", "recruiter", "")
	add(now-7*DayMS, "block", "scammer", "")
	add(now-7*DayMS, "ask", "stranger", "")
	add(now-30*7*DayMS, "accept", "industry_peer", "") // before the chart's weeks
	add(0, "ignore", "salesperson", "")                // no time
	add(now, "accept", "recruiter", Refused)           // not carried out

	st := l.Stats(now, 4)
	require.Len(t, st.Weeks, 4)
	assert.Equal(t, monday-3*7*DayMS, st.Weeks[0].Start)
	this, prev := st.Weeks[3], st.Weeks[2]
	assert.Equal(t, 4, this.Total)
	assert.Equal(t, [5]int{2, 1, 1, 0, 0}, this.ByAction)
	assert.Equal(t, map[string]int{"recruiter": 2, "salesperson": 1, "scammer": 1}, this.ByType)
	assert.Equal(t, 3, prev.Total)
	assert.Equal(t, [5]int{0, 1, 0, 1, 1}, prev.ByAction)
	assert.Zero(t, st.Weeks[0].Total)

	// Shares count every decision carried out, dated or not; asking is
	// no decision.
	want := []TypeShare{
		{Type: "recruiter", Decided: 3, Accepted: 2},
		{Type: "salesperson", Decided: 2},
		{Type: "scammer", Decided: 2},
		{Type: "industry_peer", Decided: 1, Accepted: 1},
	}
	assert.Equal(t, want, st.Types)
	assert.Equal(t, 67, st.Types[0].Percent())
	assert.Equal(t, 0, TypeShare{}.Percent())

	empty := (*Log)(nil).Stats(now, 0)
	assert.Len(t, empty.Weeks, 1)
	assert.Empty(t, empty.Types)
}

func TestStatsWeekTypesAndScale(t *testing.T) {
	week := func(total int, types map[string]int) Week { return Week{Total: total, ByType: types} }
	st := Stats{Weeks: []Week{
		week(3, map[string]int{"recruiter": 2, "": 1}),
		week(0, map[string]int{}),
		week(4, map[string]int{"salesperson": 3, "recruiter": 1}),
	}}
	assert.Equal(t, []string{"recruiter", "salesperson", ""}, st.WeekTypes(), "the most decided first, ties by name")
	assert.Empty(t, Stats{Weeks: []Week{week(0, map[string]int{})}}.WeekTypes())

	tests := []struct{ most, top, step int }{
		{0, 1, 1}, {1, 1, 1}, {4, 4, 1}, {5, 5, 1}, {6, 6, 2}, {9, 10, 2}, {10, 10, 2},
		{11, 15, 5}, {25, 25, 5}, {26, 30, 10}, {49, 50, 10}, {51, 60, 20}, {99, 100, 20}, {101, 150, 50}, {4321, 5000, 1000},
	}
	for _, tt := range tests {
		top, step := Stats{Weeks: []Week{week(tt.most, nil), week(tt.most/2, nil)}}.Scale()
		assert.Equal(t, [2]int{tt.top, tt.step}, [2]int{top, step}, "largest week %d", tt.most)
		assert.LessOrEqual(t, top/step, 5)
		assert.GreaterOrEqual(t, top, tt.most)
	}
}
