"""Where the core spends its time, for the cases the budgets measure.

    .venv/bin/python tests/bench/profile_core.py cold --lines 2000
    .venv/bin/python tests/bench/profile_core.py typing --lines 2000 --keys 40

``cold``: one whole-document lint of a generated prompt with every cache empty.
``typing``: a warm ``Linter`` re-linting after each keystroke of the benchmark's typing
script (what the language server does with debounce 0); the profile covers the keys
after the first ten, so the first lint of the document is not in it.

Uses the standard library's cProfile (deterministic, so Python-heavy code looks a little
slower than it is; the shares are what matter). Prints the functions with the most
cumulative and the most own time, and the share of the total each takes.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import generate_prompt  # noqa: E402
from bench_inprocess import clear_core_caches, warm_up  # noqa: E402
from replay_typing import typed_texts  # noqa: E402


def _typing(lines: int, keys: int, profiler: cProfile.Profile) -> list[float]:
    from literalist.engine import Linter

    linter = Linter()
    times = []
    for i, text in enumerate(typed_texts(lines, keys, linter)):
        if i == 10:
            profiler.enable()
        c0 = time.process_time()
        linter.lint(text, "typing.prompt.md")
        times.append(time.process_time() - c0)
    profiler.disable()
    return times


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("what", choices=("cold", "typing"))
    p.add_argument("--lines", type=int, default=2000)
    p.add_argument("--keys", type=int, default=40)
    p.add_argument("--top", type=int, default=20)
    args = p.parse_args(argv)

    from literalist.engine import Linter

    warm_up()
    profiler = cProfile.Profile()
    if args.what == "cold":
        text = generate_prompt(args.lines, seed=7).text
        clear_core_caches()
        c0 = time.process_time()
        profiler.enable()
        Linter().lint(text, "cold.prompt.md")
        profiler.disable()
        print(f"cold lint of {args.lines:,} lines ({len(text.encode()) / 1e6:.2f} MB): "
              f"{time.process_time() - c0:.3f} s CPU under the profiler")
    else:
        times = _typing(args.lines, args.keys, profiler)
        steady = sorted(times[10:])
        print(f"{len(times)} keystrokes at {args.lines:,} lines: median {steady[len(steady) // 2] * 1000:.1f} ms, "
              f"max {max(steady) * 1000:.1f} ms CPU each (without the profiler for the first 10)")
    stats = pstats.Stats(profiler)
    total = stats.total_tt or 1e-9
    rows = [(ct, tt, nc, f"{fn[0].split('/server/')[-1].split('/lib/')[-1]}:{fn[1]}:{fn[2]}")
            for fn, (_, nc, tt, ct, _) in stats.stats.items()]
    print(f"\nmost cumulative time (total {total:.3f} s)")
    for ct, tt, nc, name in sorted(rows, reverse=True)[: args.top]:
        print(f"{ct / total * 100:6.1f}%  {ct:8.3f} s  {nc:7d} calls  {name}")
    print("\nmost own time")
    for ct, tt, nc, name in sorted(rows, key=lambda r: r[1], reverse=True)[: args.top]:
        print(f"{tt / total * 100:6.1f}%  {tt:8.3f} s  {nc:7d} calls  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
