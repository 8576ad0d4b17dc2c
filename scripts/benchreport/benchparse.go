package main

import (
	"bufio"
	"io"
	"sort"
	"strconv"
	"strings"
)

// benchResults are the samples of each metric of each benchmark, from
// `go test -bench` output: name (without the -N CPU suffix) → unit →
// values, one per -count run.
type benchResults map[string]map[string][]float64

// parseBench reads `go test -bench` output.
func parseBench(r io.Reader) benchResults {
	out := benchResults{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) < 4 || !strings.HasPrefix(f[0], "Benchmark") {
			continue
		}
		name := f[0]
		if i := strings.LastIndex(name, "-"); i > 0 {
			if _, err := strconv.Atoi(name[i+1:]); err == nil {
				name = name[:i]
			}
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			continue // not a result line
		}
		for i := 2; i+1 < len(f); i += 2 {
			v, err := strconv.ParseFloat(f[i], 64)
			if err != nil {
				continue
			}
			if out[name] == nil {
				out[name] = map[string][]float64{}
			}
			out[name][f[i+1]] = append(out[name][f[i+1]], v)
		}
	}
	return out
}

// median returns the median of the samples of a benchmark's metric, and
// false when there are none.
func (b benchResults) median(name, unit string) (float64, bool) {
	return median(b[name][unit])
}

func median(xs []float64) (float64, bool) {
	if len(xs) == 0 {
		return 0, false
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s)%2 == 1 {
		return s[len(s)/2], true
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2, true
}
