#!/usr/bin/env bash
# Runs every fuzz target (scripts/fuzz-targets.sh) for FUZZTIME each and
# fails if any target fails; all targets run either way.
#
# Go 1.26's fuzz coordinator can report "context deadline exceeded" as a
# failure when -fuzztime ends while a worker is still busy
# (go.dev/issue/75804, fixed in Go 1.27). A run that fails that way and
# wrote no failing input, printed no panic and no test error is run
# again, up to three runs in all (on a loaded 2-core machine two in a
# row have hit it); every other failure fails.
set -uo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}
fuzztime=${FUZZTIME:-10s}
failed=()
for spec in $(scripts/fuzz-targets.sh); do
  pkg=${spec%%:*}
  target=${spec##*:}
  for attempt in 1 2 3; do
    echo "fuzz $pkg $target ($fuzztime)"
    out=$($GO test -run '^$' -fuzz "^${target}\$" -fuzztime "$fuzztime" -fuzzminimizetime 5s "$pkg" 2>&1)
    rc=$?
    printf '%s\n' "$out"
    [ "$rc" -eq 0 ] && break
    if [ "$attempt" -lt 3 ] && grep -q 'context deadline exceeded' <<<"$out" &&
      ! grep -q -e 'Failing input written' -e 'panic:' -e '_test\.go:[0-9]' <<<"$out"; then
      echo "fuzz: $target hit Go 1.26's -fuzztime race (go.dev/issue/75804) with no failing input: again"
      continue
    fi
    failed+=("$pkg:$target")
    break
  done
done
if [ "${#failed[@]}" -gt 0 ]; then
  echo "fuzz: failed: ${failed[*]}" >&2
  exit 1
fi
