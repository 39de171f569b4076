#!/usr/bin/env bash
# Installs what a fresh machine (Node 20 and npm only) lacks. Idempotent and quick when all is there.
# --with-browser also installs Debian's Chromium for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION"
  npm install --global --save-exact "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ "${1:-}" = "--with-browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null; then
  echo "bootstrap: installing Debian's chromium (browser tests)"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# Without it node-gyp downloads Node's headers to build better-sqlite3, which fails offline.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --frozen-lockfile --reporter=silent
