package main

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
)

// rate formats a rate with thousands separators: "212,403 cards/s".
func rate(v float64) string { return thousands(int64(math.Round(v))) + " cards/s" }

// kb formats bytes in KiB with separators: "913 KB".
func kb(n int) string {
	return thousands(int64(math.Round(float64(n)/1024))) + " KB"
}

// ms formats an optional duration in milliseconds.
func ms(v *float64) string {
	if v == nil {
		return "n/a"
	}
	if *v < 10 {
		return strconv.FormatFloat(*v, 'f', 1, 64) + " ms"
	}
	return thousands(int64(math.Round(*v))) + " ms"
}

// longTask formats a longest task: the browser reports tasks from 50 ms
// up, so 0 means none that long.
func longTask(v *float64) string {
	if v != nil && *v == 0 {
		return "none ≥ 50 ms"
	}
	return ms(v)
}

// over says in how many loads the longest task reached 50 ms, when any
// did: the median alone would hide them.
func over(samples []float64) string {
	var long []string
	for _, v := range samples {
		if v > 0 {
			long = append(long, thousands(int64(math.Round(v))))
		}
	}
	if len(long) == 0 {
		return ""
	}
	return " (" + strconv.Itoa(len(long)) + " of " + strconv.Itoa(len(samples)) + " loads had one: " + strings.Join(long, ", ") + " ms)"
}

// mb formats optional bytes as MiB.
func mb(v *float64) string {
	if v == nil {
		return "n/a"
	}
	return strconv.FormatFloat(*v/(1<<20), 'f', 1, 64) + " MB"
}

// times formats a ratio: "3.2×".
func times(r float64) string {
	if math.IsNaN(r) || math.IsInf(r, 0) {
		return ""
	}
	if r >= 100 {
		return thousands(int64(math.Round(r))) + "×"
	}
	return strconv.FormatFloat(r, 'f', 1, 64) + "×"
}

func ratio(a, b *float64) string {
	if a == nil || b == nil || *b == 0 {
		return ""
	}
	return times(*a / *b)
}

func check(ok bool) string {
	if ok {
		return "met"
	}
	return "**missed**"
}

func checkP(v *float64, limit float64) string {
	if v == nil {
		return ""
	}
	return check(*v <= limit)
}

// frames formats the median load's longest animation frame, split into
// the tasks before its rendering and the rendering itself.
func frames(fs []frame) string {
	if len(fs) == 0 {
		return "n/a"
	}
	s := slices.Clone(fs)
	slices.SortFunc(s, func(a, b frame) int { return cmp.Compare(a.Duration, b.Duration) })
	f := s[len(s)/2]
	if f.Duration == 0 {
		return "none ≥ 50 ms"
	}
	r := func(v float64) string { return thousands(int64(math.Round(v))) }
	return r(f.Duration) + " ms: " + r(f.Tasks) + " ms of tasks, " + r(f.Render) + " ms of rendering"
}

// crossings formats the calls across the boundary per card, with the three
// most frequent imports ("syscall/js." left out).
func crossings(v *float64, by map[string]float64) string {
	if v == nil {
		return "n/a"
	}
	type kv struct {
		k string
		v float64
	}
	var top []kv
	for k, n := range by {
		if name, ok := strings.CutPrefix(k, "syscall/js."); ok {
			top = append(top, kv{name, n})
		}
	}
	slices.SortFunc(top, func(a, b kv) int {
		if c := cmp.Compare(b.v, a.v); c != 0 {
			return c
		}
		return strings.Compare(a.k, b.k)
	})
	parts := make([]string, 0, 3)
	for i := 0; i < len(top) && i < 3; i++ {
		parts = append(parts, top[i].k+" "+strconv.FormatFloat(top[i].v, 'f', 1, 64))
	}
	s := strconv.FormatFloat(*v, 'f', 1, 64)
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ", …)"
	}
	return s
}

// checkLong: the budget is no task of 50 ms or more, so one load with one
// misses it, whatever the median.
func checkLong(v *float64, samples []float64) string {
	if v == nil {
		return ""
	}
	long := 0
	for _, s := range samples {
		if s > 0 {
			long++
		}
	}
	if *v > 0 || long*2 > len(samples) {
		return check(false)
	}
	if long > 0 {
		return "missed in " + strconv.Itoa(long) + " of " + strconv.Itoa(len(samples)) + " loads"
	}
	return check(true)
}

// checkGrowth: memory may grow by at most one Go heap step (4 MB of
// linear memory) and still count as no growth.
func checkGrowth(after, before *float64) string {
	if after == nil || before == nil {
		return ""
	}
	return check(*after-*before <= 4<<20)
}

func thousands(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
