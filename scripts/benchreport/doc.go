// Command benchreport is `make bench`: it runs Vetted's benchmarks, native
// (go test -bench), size (core.wasm raw and gzip, by package) and in
// headless Chromium (scripts/e2e/bench.mjs), and prints one table of
// figures, each beside its floor or budget with the ratio, which it also
// writes into BENCHMARKS.md between the generated-section markers with the
// machine and the date. The rest of BENCHMARKS.md (findings, changes and
// what they bought) is written by hand and kept.
package main
