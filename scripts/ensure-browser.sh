#!/usr/bin/env bash
# Installs what the end-to-end tests, the demo and the Firefox lint need, on
# a fresh Debian machine as root; does nothing when it is all there:
# - Chromium (/usr/bin/chromium) and Firefox ESR (/usr/bin/firefox-esr)
#   from Debian's apt repository (VETTED_FIREFOX=0 skips Firefox; its
#   end-to-end tests are then skipped);
# - the pinned node tools in scripts/e2e (playwright-core, puppeteer-core,
#   web-ext) via `npm ci` from the committed package-lock.json, again when
#   it changes.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "ensure-browser: $* missing; run as root or install it: apt-get install $*" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "$@"
}

pkgs=()
[ -x /usr/bin/chromium ] || pkgs+=(chromium)
if [ "${VETTED_FIREFOX:-1}" = 1 ] && [ ! -x /usr/bin/firefox-esr ]; then pkgs+=(firefox-esr); fi
if [ ${#pkgs[@]} -gt 0 ]; then
  echo "ensure-browser: installing ${pkgs[*]}"
  apt_install "${pkgs[@]}"
fi

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "ensure-browser: node and npm are needed (node 20 or newer)" >&2
  exit 1
fi

e2e=scripts/e2e
stamp=$e2e/node_modules/.vetted-lock.sha256
want=$(sha256sum "$e2e/package-lock.json" "$e2e/package.json" | sha256sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "ensure-browser: npm ci in $e2e"
  (cd "$e2e" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$want" >"$stamp"
fi
