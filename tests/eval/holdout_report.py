"""Numbers only: how Literalist's rules do on the held-out evaluation set.

The held-out set (``holdout/cases`` + ``holdout/labels.json``) was written apart from the rules and
from the main set, to measure whether the rules generalize. It is for reporting, not tuning: this
report prints per-family recall, precision and leave-alone rates and nothing that says WHICH
phrases were missed or trampled. Tuning rules against the held-out misses would turn it into a
second training set and the numbers would stop meaning anything.

    python tests/eval/holdout_report.py            # table
    python tests/eval/holdout_report.py --json     # the same numbers as JSON
    python tests/eval/holdout_report.py --validate # check the labels only

Scoring is the main harness's (``harness.py``), pointed at the held-out paths.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Callable, Sequence

HERE = Path(__file__).resolve().parent
HOLDOUT_DIR = HERE / "holdout"
HOLDOUT_CASES = HOLDOUT_DIR / "cases"
HOLDOUT_LABELS = HOLDOUT_DIR / "labels.json"

# Deliberately loose: the held-out set reports how well the rules generalize; a floor only
# catches a collapse (a rule family broken or flagging everything), it is not a target.
FLOORS: dict[str, float] = {"recall": 0.6, "precision": 0.7, "leave_alone": 0.9}
METRICS: tuple[str, ...] = ("recall", "precision", "leave_alone")

_HARNESS_MODULE = "literalist_eval_harness"


def load_harness() -> ModuleType:
    """The main set's harness, loaded by path under the same unique name test_eval.py uses
    (other test folders may have a module called "harness")."""
    loaded = sys.modules.get(_HARNESS_MODULE)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(_HARNESS_MODULE, HERE / "harness.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[_HARNESS_MODULE] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


H = load_harness()


def load_holdout_raw() -> dict[str, Any]:
    return H.load_raw_labels(HOLDOUT_LABELS)


def load_holdout_cases() -> list:
    return H.load_cases(HOLDOUT_LABELS, HOLDOUT_CASES)


def evaluate_holdout(cases: list | None = None, lint_fn: Callable | None = None):
    """The harness's Report for the held-out set (the real core unless ``lint_fn`` stands in)."""
    return H.evaluate(load_holdout_cases() if cases is None else cases, lint_fn)


def summarize(report: Any) -> dict[str, Any]:
    """The harness's numbers, with the floors they are held to."""
    return {**H.summary_numbers(report), "floors": dict(FLOORS)}


def below_floor(summary: dict[str, Any]) -> list[str]:
    """One line per family metric under its floor (a metric with nothing to measure counts as under)."""
    out = []
    for fam, s in summary["families"].items():
        for metric in METRICS:
            value = s[metric]
            if value is None or value < FLOORS[metric]:
                shown = "n/a" if value is None else f"{value:.3f}"
                out.append(f"{fam} {metric} {shown} < {FLOORS[metric]}")
    return out


def format_summary(summary: dict[str, Any]) -> str:
    out = H.rate_table(summary, "held-out eval")
    floors = ", ".join(f"{m} >= {v}" for m, v in FLOORS.items())
    under = below_floor(summary)
    out.append("")
    out.append(f"floors (per family): {floors}: " + ("all met" if not under else "NOT met: " + "; ".join(under)))
    out.append("This set is for reporting, not tuning: misses are deliberately not listed.")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Per-family numbers on Literalist's held-out evaluation set.")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--validate", action="store_true", help="only check the labels; do not lint")
    args = parser.parse_args(argv)
    try:
        cases = load_holdout_cases()
    except H.LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.validate:
        counts = {f: sum(1 for c in cases for l in c.expect if l.family == f) for f in H.FAMILIES}
        print(f"held-out labels OK: {len(cases)} cases ({sum(c.clean for c in cases)} clean), "
              + ", ".join(f"{n} {f}" for f, n in counts.items()) + " expected, "
              + f"{sum(len(c.avoid) for c in cases)} avoid entries")
        return 0
    try:
        lint_fn = H.default_lint()
    except ImportError as exc:
        print(f"error: cannot import the Literalist core ({exc}); "
              "install it with `.venv/bin/pip install -e '.[test]'`", file=sys.stderr)
        return 2
    summary = summarize(evaluate_holdout(cases, lint_fn))
    print(json.dumps(summary, indent=2) if args.json else format_summary(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
