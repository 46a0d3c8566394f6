"""Literalist's labeled evaluation: do the rules find the problems people really write,
and do they leave alone the words that only look like problems?

The set lives next to this file:

    cases/NNN-slug.md|.prompt   real-looking prompts (problem prompts, clean prompts, look-alikes)
    labels.json                 the ground truth for each file

A label names a phrase by its exact text and which occurrence it is (1-based, counted left to
right without overlaps), so the labels survive edits elsewhere in the file and a reviewer can
read them. ``expect`` entries must be overlapped by a finding of their family; ``avoid`` entries
must not be overlapped by a finding of their family (or of any measured family when the entry
names none).

Per family (tone, inference, quality) this computes
    recall      = expected phrases overlapped by a finding of that family / expected phrases
    precision   = findings of that family that overlap an expected phrase of that family
                  / findings of that family (files in the set only)
    leave-alone = avoid entries that apply to the family and no finding of it overlaps
                  / avoid entries that apply to the family
plus the overall leave-alone rate and every miss, false positive and trampled avoid entry.

Run ``python tests/eval/harness.py`` for a readable table (``--json`` for machine output,
``--case SUBSTR`` to look at some files only, ``--validate`` to check the labels without linting).
The thresholds the suite enforces live in ``test_eval.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

FAMILIES: tuple[str, ...] = ("tone", "inference", "quality")
HERE = Path(__file__).resolve().parent
CASES_DIR = HERE / "cases"
LABELS_PATH = HERE / "labels.json"
CASE_SUFFIXES = (".md", ".prompt")

_CASE_KEYS = {"file", "expect", "avoid"}
_ENTRY_KEYS = {"family", "text", "occurrence", "note"}


class LabelError(Exception):
    """The labels do not match the case files; the message lists every problem."""


# ---------------------------------------------------------------- locating phrases


def phrase_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every occurrence of ``phrase`` in ``text``, left to right, not overlapping."""
    spans: list[tuple[int, int]] = []
    if not phrase:
        return spans
    i = 0
    while True:
        j = text.find(phrase, i)
        if j < 0:
            return spans
        spans.append((j, j + len(phrase)))
        i = j + len(phrase)


