package ledger

// StatActions are the actions the decisions chart tells apart, in its order: an accept
// with a thank-you counts as an accept, an ignore with a report as a
// report.
var StatActions = []string{"accept", "ignore", "report", "block", "ask"}

// statAction is the chart's action of a logged action, "" for one it
// does not show.
func statAction(a string) string {
	switch a {
	case "accept", "accept-thanks":
		return "accept"
	case "ignore", "decline":
		return "ignore"
	case "ignore-report", "report":
		return "report"
	case "block":
		return "block"
	case "ask":
		return "ask"
	}
	return ""
}

// Week is what the user decided in one week (Monday 00:00 UTC to the next).
type Week struct {
	Start    int64          // the week's first millisecond since the Unix epoch
	Total    int            // decisions that week
	ByAction [5]int         // per StatActions
	ByType   map[string]int // per verdict type at the time ("" for unknown)
}

// TypeShare is how the user decided on one type of sender overall.
type TypeShare struct {
	Type     string // the verdict type at the time ("" for unknown)
	Decided  int    // accepted, ignored, reported or blocked
	Accepted int
}

// Percent is the share accepted, rounded, 0 when nothing was decided.
func (t TypeShare) Percent() int {
	if t.Decided == 0 {
		return 0
	}
	return (200*t.Accepted + t.Decided) / (2 * t.Decided)
}

// Stats are the figures of the decision log page's chart: decisions per
// week by action and by type, and what share of each type the user
// accepts.
type Stats struct {
	Weeks []Week      // the last weeks, oldest first, the one holding now last
	Types []TypeShare // every type decided on, the most decided first (ties by name)
}

// WeekStart returns the first millisecond of the week (Monday 00:00 UTC)
// holding the time at, in milliseconds since the Unix epoch.
func WeekStart(at int64) int64 {
	day := at / DayMS
	if at < 0 && at%DayMS != 0 {
		day--
	}
	monday := day - (day+3)%7 // 1970-01-01 was a Thursday
	if (day+3)%7 < 0 {
		monday -= 7
	}
	return monday * DayMS
}

// Stats computes the chart's figures over the entries carried out (outcome
// done) for the weeks weeks up to the one holding now (milliseconds since
// the Unix epoch). Entries without a time or outside those weeks count in
// Types but in no week; actions the chart does not show (refused, failed)
// count nowhere.
func (l *Log) Stats(now int64, weeks int) Stats {
	var st Stats
	if weeks < 1 {
		weeks = 1
	}
	last := WeekStart(now)
	first := last - int64(weeks-1)*7*DayMS
	for i := 0; i < weeks; i++ {
		st.Weeks = append(st.Weeks, Week{Start: first + int64(i)*7*DayMS, ByType: map[string]int{}})
	}
	shares := map[string]*TypeShare{}
	if l != nil {
		for i := range l.Entries {
			e := &l.Entries[i]
			if e.Outcome != "" && e.Outcome != Done {
				continue
			}
			a := statAction(e.Action)
			if a == "" {
				continue
			}
			if e.At > 0 {
				if ws := WeekStart(e.At); ws >= first && ws <= last {
					w := &st.Weeks[(ws-first)/(7*DayMS)]
					w.Total++
					for k, x := range StatActions {
						if x == a {
							w.ByAction[k]++
						}
					}
					w.ByType[e.Type]++
				}
			}
			if a == "ask" {
				continue // not a decision on the invitation yet
			}
			s := shares[e.Type]
			if s == nil {
				s = &TypeShare{Type: e.Type}
				shares[e.Type] = s
			}
			s.Decided++
			if a == "accept" {
				s.Accepted++
			}
		}
	}
	for _, s := range shares {
		st.Types = append(st.Types, *s)
	}
	// A handful of types: an insertion sort (no generic sort in core.wasm
	// for this).
	ts := st.Types
	for i := 1; i < len(ts); i++ {
		for j := i; j > 0 && (ts[j].Decided > ts[j-1].Decided || ts[j].Decided == ts[j-1].Decided && ts[j].Type < ts[j-1].Type); j-- {
			ts[j], ts[j-1] = ts[j-1], ts[j]
		}
	}
	return st
}

// WeekTypes are the types decided on in the chart's weeks, the most
// decided first (ties by name): the series of the chart of decisions per
// week by type.
func (s Stats) WeekTypes() []string {
	total := map[string]int{}
	var out []string
	for _, w := range s.Weeks {
		for t, n := range w.ByType {
			if n <= 0 {
				continue
			}
			if _, ok := total[t]; !ok {
				out = append(out, t)
			}
			total[t] += n
		}
	}
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && (total[out[j]] > total[out[j-1]] || total[out[j]] == total[out[j-1]] && out[j] < out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// Scale is the value axis of the weekly charts: Top, the axis' end, is
// the largest week's total rounded up to a multiple of Step, and Step is
// 1, 2 or 5 times a power of ten, so that the axis has at most five steps
// (Top is at least 1).
func (s Stats) Scale() (top, step int) {
	most := 0
	for _, w := range s.Weeks {
		most = max(most, w.Total)
	}
	if most <= 0 {
		return 1, 1
	}
	for p := 1; ; p *= 10 {
		for _, m := range [3]int{1, 2, 5} {
			step = m * p
			if (most+step-1)/step <= 5 {
				return (most + step - 1) / step * step, step
			}
		}
	}
}
