package main

import (
	"fmt"
	"io"
	"os"
)

// Exit codes.
const (
	exitOK    = 0
	exitInput = 1 // some input could not be judged
	exitUsage = 2 // bad arguments or settings
)

const usage = `usage:
  vetted triage [--json] [--settings FILE] [--state STATE.json] [FILE|-]
  vetted scan [--site SITE] [--url URL] [--json] [--settings FILE] [--state STATE.json] PAGE.html|-
  vetted learn --state STATE.json [--settings FILE] [--list|--forget ID,...|--reset] [DECISIONS|-]

triage reads invitation cards as JSON lines and prints one verdict per card.
scan reads a saved invitation page and prints the verdicts of its cards.
learn reads decisions as JSON lines (a card plus "action": "accept|ignore|report|block"
or "correct": {"type": "..."}) and updates the learnt state (created when missing);
triage and scan judge with it when given --state. --list shows what was learnt,
--forget and --reset remove it.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run dispatches a subcommand and returns the process exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	switch args[0] {
	case "triage":
		return runTriage(args[1:], stdin, stdout, stderr)
	case "scan":
		return runScan(args[1:], stdin, stdout, stderr)
	case "learn":
		return runLearn(args[1:], stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "vetted: unknown command %q\n%s", args[0], usage)
		return exitUsage
	}
}
