"""Numbers only: how Literalist's rules do on the evaluation sets written blind to them.

Each set (``<name>/cases`` + ``<name>/labels.json``) was written by someone who read neither
the rules nor the other sets, in domains the other sets barely touch, to measure whether the
rules generalize to prompts nobody tuned for:

- ``holdout2``: written after the rules, the main set and the first held-out set (insurance
  claims, school offices, open-source maintainership, returns desks, music production,
  architecture, public sector, clinical trials, localization, esports, agriculture, hospitality).
- ``holdout3``: written in the sixth session, after five rounds of tuning on public prompt
  files (veterinary clinics, maritime freight, museums, tax preparation, mining safety, podcast
  editing, court transcription, airline crews, energy trading and thirty more).
- ``holdout4``: written in the eighth session by a new writer, 30 prompts (hearing-aid clinics,
  timber cruising, court interpreters, funeral homes, esports casting, sailing schools, ham
  radio contests, notaries, luthiers, dive centres and twenty more). Measured once on the
  rules as the session began, then used only as numbers for go/no-go checks of fixes.
- ``holdout5``: written in the eighth session by another new writer, 30 prompts (swim schools,
  compounding pharmacies, costume hire, scrap yards, campsites, archery and more), measured on
  the session-start rules and on the rules after its first two rounds. Its writer's brief shared
  example domains with the sixth development round's (a different writer), so a few domains
  recur there.

They are for reporting only: there are no floors and nothing here fails on a number. The
report prints per-family recall, precision and leave-alone rates and never says WHICH phrases
were missed or trampled; tuning rules against a set's misses would turn it into another
training set and its numbers would stop meaning anything.

    python tests/eval/blind_report.py                  # a table per set
    python tests/eval/blind_report.py --set holdout3   # one set
    python tests/eval/blind_report.py --json           # the same numbers as JSON
    python tests/eval/blind_report.py --validate       # check the labels only

Scoring is the main harness's (``harness.py``), pointed at each set's paths.
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
# set name -> how the report titles it
SETS: dict[str, str] = {"holdout2": "second held-out", "holdout3": "third held-out", "holdout4": "fourth held-out", "holdout5": "fifth held-out"}


def cases_dir(name: str) -> Path:
    return HERE / name / "cases"


def labels_path(name: str) -> Path:
    return HERE / name / "labels.json"

METRICS: tuple[str, ...] = ("recall", "precision", "leave_alone")

_HARNESS_MODULE = "literalist_eval_harness"


def load_harness() -> ModuleType:
    """The main set's harness, loaded by path under the name test_eval.py and holdout_report.py use,
    so every eval module in one pytest run shares a single copy (tests/eval is not a package)."""
    loaded = sys.modules.get(_HARNESS_MODULE)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(_HARNESS_MODULE, HERE / "harness.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[_HARNESS_MODULE] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


H = load_harness()


def load_raw(name: str) -> dict[str, Any]:
    return H.load_raw_labels(labels_path(name))


def load_cases(name: str) -> list:
    return H.load_cases(labels_path(name), cases_dir(name))


def evaluate(cases: list, lint_fn: Callable | None = None):
    """The harness's Report for these cases (the real core unless ``lint_fn`` stands in)."""
    return H.evaluate(cases, lint_fn)


def summarize(report: Any) -> dict[str, Any]:
    """The harness's numbers: counts and rates, never a phrase or a file name."""
    return H.summary_numbers(report)


def label_counts(cases: list) -> str:
    """One line describing the labels: cases, clean cases, expected phrases per family, avoid entries."""
    counts = {f: sum(1 for c in cases for l in c.expect if l.family == f) for f in H.FAMILIES}
    return (f"{len(cases)} cases ({sum(c.clean for c in cases)} clean), "
            + ", ".join(f"{n} {f}" for f, n in counts.items()) + " expected, "
            + f"{sum(len(c.avoid) for c in cases)} avoid entries")


def format_summary(summary: dict[str, Any], title: str) -> str:
    out = H.rate_table(summary, f"{title} eval")
    out.append("")
    out.append("For reporting only: no floors, and misses are deliberately not listed.")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Per-family numbers on the evaluation sets written blind to Literalist's rules.")
    parser.add_argument("--set", choices=sorted(SETS), action="append", dest="sets",
                        help="report this set (repeatable; default: every set)")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--validate", action="store_true", help="only check the labels; do not lint")
    args = parser.parse_args(argv)
    names = args.sets or list(SETS)
    try:
        loaded = {name: load_cases(name) for name in names}
    except H.LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.validate:
        for name, cases in loaded.items():
            print(f"{SETS[name]} labels OK: " + label_counts(cases))
        return 0
    try:
        lint_fn = H.default_lint()
    except ImportError as exc:
        print(f"error: cannot import the Literalist core ({exc}); "
              "install it with `.venv/bin/pip install -e '.[test]'`", file=sys.stderr)
        return 2
    summaries = {name: summarize(evaluate(cases, lint_fn)) for name, cases in loaded.items()}
    if args.json:
        print(json.dumps(summaries, indent=2))
    else:
        print("\n\n".join(format_summary(summary, SETS[name]) for name, summary in summaries.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
