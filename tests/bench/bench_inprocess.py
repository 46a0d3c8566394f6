"""In-process benchmarks of the core: whole-document scaling, and re-lint after an edit.

Both run in this interpreter after a warm-up lint that loads everything the rules load
lazily (nltk's stemmer, word lists), so the figures are the linter's own work. Times are
taken as wall time and as CPU time of this process; on a machine shared with other jobs
CPU time is the steadier of the two, and "on one core" is what the budget asks, so the
throughput budget is judged on CPU time.
"""

from __future__ import annotations

import math
import statistics
import time
from dataclasses import asdict, dataclass

from bench_corpus import generate_prompt

SCALING_SIZES = (100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000)
RELINT_SIZES = (200, 2_000, 10_000)


def warm_up() -> None:
    """Import the core, load nltk's stemmer and VADER's lexicon (most prompts never need
    them), and run every rule once on a prompt that trips all of them."""
    from literalist.engine import Linter
    from literalist.lexicon import warm_up as load_lexicon

    load_lexicon()
    Linter().lint(generate_prompt(300, seed=999).text, "warm-up.prompt.md")


@dataclass
class ScalingPoint:
    lines: int
    bytes: int
    findings: int
    repeats: int
    wall_s: float  # median
    cpu_s: float  # median
    cpu_best_s: float

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.cpu_s if self.cpu_s > 0 else float("inf")


def clear_core_caches() -> None:
    """Empty every memo the core keeps at module level (``functools`` caches of parsed
    chunks, sentences...), then rebuild the static ones (the Markdown parser) with a
    one-line lint. A fresh ``Linter`` alone is not cold: module caches outlive it."""
    import sys

    from literalist.engine import Linter

    for name, module in list(sys.modules.items()):
        if name == "literalist" or name.startswith("literalist."):
            for value in list(vars(module).values()):
                if isinstance(value, type):
                    continue  # a class that defines cache_clear, not a cache
                clear = getattr(value, "cache_clear", None)
                if callable(clear):
                    clear()
    Linter().lint("Warm.\n", "warm.prompt.md")


def _timed_cold_lint(text: str, path: str) -> tuple[float, float, int]:
    from literalist.engine import Linter

    clear_core_caches()
    linter = Linter()  # a fresh cache and empty module caches: the whole document is linted
    w0, c0 = time.perf_counter(), time.process_time()
    findings = linter.lint(text, path)
    return time.perf_counter() - w0, time.process_time() - c0, len(findings)


def scaling(sizes=SCALING_SIZES, min_time: float = 1.0, max_repeats: int = 5, seed: int = 7) -> dict:
    """Lint documents of each size with a cold cache; repeat small ones until ``min_time``."""
    warm_up()
    points: list[ScalingPoint] = []
    for lines in sizes:
        prompt = generate_prompt(lines, seed=seed)
        walls, cpus, sizes = [], [], []
        findings = 0
        while len(walls) < max_repeats and (not walls or sum(walls) < min_time):
            # each repeat a different document of the same size: nothing can be remembered
            text = prompt.text if not walls else generate_prompt(lines, seed=seed + 1000 * len(walls)).text
            wall, cpu, f = _timed_cold_lint(text, "scaling.prompt.md")
            findings = findings or f
            sizes.append(len(text.encode("utf-8")))
            walls.append(wall)
            cpus.append(cpu)
        points.append(ScalingPoint(lines, round(statistics.fmean(sizes)), findings, len(walls),
                                   statistics.median(walls), statistics.median(cpus), min(cpus)))
    return {"points": [dict(asdict(p), mb_per_s=round(p.mb_per_s, 3)) for p in points], **linearity(points)}


def linearity(points: list[ScalingPoint]) -> dict:
    """How time grows with size: the log-log slope (1.0 is linear) over the points of at
    least 1,000 lines, where fixed per-call costs no longer dominate, and the cost per MB
    at the largest size relative to the cost per MB at 1,000 lines."""
    big = [p for p in points if p.lines >= 1_000 and p.cpu_s > 0]
    if len(big) < 2:
        big = [p for p in points if p.cpu_s > 0]
    if len(big) < 2:
        return {"slope": None, "per_mb_growth": None}
    xs = [math.log(p.bytes) for p in big]
    ys = [math.log(p.cpu_s) for p in big]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    first, last = big[0], big[-1]
    growth = (last.cpu_s / last.bytes) / (first.cpu_s / first.bytes)
    return {"slope": round(slope, 3), "per_mb_growth": round(growth, 3),
            "slope_range": [first.lines, last.lines]}


