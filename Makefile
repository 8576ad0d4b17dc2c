# Vetted — build, test and benchmark. `make test` installs what it needs.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
GO ?= go
GOBIN := $(shell $(GO) env GOPATH)/bin
STATICCHECK := $(GOBIN)/staticcheck
STATICCHECK_VERSION := v0.8.2
WASMBROWSERTEST := $(GOBIN)/wasmbrowsertest
WASMBROWSERTEST_VERSION := v0.11.0
# How long each fuzz target runs in `make test`; run `make fuzz FUZZTIME=5m` by hand for longer.
FUZZTIME ?= 10s

.PHONY: all build test lint unit wasmtest fuzz bench eval train demo tools clean browsers e2e

all: build

## tools: install the Go tools the checks need (staticcheck, wasmbrowsertest).
tools: $(STATICCHECK) $(WASMBROWSERTEST)

$(STATICCHECK):
	$(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

$(WASMBROWSERTEST):
	$(GO) install github.com/agnivade/wasmbrowsertest@$(WASMBROWSERTEST_VERSION)

## lint: gofmt, go vet (native and js/wasm: core.wasm, pages.wasm) and staticcheck (native and js/wasm).
lint: tools
	@unformatted="$$(gofmt -l core wasm scripts 2>/dev/null)"; \
	  if [ -n "$$unformatted" ]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet ./...
	GOOS=js GOARCH=wasm $(GO) vet -tags pages ./wasm/
	$(STATICCHECK) ./...
	GOOS=js GOARCH=wasm $(STATICCHECK) ./...
	@# pages.wasm uses only part of the shared glue: unused-code reports apply to core.wasm's build.
	GOOS=js GOARCH=wasm $(STATICCHECK) -tags pages -checks inherit,-U1000 ./wasm/

## unit: all native Go tests, then each fuzz target briefly.
unit:
	$(GO) test -count=1 ./...
	$(MAKE) --no-print-directory fuzz

## wasmtest: the entry points' Go tests (core.wasm's, then pages.wasm's), compiled to WebAssembly, in headless Chromium.
wasmtest: tools browsers
	GOOS=js GOARCH=wasm $(GO) test -count=1 -exec="$(WASMBROWSERTEST)" ./wasm/
	GOOS=js GOARCH=wasm $(GO) test -count=1 -tags pages -exec="$(WASMBROWSERTEST)" ./wasm/

## fuzz: run every fuzz target for FUZZTIME (scripts/fuzz.sh: any failing target fails).
fuzz:
	@FUZZTIME=$(FUZZTIME) GO=$(GO) scripts/fuzz.sh

## build: the extension, unpacked, in dist/chrome and dist/firefox.
build:
	scripts/build.sh

## browsers: Chromium, Firefox ESR and the pinned node tools in scripts/e2e.
browsers:
	scripts/ensure-browser.sh

## e2e: web-ext lint of the Firefox build, then the end-to-end tests in headless Chromium and Firefox.
e2e: build browsers
	cd scripts/e2e && npx --no-install web-ext lint --source-dir ../../dist/firefox --no-input
	cd scripts/e2e && node --test --test-concurrency=1 --test-reporter=spec tests/

## demo: the extension on the bundled demo invitation page (headed when $$DISPLAY is set).
demo: build browsers
	node scripts/e2e/demo.mjs

## test: everything CI checks.
test: lint unit wasmtest e2e

## bench: every figure beside its floor and budget, printed and written to BENCHMARKS.md.
bench: build browsers
	$(GO) run ./scripts/benchreport

## eval: how Vetted judges the corpus of real notes, cross-validated by source page, written to EVAL.md (about 10 minutes).
eval:
	$(GO) run ./scripts/eval

## train: retrain the note model from core/notemodel/data into core/notemodel/weights.go.
train:
	$(GO) run ./core/cmd/notetrain

clean:
	rm -rf dist demo.png
