//go:build !unix

package page_test

import "time"

// cpuTime is 0 where the process's CPU time cannot be told.
func cpuTime() time.Duration { return 0 }
