//go:build unix

package verdict

import "syscall"

// cpuSeconds is the CPU time the process has used so far (user and
// system, all threads), so benchmarks can report throughput per core even
// on a busy machine.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Sec+ru.Stime.Sec) + float64(ru.Utime.Usec+ru.Stime.Usec)/1e6
}
