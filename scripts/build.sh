#!/usr/bin/env bash
# Builds the extension into dist/chrome and dist/firefox:
# core.wasm and pages.wasm (Go, js/wasm), wasm_exec.js from this Go's GOROOT, the files of
# extension/, and one manifest per browser generated from extension/manifest.json.
set -euo pipefail
cd "$(dirname "$0")/.."
GO=${GO:-go}

if ! ls wasm/*.go >/dev/null 2>&1; then
  echo "build: ./wasm (the Go entry point of core.wasm) does not exist yet" >&2
  exit 1
fi
wasm_exec="$($GO env GOROOT)/lib/wasm/wasm_exec.js"
if [ ! -f "$wasm_exec" ]; then
  echo "build: $wasm_exec not found (Go 1.24+ keeps it in lib/wasm)" >&2
  exit 1
fi

out=${VETTED_BUILD_DIR:-dist} # VETTED_BUILD_DIR: build elsewhere (parallel work)
mkdir -p "$out"
tmp=$(mktemp -d "$out/.build.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/chrome"

# core.wasm: the core the content-script shell asks, in the page or hosted
# in the background (DESIGN §7); pages.wasm: the same package built for the
# extension's own pages (options, decision log), -tags pages; legacy.wasm:
# the old in-page core with its own DOM glue, -tags legacy, until every
# site runs on the shell.
GOOS=js GOARCH=wasm $GO build -trimpath -ldflags='-s -w' -o "$tmp/chrome/core.wasm" ./wasm
GOOS=js GOARCH=wasm $GO build -trimpath -ldflags='-s -w' -tags pages -o "$tmp/chrome/pages.wasm" ./wasm
GOOS=js GOARCH=wasm $GO build -trimpath -ldflags='-s -w' -tags legacy -o "$tmp/chrome/legacy.wasm" ./wasm
# Fewer data segments, the same memory: a smaller gzip (scripts/wasmpack).
$GO run ./scripts/wasmpack "$tmp/chrome/"*.wasm
chmod 644 "$tmp/chrome/"*.wasm
cp -R extension/. "$tmp/chrome/"
rm -f "$tmp/chrome/manifest.json"
cp "$wasm_exec" "$tmp/chrome/wasm_exec.js"
cp -R "$tmp/chrome" "$tmp/firefox"
$GO run ./scripts/manifest -src extension/manifest.json \
  -chrome "$tmp/chrome/manifest.json" -firefox "$tmp/firefox/manifest.json"

rm -rf "$out/chrome" "$out/firefox"
mv "$tmp/chrome" "$tmp/firefox" "$out/"

raw=$(wc -c <"$out/chrome/core.wasm")
gz=$(gzip -9c "$out/chrome/core.wasm" | wc -c)
printf 'build: %s/chrome and %s/firefox (core.wasm %d KB raw, %d KB gzip)\n' "$out" "$out" $((raw / 1024)) $((gz / 1024))
