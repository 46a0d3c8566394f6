"""What the check found in one file, in the shape every output format starts from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..model import Finding, Severity
from ..positions import LineIndex


@dataclass
class FileReport:
    shown: str  # the path as printed (relative to the working folder when inside it)
    text: str  # the text that was linted (after any fixes)
    findings: list[Finding]
    fixed: int = 0  # findings removed by --fix in this file
    stats: dict | None = None  # document statistics, for --statistics

    @cached_property
    def index(self) -> LineIndex:
        return LineIndex(self.text)

    def location(self, offset: int) -> tuple[int, int]:
        """1-based (row, column), columns in code points, as ruff's JSON has them."""
        line, col = self.index.position(offset)
        return line + 1, col + 1


@dataclass
class RunSummary:
    """What the whole run met besides findings, for formats that can carry it (SARIF)."""

    notes: list[tuple[str, str]] = field(default_factory=list)  # (level "error"|"warning", message)

    def add(self, level: str, message: str) -> None:
        self.notes.append((level, message))


def severity_of(finding: Finding) -> Severity:
    return finding.severity or finding.rule.severity


def fixable(finding: Finding) -> bool:
    return finding.fix is not None and finding.fix.safe and bool(finding.fix.edits)