def line_of(text: str, offset: int) -> int:
    """1-based line number of a code-point offset (lines end at \\n, \\r\\n or \\r)."""
    head = text[:offset]
    return head.count("\n") + head.count("\r") - head.count("\r\n") + 1


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans overlap. A zero-width finding counts as covering the character it sits on."""
    a_end = max(a_end, a_start + 1)
    b_end = max(b_end, b_start + 1)
    return a_start < b_end and b_start < a_end


# ---------------------------------------------------------------- the labeled set


@dataclass(frozen=True)
class Label:
    kind: str  # "expect" | "avoid"
    family: str | None  # None on an avoid entry: applies to every measured family
    text: str
    occurrence: int
    note: str
    start: int
    end: int
    line: int

    def applies_to(self, family: str) -> bool:
        return self.family is None or self.family == family


@dataclass
class Case:
    file: str
    path: Path
    text: str
    expect: list[Label]
    avoid: list[Label]

    @property
    def clean(self) -> bool:
        return not self.expect


def read_case_text(path: Path) -> str:
    # newline="" keeps line endings as written: offsets must match what the linter sees
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def load_raw_labels(labels_path: Path = LABELS_PATH) -> dict[str, Any]:
    try:
        with open(labels_path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise LabelError(f"{labels_path}: labels file not found") from None
    except json.JSONDecodeError as exc:
        raise LabelError(f"{labels_path}:{exc.lineno}: not valid JSON: {exc.msg}") from None


def _check_entry(where: str, entry: Any, kind: str, problems: list[str]) -> None:
    if not isinstance(entry, dict):
        problems.append(f"{where}: each {kind} entry must be an object")
        return
    extra = set(entry) - _ENTRY_KEYS
    if extra:
        problems.append(f"{where}: unknown keys {sorted(extra)}")
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: 'text' must be a non-empty string")
    family = entry.get("family")
    if kind == "expect" and family not in FAMILIES:
        problems.append(f"{where}: 'family' must be one of {', '.join(FAMILIES)} (got {family!r})")
    if kind == "avoid" and family is not None and family not in FAMILIES:
        problems.append(f"{where}: 'family' must be one of {', '.join(FAMILIES)} or absent (got {family!r})")
    occ = entry.get("occurrence", 1)
    if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
        problems.append(f"{where}: 'occurrence' must be a whole number >= 1 (got {occ!r})")
    note = entry.get("note")
    if kind == "avoid" and (not isinstance(note, str) or not note.strip()):
        problems.append(f"{where}: every avoid entry needs a 'note' saying why it is a look-alike")
    if note is not None and not isinstance(note, str):
        problems.append(f"{where}: 'note' must be a string")


def validate_labels(raw: Any, cases_dir: Path = CASES_DIR) -> list[str]:
    """Every problem with the labels, as readable one-liners (empty when all is well)."""
    problems: list[str] = []
    if not isinstance(raw, dict) or raw.get("version") != 1 or not isinstance(raw.get("cases"), list):
        return ['labels must be an object {"version": 1, "cases": [...]}']
    seen: set[str] = set()
    for n, case in enumerate(raw["cases"]):
        if not isinstance(case, dict) or not isinstance(case.get("file"), str):
            problems.append(f"cases[{n}]: each case needs a 'file' string")
            continue
        name = case["file"]
        extra = set(case) - _CASE_KEYS
        if extra:
            problems.append(f"{name}: unknown keys {sorted(extra)}")
        if name in seen:
            problems.append(f"{name}: labeled twice")
        seen.add(name)
        path = cases_dir / name
        if not path.is_file():
            problems.append(f"{name}: no such case file in {cases_dir}")
            continue
        text = read_case_text(path)
        for kind in ("expect", "avoid"):
            entries = case.get(kind)
            if not isinstance(entries, list):
                problems.append(f"{name}: '{kind}' must be a list")
                continue
            keys: set[tuple] = set()
            for m, entry in enumerate(entries):
                where = f"{name} {kind}[{m}]"
                before = len(problems)
                _check_entry(where, entry, kind, problems)
                if len(problems) > before:
                    continue
                occ = entry.get("occurrence", 1)
                found = len(phrase_spans(text, entry["text"]))
                if found < occ:
                    problems.append(
                        f"{where}: {entry['text']!r} occurrence {occ} asked for, "
                        f"but the file has {found} occurrence(s)"
                    )
                key = (entry.get("family"), entry["text"], occ)
                if key in keys:
                    problems.append(f"{where}: duplicate of an earlier {kind} entry")
                keys.add(key)
    on_disk = {p.name for p in cases_dir.iterdir() if p.is_file() and p.suffix in CASE_SUFFIXES} if cases_dir.is_dir() else set()
    for name in sorted(on_disk - seen):
        problems.append(f"{name}: case file has no labels")
    return problems


def load_cases(labels_path: Path = LABELS_PATH, cases_dir: Path = CASES_DIR) -> list[Case]:
    raw = load_raw_labels(labels_path)
    problems = validate_labels(raw, cases_dir)
    if problems:
        raise LabelError("labels do not match the cases:\n  " + "\n  ".join(problems))
    cases: list[Case] = []
    for case in raw["cases"]:
        path = cases_dir / case["file"]
        text = read_case_text(path)
        built: dict[str, list[Label]] = {}
        for kind in ("expect", "avoid"):
            built[kind] = []
            for entry in case[kind]:
                occ = entry.get("occurrence", 1)
                start, end = phrase_spans(text, entry["text"])[occ - 1]
                built[kind].append(
                    Label(kind, entry.get("family"), entry["text"], occ, entry.get("note", ""),
                          start, end, line_of(text, start))
                )
        cases.append(Case(case["file"], path, text, built["expect"], built["avoid"]))
    return cases


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Hit:
    """One line of the readable report: where, what, and why it matters."""

    file: str
    line: int
    family: str
    text: str
    code: str = ""
    note: str = ""


@dataclass
class FamilyScore:
    expected: int = 0
    found: int = 0  # expected phrases overlapped by a finding of the family
    findings: int = 0
    true_findings: int = 0  # findings overlapping an expected phrase of the family
    avoid: int = 0
    avoid_kept: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.expected if self.expected else None

    @property
    def precision(self) -> float | None:
        return self.true_findings / self.findings if self.findings else None

    @property
    def leave_alone(self) -> float | None:
        return self.avoid_kept / self.avoid if self.avoid else None


@dataclass
class CaseResult:
    file: str
    misses: list[Hit] = field(default_factory=list)
    false_positives: list[Hit] = field(default_factory=list)
    trampled: list[Hit] = field(default_factory=list)


@dataclass
class RuleScore:
    code: str
    family: str
    findings: int = 0
    false_positives: int = 0


@dataclass
class Report:
    families: dict[str, FamilyScore]
    cases: list[CaseResult]
    rules: dict[str, RuleScore]
    avoid_total: int = 0
    avoid_kept: int = 0
    case_count: int = 0
    clean_count: int = 0

    @property
    def leave_alone(self) -> float | None:
        return self.avoid_kept / self.avoid_total if self.avoid_total else None

    def metric(self, family: str, name: str) -> float | None:
        return getattr(self.families[family], name)

    def to_dict(self) -> dict[str, Any]:
        fam = {
            f: {
                "expected": s.expected, "found": s.found, "findings": s.findings,
                "true_findings": s.true_findings, "avoid": s.avoid, "avoid_kept": s.avoid_kept,
                "recall": s.recall, "precision": s.precision, "leave_alone": s.leave_alone,
            }
            for f, s in self.families.items()
        }
        def as_dicts(hits: list[Hit]) -> list[dict[str, Any]]:
            return [dict(h.__dict__) for h in hits]

        return {
            "cases": self.case_count,
            "clean_cases": self.clean_count,
            "families": fam,
            "leave_alone": self.leave_alone,
            "avoid": self.avoid_total,
            "avoid_kept": self.avoid_kept,
            "rules": {c: r.__dict__ for c, r in sorted(self.rules.items())},
            "per_case": [
                {"file": c.file, "misses": as_dicts(c.misses),
                 "false_positives": as_dicts(c.false_positives), "trampled": as_dicts(c.trampled)}
                for c in self.cases if c.misses or c.false_positives or c.trampled
            ],
        }


def family_of(finding: Any) -> str:
    cat = getattr(finding, "category", None)
    return str(getattr(cat, "value", cat))


def _snippet(text: str, start: int, end: int, limit: int = 60) -> str:
    s = text[start:max(end, start + 1)].replace("\r", " ").replace("\n", " ")
    return s if len(s) <= limit else s[: limit - 1] + "…"


LintFn = Callable[[str, str], Sequence[Any]]


def default_lint() -> LintFn:
    """The real core. Falls back to the source tree when the package is not installed."""
    try:
        from literalist.engine import lint
    except ImportError:
        sys.path.insert(0, str(HERE.parents[1] / "server"))
        from literalist.engine import lint  # noqa: F811  (a clear ImportError if this fails too)
    return lambda text, path: lint(text, path)


def evaluate(cases: Iterable[Case], lint_fn: LintFn | None = None) -> Report:
    lint_fn = lint_fn or default_lint()
    families = {f: FamilyScore() for f in FAMILIES}
    rules: dict[str, RuleScore] = {}
    results: list[CaseResult] = []
    report = Report(families, results, rules)
    for case in cases:
        report.case_count += 1
        report.clean_count += case.clean
        result = CaseResult(case.file)
        results.append(result)
        findings = [f for f in lint_fn(case.text, str(case.path)) if family_of(f) in FAMILIES]

        for label in case.expect:
            families[label.family].expected += 1
            if any(family_of(f) == label.family and overlaps(f.start, f.end, label.start, label.end)
                   for f in findings):
                families[label.family].found += 1
            else:
                result.misses.append(Hit(case.file, label.line, label.family, label.text, note=label.note))

        for f in findings:
            fam = family_of(f)
            code = str(getattr(f, "code", "?"))
            score = families[fam]
            score.findings += 1
            rule = rules.setdefault(code, RuleScore(code, fam))
            rule.findings += 1
            if any(l.family == fam and overlaps(f.start, f.end, l.start, l.end) for l in case.expect):
                score.true_findings += 1
            else:
                rule.false_positives += 1
                result.false_positives.append(
                    Hit(case.file, line_of(case.text, f.start), fam, _snippet(case.text, f.start, f.end),
                        code=code, note=str(getattr(f, "message", "")))
                )

        for label in case.avoid:
            report.avoid_total += 1
            hit_by = [f for f in findings if label.applies_to(family_of(f))
                      and overlaps(f.start, f.end, label.start, label.end)]
            if not hit_by:
                report.avoid_kept += 1
            else:
                first = hit_by[0]
                result.trampled.append(
                    Hit(case.file, label.line, family_of(first), label.text,
                        code=str(getattr(first, "code", "?")), note=label.note)
                )
            for fam in FAMILIES:
                if label.applies_to(fam):
                    families[fam].avoid += 1
                    if not any(family_of(f) == fam for f in hit_by):
                        families[fam].avoid_kept += 1
    return report


# ---------------------------------------------------------------- printing


def _pct(v: float | None) -> str:
    return "  n/a" if v is None else f"{v * 100:5.1f}%"


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}"


def summary_numbers(report: Report) -> dict[str, Any]:
    """Counts and rates per family, and the overall leave-alone rate. Never a phrase or a file
    name: the reports on the held-out sets print only this."""
    families = {}
    for fam, s in report.families.items():
        families[fam] = {
            "expected": s.expected, "found": s.found,
            "findings": s.findings, "true_findings": s.true_findings,
            "avoid": s.avoid, "avoid_kept": s.avoid_kept,
            "recall": s.recall, "precision": s.precision, "leave_alone": s.leave_alone,
        }
    return {
        "cases": report.case_count,
        "clean_cases": report.clean_count,
        "families": families,
        "avoid": report.avoid_total,
        "avoid_kept": report.avoid_kept,
        "leave_alone": report.leave_alone,
    }


def rate_table(summary: dict[str, Any], title: str) -> list[str]:
    """The heading line and the per-family table of a ``summary_numbers`` dict."""
    out = [
        f"Literalist {title}: {summary['cases']} cases ({summary['clean_cases']} clean), "
        f"{summary['avoid']} avoid entries",
        "",
        f"{'family':<10} {'recall':>7} {'(found/exp)':>12} {'precision':>10} {'(true/all)':>11} "
        f"{'leave-alone':>12} {'(kept/all)':>11}",
    ]
    for fam, s in summary["families"].items():
        out.append(f"{fam:<10} {_pct(s['recall']):>7} {_ratio(s['found'], s['expected']):>12} "
                   f"{_pct(s['precision']):>10} {_ratio(s['true_findings'], s['findings']):>11} "
                   f"{_pct(s['leave_alone']):>12} {_ratio(s['avoid_kept'], s['avoid']):>11}")
    out.append(f"{'all':<10} {'':>7} {'':>12} {'':>10} {'':>11} {_pct(summary['leave_alone']):>12} "
               f"{_ratio(summary['avoid_kept'], summary['avoid']):>11}")
    return out


def format_report(report: Report) -> str:
    out = rate_table(summary_numbers(report), "eval")

    if report.rules:
        out.append("")
        out.append("by rule (findings in measured families):")
        for code, r in sorted(report.rules.items()):
            out.append(f"  {code:<8} {r.family:<10} {r.findings:>4} findings, {r.false_positives:>3} false positives")

    def section(title: str, pick: Callable[[CaseResult], list[Hit]], show: Callable[[Hit], str]) -> None:
        hits = [h for c in report.cases for h in pick(c)]
        out.append("")
        out.append(f"{title} ({len(hits)}):")
        for h in hits:
            out.append("  " + show(h))
        if not hits:
            out.append("  none")

    section("missed expectations", lambda c: c.misses,
            lambda h: f"{h.file}:{h.line}  [{h.family}]  {h.text!r}")
    section("false positives", lambda c: c.false_positives,
            lambda h: f"{h.file}:{h.line}  [{h.family} {h.code}]  {h.text!r}")
    section("avoid entries trampled", lambda c: c.trampled,
            lambda h: f"{h.file}:{h.line}  [{h.family} {h.code}]  {h.text!r}  ({h.note})")
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Run Literalist's labeled evaluation set.")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--case", action="append", default=[], metavar="SUBSTR",
                        help="only cases whose file name contains SUBSTR (repeatable)")
    parser.add_argument("--validate", action="store_true",
                        help="only check the labels against the case files; do not lint")
    parser.add_argument("--labels", type=Path, default=LABELS_PATH, help=argparse.SUPPRESS)
    parser.add_argument("--cases-dir", type=Path, default=CASES_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    try:
        cases = load_cases(args.labels, args.cases_dir)
    except LabelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.case:
        cases = [c for c in cases if any(s in c.file for s in args.case)]
        if not cases:
            print(f"error: no case file name contains {' or '.join(map(repr, args.case))}", file=sys.stderr)
            return 2
    if args.validate:
        counts = {f: sum(1 for c in cases for l in c.expect if l.family == f) for f in FAMILIES}
        print(f"labels OK: {len(cases)} cases ({sum(c.clean for c in cases)} clean), "
              + ", ".join(f"{n} {f}" for f, n in counts.items()) + " expected, "
              + f"{sum(len(c.avoid) for c in cases)} avoid entries")
        return 0
    try:
        lint_fn = default_lint()
    except ImportError as exc:
        hint = ""
        if getattr(exc, "name", None) == "literalist":
            hint = "; install it with `.venv/bin/pip install -e '.[test]'`"
        print(f"error: cannot import the Literalist core ({exc}){hint}", file=sys.stderr)
        return 2
    report = evaluate(cases, lint_fn)
    print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) if args.json else format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
