"""Where a keystroke's time goes in the server: the keystroke benchmark's typing, against a
server with timers around its stages (stage_timers.py), each edit's latency split into
stages by matching the client's send and arrival times to the server's records.

    .venv/bin/python tests/bench/keystroke_stages.py --lines 2000 --edits 300

For reading, not for budgets: ``make bench`` holds those. The timers add a few microseconds
per stage.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench_keystrokes import keystroke_run, percentile  # noqa: E402

_START = "import sys, stage_timers; stage_timers.install(sys.argv[1]); from literalist.cli.main import main; sys.exit(main(['server']))"

STAGES = (
    ("sent -> the server handles it", "sent", "handle"),
    ("handled -> the lint starts", "handle", "analyze"),
    ("the lint (Analyzer.analyze)", "analyze", "analyzed"),
    ("lint done -> diagnostics written", "analyzed", "written"),
    ("written -> read by the client", "written", "arrived"),
    ("total: sent -> diagnostics read", "sent", "arrived"),
)


def _first_at_or_after(records: list, starts: list[float], t: float) -> list:
    """The first record (start, end, cpu) starting at or after ``t`` (``starts``: the records' starts)."""
    i = bisect.bisect_left(starts, t)
    return records[i] if i < len(records) else [float("nan")] * 3


def split(timeline: list, records: dict) -> list[dict]:
    """Each edit's moments: sent, the first handle_message after it, the first lint after
    that, the first write after the lint ended (its start and end), and the client's arrival.
    The client may read the message before the server's write call returns, so "arrived"
    follows "writing", not always "written"."""
    handles, lints, writes = (sorted(records.get(k, [])) for k in ("handle", "analyze", "write"))
    starts = {id(r): [x[0] for x in r] for r in (handles, lints, writes)}
    rows = []
    for _, sent, arrived in timeline:
        handle = _first_at_or_after(handles, starts[id(handles)], sent)
        lint = _first_at_or_after(lints, starts[id(lints)], handle[0])
        write = _first_at_or_after(writes, starts[id(writes)], lint[1])
        rows.append({"sent": sent, "handle": handle[0], "analyze": lint[0], "analyzed": lint[1],
                     "writing": write[0], "written": write[1], "arrived": arrived, "lint_cpu": lint[2]})
    return rows


def table(rows: list[dict], records: dict) -> str:
    out = ["| stage | p50 ms | p95 ms | max ms |", "|---|---|---|---|"]
    for label, a, b in STAGES:
        ms = [(r[b] - r[a]) * 1000 for r in rows]
        out.append(f"| {label} | {percentile(ms, 50):.2f} | {percentile(ms, 95):.2f} | {max(ms):.2f} |")
    cpu = [r["lint_cpu"] * 1000 for r in rows]
    out.append(f"| the lint's thread CPU time | {percentile(cpu, 50):.2f} | {percentile(cpu, 95):.2f} | {max(cpu):.2f} |")
    for stage in ("lint", "encode"):
        ms = [(e - s) * 1000 for s, e, _ in records.get(stage, [])[-len(rows):]]
        if ms:
            out.append(f"| of which {'Linter.lint' if stage == 'lint' else 'encoding the diagnostics'} | "
                       f"{percentile(ms, 50):.2f} | {percentile(ms, 95):.2f} | {max(ms):.2f} |")
    return "\n".join(out)


def measure(lines: int, edits: int, interval_ms: float = 75.0) -> tuple[dict, list[dict], dict]:
    with tempfile.TemporaryDirectory(prefix="literalist-stages-") as tmp:
        out = os.path.join(tmp, "stages.json")
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])))
        result = asyncio.run(keystroke_run(lines, edits=edits, interval_ms=interval_ms,
                                           command=[sys.executable, "-c", _START, out], env=env))
        with open(out, encoding="utf-8") as fh:  # written by the server at exit
            records = json.load(fh)
    return result, split(result["timeline"], records), records


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--lines", type=int, default=2000)
    p.add_argument("--edits", type=int, default=300)
    p.add_argument("--interval-ms", type=float, default=75.0)
    args = p.parse_args(argv)
    result, rows, records = measure(args.lines, args.edits, args.interval_ms)
    print(f"{args.lines:,} lines, {len(rows)} keystrokes; server agrees with the core: "
          f"{'yes' if result['final_matches_core'] else 'NO'}")
    print(table(rows, records))
    return 0 if result["final_matches_core"] else 1


if __name__ == "__main__":
    sys.exit(main())
