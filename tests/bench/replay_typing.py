"""The keystroke benchmark's typing, replayed on the core in process (no server, no LSP):
what a re-lint itself costs per keystroke, without the protocol around it.

    .venv/bin/python tests/bench/replay_typing.py 200 2000 10000
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_corpus import generate_prompt  # noqa: E402
from bench_keystrokes import percentile, typing_script  # noqa: E402


def typed_texts(lines: int, keys: int, linter):
    """The document after each keystroke of the benchmark's typing script, at the cursor
    the server benchmark uses (the end of a clean line near the middle); ``linter`` has
    linted the untouched document first."""
    prompt = generate_prompt(lines, seed=21)
    text = prompt.text
    mid = len(prompt.labels) // 2
    line = next(i for i in range(mid, len(prompt.labels)) if prompt.labels[i] == "clean")
    offset = text.index("\n", sum(len(ln) + 1 for ln in text.split("\n")[:line]))
    linter.lint(text, "typing.prompt.md")
    for key in typing_script(keys):
        if key.kind == "backspace":
            text, offset = text[: offset - 1] + text[offset:], offset - 1
        else:
            text, offset = text[:offset] + key.text + text[offset:], offset + 1
        yield text


def replay(lines: int, keys: int = 300) -> list[float]:
    from literalist.engine import Linter

    linter = Linter()
    times = []
    for text in typed_texts(lines, keys, linter):
        start = time.perf_counter()
        linter.lint(text, "typing.prompt.md")
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str]) -> None:
    for lines in map(int, argv or ["200", "2000", "10000"]):
        t = replay(lines)
        print(f"{lines:>6} lines: p50 {percentile(t, 50) * 1e3:.1f} ms, p95 {percentile(t, 95) * 1e3:.1f} ms, "
              f"max {max(t) * 1e3:.1f} ms over {len(t)} keystrokes")


if __name__ == "__main__":
    main(sys.argv[1:])
