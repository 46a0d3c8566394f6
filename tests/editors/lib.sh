# Shared helpers for the editor tests (sourced).

# run_in_group SECONDS LOG CMD...: run CMD in its own session and process group, with its output
# in LOG; after SECONDS the whole group (CMD and everything it started, e.g. a language server)
# is terminated, then killed. Returns CMD's exit code, or 124 on timeout. Leftovers of the group
# are killed in any case, so nothing outlives the test.
run_in_group() {
  local seconds="$1" log="$2"; shift 2
  setsid "$@" </dev/null >"$log" 2>&1 &
  local pid=$! rc=0 flag
  flag="$(mktemp)"; rm -f "$flag"
  # the watchdog is a group of its own too, so that stopping it stops its sleep as well
  setsid bash -c 'sleep "$1"; touch "$2"; kill -TERM -- "-$3"; sleep 5; kill -KILL -- "-$3"' _ \
    "$seconds" "$flag" "$pid" </dev/null >/dev/null 2>&1 &
  local watchdog=$!
  wait "$pid" || rc=$?
  kill -- "-$watchdog" 2>/dev/null; wait "$watchdog" 2>/dev/null || true
  kill -KILL -- "-$pid" 2>/dev/null || true
  if [ -e "$flag" ]; then rm -f "$flag"; return 124; fi
  return "$rc"
}
