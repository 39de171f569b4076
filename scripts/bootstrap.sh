#!/usr/bin/env bash
# Installs what a fresh machine (Node 20 and npm only) lacks. Idempotent and quick when all is there.
# --with-browser also installs what the tests run besides Node: Debian's Chromium (browser tests),
# the Docker CLI and docker-compose 1.29 (the real clients of the clusters' Docker endpoints),
# Prometheus (which scrapes the clusters' metrics), HAProxy (which checks acs/proxy's generated
# configurations with `haproxy -c`) and curl (a client of the Server Load Balancer listeners).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
APT_UPDATED=""
apt_install() {
  if [ -z "$APT_UPDATED" ]; then $SUDO apt-get update -qq; APT_UPDATED=1; fi
  # --no-install-recommends: docker-compose would otherwise bring dockerd, containerd and iptables.
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

PNPM_VERSION=12.4.2
if ! command -v pnpm >/dev/null || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  echo "bootstrap: installing pnpm $PNPM_VERSION"
  npm install --global --save-exact "pnpm@$PNPM_VERSION" >/dev/null
fi

if [ "${1:-}" = "--with-browser" ]; then
  if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null; then
    echo "bootstrap: installing Debian's chromium (browser tests)"
    apt_install chromium
  fi
  # Only the programs are wanted, not their services: a policy-rc.d that says no keeps the
  # packages from starting dockerd, a Prometheus on :9090 or an HAProxy.
  refuse_service_starts() {
    if [ ! -e /usr/sbin/policy-rc.d ]; then
      printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
      $SUDO chmod +x /usr/sbin/policy-rc.d
      trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
    fi
  }
  if ! command -v docker >/dev/null || ! command -v docker-compose >/dev/null; then
    echo "bootstrap: installing the Docker CLI and docker-compose (Docker endpoint tests)"
    refuse_service_starts
    command -v docker >/dev/null || apt_install docker.io
    command -v docker-compose >/dev/null || apt_install docker-compose
  fi
  if ! command -v prometheus >/dev/null || ! command -v promtool >/dev/null; then
    echo "bootstrap: installing Debian's prometheus (it scrapes the clusters' metrics in a test)"
    refuse_service_starts
    apt_install prometheus
  fi
  if ! command -v haproxy >/dev/null; then
    echo "bootstrap: installing Debian's haproxy (it checks acs/proxy's generated configurations)"
    refuse_service_starts
    apt_install haproxy
  fi
  if ! command -v curl >/dev/null; then
    echo "bootstrap: installing curl (a real client of the Server Load Balancer listeners in a test)"
    apt_install curl
  fi
fi

# Without it node-gyp downloads Node's headers to build better-sqlite3, which fails offline.
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
pnpm install --frozen-lockfile --reporter=silent
