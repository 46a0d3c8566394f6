#!/usr/bin/env bash
# Neovim end-to-end: headless nvim with a clean profile runs e2e.lua against `literalist server`.
# usage: run.sh SPEC OUT_DIR
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../../.." && pwd)"
SPEC="$1" OUT="$2"
RUN="$(mktemp -d "${TMPDIR:-/tmp}/literalist-nvim.XXXXXX")"
trap 'rm -rf "$RUN"' EXIT
mkdir -p "$OUT"
cp -r "$REPO/tests/editors/fixtures/workspace" "$RUN/workspace"
export XDG_CONFIG_HOME="$RUN/config" XDG_DATA_HOME="$RUN/data" XDG_STATE_HOME="$RUN/state" XDG_CACHE_HOME="$RUN/cache"
export LSP_CMD="[\"$REPO/.venv/bin/literalist\", \"server\"]"
export TARGET="$RUN/workspace/$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["file"])' "$SPEC")"
export SPEC RESULT="$OUT/nvim-result.json" TIMEOUT_MS="${TIMEOUT_MS:-20000}"
[ -x "$REPO/.venv/bin/literalist" ] || { echo "[nvim] FAILED: $REPO/.venv/bin/literalist missing (make test-editors installs it)" >&2; exit 1; }
source "$HERE/../lib.sh"
rc=0
# Its own process group: a hung nvim and the server it started are killed together.
run_in_group "${NVIM_TIMEOUT:-120}" "$RUN/nvim.log" nvim --headless -u NONE -i NONE -n -c "luafile $HERE/e2e.lua" || rc=$?
if [ $rc -ne 0 ] || [ ! -s "$RESULT" ]; then
  echo "[nvim] FAILED (exit $rc: 1 expectation, 2 Lua error, 3 timeout, 124 hung)" >&2
  [ -s "$RESULT" ] && python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("  ", r.get("error")); print("   steps:", [s["name"] for s in r["steps"]])' "$RESULT" >&2
  tail -20 "$RUN/nvim.log" >&2
  exit 1
fi
python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("[nvim] %s ok: %d diagnostics, fix -> %r, %d after fix, %s ms (%s)" % (r["nvim"], len(r["diagnostics"]), r["line_after_fix"], len(r["diagnostics_after_fix"]), r["t_total_ms"], ", ".join("%s %d" % (s["name"], s["t_ms"]) for s in r["steps"])))' "$RESULT"
