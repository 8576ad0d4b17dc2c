//go:build unix

package page_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used so far (every thread, the
// garbage collector's included), or 0 where it cannot be told.
func cpuTime() time.Duration {
	var r syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &r) != nil {
		return 0
	}
	return time.Duration(r.Utime.Nano() + r.Stime.Nano())
}