# --- re-lint after an edit -----------------------------------------------------------------

def _edit_middle(text: str, labels: list[str], insert: bool) -> str:
    """Change one prose line near the middle of the document, as a person editing would.

    ``insert``: type a word (the text grows, later blocks move). Otherwise replace one
    letter by another (same length, nothing moves)."""
    lines = text.split("\n")
    mid = len(labels) // 2
    target = next((i for i in range(mid, len(labels)) if labels[i] == "clean"), None)
    if target is None:
        target = next(i for i in range(len(labels)) if labels[i] == "clean")
    line = lines[target]
    cut = len(line) // 2
    if insert:
        lines[target] = line[:cut] + "also " + line[cut:]
    else:
        ch = line[cut]
        lines[target] = line[:cut] + ("e" if ch != "e" else "a") + line[cut + 1:]
    return "\n".join(lines)


def _blocks_linted(linter) -> int | None:
    return getattr(linter, "blocks_linted", None)  # the blocks the rules ran on so far


def relint(sizes=RELINT_SIZES, seed: int = 11, repeats: int = 3) -> list[dict]:
    """For each size: a warm ``Linter`` (it linted the document once) re-lints after a
    one-line edit, against a fresh ``Linter`` linting the same edited text."""
    from literalist.engine import Linter

    warm_up()
    out = []
    for lines in sizes:
        prompt = generate_prompt(lines, seed=seed)
        path = "relint.prompt.md"
        row = {"lines": lines, "bytes": len(prompt.text.encode("utf-8"))}
        for kind, insert in (("same_length", False), ("insert_word", True)):
            edited = _edit_middle(prompt.text, prompt.labels, insert)
            warm_cpu, cold_cpu, misses = [], [], []
            same = True
            # a 10,000-line document takes seconds per lint: once is enough to see the shape
            for _ in range(repeats if lines <= 2_000 else 1):
                clear_core_caches()
                linter = Linter()
                linter.lint(prompt.text, path)
                before = _blocks_linted(linter)
                c0 = time.process_time()
                warm_findings = linter.lint(edited, path)
                warm_cpu.append(time.process_time() - c0)
                after = _blocks_linted(linter)
                if before is not None and after is not None:
                    misses.append(after - before)
                clear_core_caches()
                c0 = time.process_time()
                cold_findings = Linter().lint(edited, path)
                cold_cpu.append(time.process_time() - c0)
                same &= [(f.code, f.start, f.end) for f in warm_findings] == [(f.code, f.start, f.end) for f in cold_findings]
            row[kind] = {
                "warm_cpu_s": round(min(warm_cpu), 5),
                "cold_cpu_s": round(min(cold_cpu), 5),
                "speedup": round(min(cold_cpu) / min(warm_cpu), 2) if min(warm_cpu) > 0 else None,
                "blocks_relinted": min(misses) if misses else None,
                "warm_equals_cold": same,
            }
        row["blocks"] = _block_count(prompt.text, path)
        out.append(row)
    return out


def _block_count(text: str, path: str) -> int:
    from literalist.scoping import scope

    return len(scope(text, path).blocks)


def doc_level_costs(lines: int = 2_000, seed: int = 7) -> dict:
    """CPU time of the whole-document stages that run on every lint, cache or not:
    scoping (Markdown parse) and context gathering."""
    from literalist.config import Config
    from literalist.context import build_context
    from literalist.scoping import scope

    warm_up()
    text = generate_prompt(lines, seed=seed).text
    config = Config()
    clear_core_caches()
    c0 = time.process_time()
    doc = scope(text, "stages.prompt.md", config)
    c1 = time.process_time()
    build_context(doc, config)
    c2 = time.process_time()
    return {"lines": lines, "scope_cpu_s": round(c1 - c0, 5), "context_cpu_s": round(c2 - c1, 5)}
