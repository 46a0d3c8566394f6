"""Every compiled regex in the package stays linear on adversarial input.

``redos_probe.py`` finds the patterns (walking the package's modules), builds inputs from
the characters each pattern loops on, and times them in a child process. The short test
times 1,000 / 2,000 / 4,000 characters and extrapolates to 50,000 with the measured growth
(a quadratic pattern that looks harmless at 4,000 characters shows its exponent there);
the long test times 50,000 characters directly. The bar: under 1 s per pattern per 50,000
characters, as a linear pattern manages with room to spare.

Patterns the package only applies to a bounded slice (``X.match(text[e:e + 40])``) are
timed on that slice length: they cannot see more, whatever the document.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
PROBE = HERE / "redos_probe.py"
BUDGET_50K = 1.0  # seconds per pattern per 50,000 characters
BOUNDED_BUDGET = 0.05  # seconds for one bounded slice (at most a few hundred characters)

# Timings on a shared 2-core machine: these run in `make test-long`, not in `make test`,
# so a busy neighbour can never fail the ordinary suite (budgets belong in benchmarks).
pytestmark = pytest.mark.long

sys.path.insert(0, str(HERE))
from redos_probe import all_patterns  # noqa: E402


# patterns per child: the timeout bounds one batch (about a minute of work at 50,000 characters),
# so a pattern is blamed for a hang only when it ran out the clock itself, not because the three
# hundred before it used up the time
_BATCH = 50


def run_probe(names: list[str], sizes: list[int], child_timeout: float) -> dict[str, dict]:
    """Probe ``names`` in child processes, a batch at a time; a child that runs past
    ``child_timeout`` is killed and the pattern it was on is reported as a hang."""
    results: dict[str, dict] = {}
    for i in range(0, len(names), _BATCH):
        results.update(_run_batch(names[i:i + _BATCH], sizes, child_timeout))
    return results


def _run_batch(names: list[str], sizes: list[int], child_timeout: float) -> dict[str, dict]:
    results: dict[str, dict] = {}
    todo = list(names)
    while todo:
        proc = subprocess.Popen(
            [sys.executable, str(PROBE), ",".join(map(str, sizes)), *todo],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            out, err = proc.communicate(timeout=child_timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
        for line in out.splitlines():
            if line.startswith("{"):
                item = json.loads(line)
                results[item["name"]] = item
                todo.remove(item["name"])
        if todo and proc.returncode != 0:
            started = [line.split(" ", 1)[1] for line in err.splitlines() if line.startswith("start ")]
            culprit = started[-1] if started and started[-1] in todo else todo[0]
            results[culprit] = {"name": culprit, "hang": True, "stderr": err[-2000:]}
            todo.remove(culprit)
    return results


def estimate_50k(sizes: list[int], times: list[float]) -> float:
    """Time at 50,000 characters, extrapolated with the growth exponent measured between
    successive sizes. The smaller of the measured exponents is used (a burst of load on a
    shared machine inflates one step, rarely both), clamped to 1..3."""
    if times[-1] == float("inf"):
        return times[-1]
    exponents = [
        math.log(max(b, 1e-6) / max(a, 1e-6)) / math.log(sb / sa)
        for (sa, a), (sb, b) in zip(zip(sizes, times), zip(sizes[1:], times[1:]))
    ]
    exponent = min(max(min(exponents), 1.0), 3.0)
    return times[-1] * (50_000 / sizes[-1]) ** exponent


def offenders(results: dict[str, dict], estimate) -> list[str]:
    bad = []
    for name, item in sorted(results.items()):
        if item.get("hang"):
            bad.append(f"{name}: did not finish (killed); last words: {item['stderr'][-300:]!r}")
            continue
        worst = item["worst"]
        if item.get("bounded"):
            if worst["times"][-1] > BOUNDED_BUDGET:
                bad.append(f"{name}: {worst['times'][-1]:.3f}s on a {item['bounded']}-character slice of {worst['unit']!r} ({worst['variant']})")
            continue
        est = estimate(worst)
        if est > BUDGET_50K:
            times = ", ".join(f"{s}: {t:.4f}s" for s, t in zip(worst["sizes"], worst["times"]))
            bad.append(f"{name}: ~{est:.1f}s per 50k chars of {worst['unit']!r} ({worst['variant']}; {times})")
    return bad


def test_the_probe_finds_the_patterns():
    """The walk reaches every layer (a pattern added anywhere is probed)."""
    names = all_patterns()
    # a pattern imported into another module is probed once, under either name
    found = {name.rsplit(".", 1)[1] for name in names}
    for expected in ("_PLACEHOLDER", "URGENCY_STRONG", "_END", "_DEFINITION"):
        assert expected in found
    assert len(names) > 60


def test_the_probe_catches_a_known_redos():
    """The probe itself must fail a catastrophic pattern, or it proves nothing."""
    sys.path.insert(0, str(HERE))
    import redos_probe

    bad = __import__("re").compile(r"\b([a-z][\w'\-]*(?:[ \-][a-z][\w'\-]*){0,2})\s*=")
    worst = redos_probe.probe(bad, [200, 400, 800])
    worst["sizes"] = [200, 400, 800]
    assert estimate_50k(worst["sizes"], worst["times"]) > BUDGET_50K, worst


def test_every_pattern_is_linear():
    names = sorted(all_patterns())
    sizes = [1000, 2000, 4000]
    results = run_probe(names, sizes, child_timeout=90)
    assert set(results) == set(names)
    bad = offenders(results, lambda w: estimate_50k(w["sizes"], w["times"]))
    assert not bad, "patterns that backtrack super-linearly:\n" + "\n".join(bad)


@pytest.mark.long
def test_every_pattern_at_fifty_thousand_characters():
    names = sorted(all_patterns())
    sizes = [25_000, 50_000]
    results = run_probe(names, sizes, child_timeout=300)
    # a pattern over the bar is timed once more, alone: a burst of load on this shared machine
    # passes, a pattern that is slow (or hangs) fails twice
    again = [name for name in names if offenders({name: results[name]}, lambda w: w["times"][-1])]
    if again:
        results.update(run_probe(again, sizes, child_timeout=300))
    bad = offenders(results, lambda w: w["times"][-1])
    assert not bad, "patterns over 1 s on 50,000 characters:\n" + "\n".join(bad)
