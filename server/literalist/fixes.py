"""Applying fixes to text: the one place edits are merged, for the CLI, the server and tests."""

from __future__ import annotations

from typing import Iterable

from .model import Edit, Finding


def collect_edits(findings: Iterable[Finding], only_safe: bool = True) -> list[Edit]:
    """The edits of all fixes, in order, dropping any fix that overlaps one already taken.

    A fix is taken whole or not at all, so text never ends up half-repaired.
    """
    taken: list[Edit] = []
    fixes = [f.fix for f in findings if f.fix and (f.fix.safe or not only_safe)]
    fixes.sort(key=lambda fx: min(e.start for e in fx.edits) if fx.edits else 0)
    for fix in fixes:
        if not fix.edits:
            continue
        if any(_overlaps(e, t) for e in fix.edits for t in taken):
            continue
        taken.extend(fix.edits)
    taken.sort(key=lambda e: (e.start, e.end))
    return taken


def _overlaps(a: Edit, b: Edit) -> bool:
    if a.start == a.end or b.start == b.end:  # insertions clash only at the same point inside
        return a.start < b.end and b.start < a.end
    return a.start < b.end and b.start < a.end


def apply_edits(text: str, edits: list[Edit]) -> str:
    out = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:
            continue
        out.append(text[pos : e.start])
        out.append(e.content)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def apply_fixes(text: str, findings: Iterable[Finding], only_safe: bool = True) -> str:
    return apply_edits(text, collect_edits(findings, only_safe))


def fix_text(text: str, lint, only_safe: bool = True, select=None, max_passes: int = 10) -> tuple[str, int]:
    """Apply fixes until none applies, as ruff does: fixes that overlapped in one pass get
    their turn in the next, so the result is a fixed point (fixing it again changes nothing).

    ``lint`` is a callable text -> findings; ``select`` optionally filters findings.
    Returns the new text and the number of fixes applied.
    """
    applied = 0
    for _ in range(max_passes):
        findings = [f for f in lint(text) if f.fix and (f.fix.safe or not only_safe)]
        if select is not None:
            findings = [f for f in findings if select(f)]
        edits = collect_edits(findings, only_safe)
        if not edits:
            break
        new = apply_edits(text, edits)
        if new == text:
            break
        applied += sum(1 for f in findings if f.fix and all(e in edits for e in f.fix.edits))
        text = new
    return text, applied
