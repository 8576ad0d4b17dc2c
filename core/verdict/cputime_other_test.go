//go:build !unix

package verdict

// cpuSeconds is not known here; benchmarks then report wall-clock figures
// only.
func cpuSeconds() float64 { return 0 }
