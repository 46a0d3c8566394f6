"""The prefilter's plans, worked out ahead of time for every declared pattern.

Working out a pattern's required strings means parsing it, and each long alternation part
by part: about a third of the rules' start-up when it was done at import; factoring its
word lists (``factoring.py``) costs as much again. The plans depend
only on each pattern's source and flags, so they are computed once, here, and shipped as
``data/gate_table.json``, keyed by a hash of source and flags. A pattern whose key is
missing (its source was edited and the table not regenerated) is analysed on first use
instead: slower to start, never wrong. ``tests/core/test_gate_table.py`` fails when the
table is stale, and this module rewrites it, together with the compiled code of every
pattern the plans compile (``regex_code.py``, for the Python that runs it):

    python -m literalist.gate_table
"""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import sys
import threading
from pathlib import Path

from . import regex_code
from .prefilter import Gated, SplitGated, analyse, build

_RESOURCE = "gate_table.json"
# the modules that declare patterns with prefilter.pattern()
_DECLARING_MODULES = ("rules._base", "rules.tone_patterns", "rules.tone", "rules.inference", "rules.quality", "context")
_lock = threading.Lock()
_table: dict[str, dict | None] | None = None
# the narrowed context patterns' alternatives, factored, by each choice of them (see narrowing.py):
# factoring parses the pattern, and a first lint would otherwise pay that for every choice it meets
_narrowed: dict[str, str] = {}


def key(source: str, flags: int, gate: bool | str = True) -> str:
    mode = "" if gate is True else "ungated:" if gate is False else f"{gate}:"
    return hashlib.sha1(f"{flags}:{mode}{source}".encode("utf-8", "surrogatepass")).hexdigest()[:20]


def plan_for(source: str, flags: int, gate: bool | str = True) -> dict | None:
    table = _load()
    k = key(source, flags, gate)
    return table[k] if k in table else analyse(source, flags, gate)


def factored_for(source: str, flags: int) -> str | None:
    """The shipped factored form of a narrowed pattern's ``source``, or None (then factor it)."""
    _load()
    return _narrowed.get(key(source, flags, "narrowed"))


def _load() -> dict[str, dict | None]:
    global _table, _narrowed
    if _table is None:
        with _lock:
            if _table is None:
                try:
                    body = json.loads(importlib.resources.files("literalist").joinpath("data", _RESOURCE).read_text("utf-8"))
                    narrowed = body.get("narrowed", {})
                    _narrowed = dict(narrowed) if isinstance(narrowed, dict) else {}
                    _table = dict(body["patterns"])
                except (OSError, ValueError, KeyError, TypeError, AttributeError):  # missing or damaged: analyse as needed
                    _table = {}
    return _table


def _declared() -> list:
    """The patterns the core declares, with their modules imported."""
    import importlib

    from .prefilter import DECLARED

    modules = {f"{__package__}.{name}" for name in _DECLARING_MODULES}
    for name in modules:
        importlib.import_module(name)
    return [p for module, p in DECLARED if module in modules]


def compute() -> dict[str, dict | None]:
    """The plan of every pattern the core declares."""
    return {key(p.pattern, p.flags, p.gate): analyse(p.pattern, p.flags, p.gate) for p in _declared()}


def compute_narrowed() -> dict[str, str]:
    """The factored form of every choice of alternatives of the narrowed context patterns."""
    from .factoring import factor

    out: dict[str, str] = {}
    for narrowed in _narrowed_patterns():
        for source in narrowed.every_subset_source():
            factored = factor(source, narrowed.flags)
            if factored != source:
                out[key(source, narrowed.flags, "narrowed")] = factored
    return out


def _narrowed_patterns() -> list:
    """The narrowed context patterns the declaring modules hold."""
    import importlib

    from .narrowing import Narrowed

    return [value for name in _DECLARING_MODULES for value in vars(importlib.import_module(f"{__package__}.{name}")).values()
            if isinstance(value, Narrowed)]


def code_sources(plans: dict[str, dict | None]) -> set[tuple[str, int]]:
    """(source, flags) of everything the declared patterns compile under ``plans``, and the
    narrowed context patterns under every choice of their alternatives."""
    from .narrowing import Narrowed

    with regex_code.recording() as seen:
        for p in _declared():
            built = build(p.pattern, p.flags, plans[key(p.pattern, p.flags, p.gate)])
            units = [built, *getattr(built, "alternatives", ())]
            for unit in units:
                if isinstance(unit, (Gated, SplitGated)):
                    unit.regex  # noqa: B018 - compiling is the point
        for narrowed in _narrowed_patterns():  # a fresh copy: its subsets compile now, while recording
            Narrowed(narrowed.alternatives, narrowed.flags).compile_every_subset()
    return seen


def main(argv: list[str] | None = None) -> int:
    """Rewrite the plans and this Python's regex code; with ``--code-only``, only the code,
    from the shipped plans (for the other Pythons the editor extension bundles, run with
    the bundled libraries: ``PYTHONPATH=server:vscode-client/bundled/libs python3.12 -m
    literalist.gate_table --code-only``)."""
    folder = Path(__file__).resolve().parent / "data"
    if "--code-only" in (sys.argv[1:] if argv is None else argv):
        plans = {key(p.pattern, p.flags, p.gate): plan_for(p.pattern, p.flags, p.gate) for p in _declared()}
    else:
        plans = compute()
        body = {"about": "generated by python -m literalist.gate_table; do not edit", "patterns": plans, "narrowed": compute_narrowed()}
        (folder / _RESOURCE).write_text(json.dumps(body, indent=0, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {len(plans)} plans to {folder / _RESOURCE}")
    sources = code_sources(plans)
    (folder / regex_code.resource_name()).write_bytes(regex_code.dumps(sources))
    print(f"wrote the code of {len(sources)} patterns to {folder / regex_code.resource_name()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
