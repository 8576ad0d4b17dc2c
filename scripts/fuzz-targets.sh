#!/usr/bin/env bash
# Lists every Go fuzz target as "./package/path:FuzzName", one a line.
set -euo pipefail
cd "$(dirname "$0")/.."
grep -rlE --include='*_test.go' '^func Fuzz[A-Za-z0-9_]*\(f \*testing\.F\)' core wasm 2>/dev/null | sort | while read -r file; do
  dir=$(dirname "$file")
  grep -oE '^func Fuzz[A-Za-z0-9_]*' "$file" | sed 's/^func //' | while read -r name; do
    echo "./$dir:$name"
  done
done
