"""Human output: ``path:line:col: CODE message``, then the source line with a caret under the words.

Colour is for terminals only: the caller decides (TTY, ``NO_COLOR``, ``--no-color``), this
module just wraps text in ANSI codes when told to.
"""

from __future__ import annotations

import unicodedata
from typing import TextIO

from ...model import Severity
from ..report import FileReport, fixable, severity_of

# Widest source excerpt shown, in terminal cells: prose lines can be whole paragraphs.
MAX_EXCERPT = 100
_TAB = "    "

_RESET = "\x1b[0m"
_STYLE = {
    "path": "\x1b[1m",
    "gutter": "\x1b[34m",
    "dim": "\x1b[2m",
    Severity.ERROR: "\x1b[1;31m",
    Severity.WARNING: "\x1b[1;33m",
    Severity.INFO: "\x1b[1;34m",
    Severity.HINT: "\x1b[1;36m",
}


class _Paint:
    def __init__(self, on: bool):
        self.on = on

    def __call__(self, style, text: str) -> str:
        return f"{_STYLE[style]}{text}{_RESET}" if self.on and text else text


def write(reports: list[FileReport], out: TextIO, *, color: bool, fixing: bool = False) -> None:
    paint = _Paint(color)
    total = fixable_count = 0
    for report in reports:
        for f in report.findings:
            total += 1
            fixable_count += fixable(f)
            row, col = report.location(f.start)
            sev = severity_of(f)
            out.write(f"{paint('path', report.shown)}:{row}:{col}: {paint(sev, f.code)} {f.message}\n")
            for line in _excerpt(report, f.start, f.end, paint, sev):
                out.write(line + "\n")
    out.write(_summary(reports, total, fixable_count, fixing) + "\n")


def _summary(reports: list[FileReport], total: int, fixable_count: int, fixing: bool) -> str:
    files = len(reports)
    where = f"{files} file{'s' if files != 1 else ''}"
    if fixing:
        fixed = sum(r.fixed for r in reports)
        return f"Fixed {fixed} finding{'s' if fixed != 1 else ''}, {total} remaining in {where}."
    if total == 0:
        return f"All clear: no findings in {where}."
    hint = f" ({fixable_count} fixable with --fix)" if fixable_count else ""
    return f"Found {total} finding{'s' if total != 1 else ''} in {where}{hint}."


def _excerpt(report: FileReport, start: int, end: int, paint: _Paint, sev: Severity) -> list[str]:
    index = report.index
    line0, col0 = index.position(start)
    text = index.line_text(line0)
    # the caret covers the finding on its first line (a span may run on past the line end)
    end_line, end_col = index.position(end)
    col1 = end_col if end_line == line0 else len(text)
    col1 = max(min(col1, len(text)), col0 + 1)
    cells = [_render(ch) for ch in text]
    lo, hi = _window(cells, col0, col1)
    shown = "".join(cells[lo:hi])
    before = "…" if lo > 0 else ""
    after = "…" if hi < len(cells) else ""
    pad = _width(before) + sum(_width(c) for c in cells[lo:col0])
    caret = "^" * max(1, sum(_width(c) for c in cells[col0:min(col1, hi)]))
    number = str(line0 + 1)
    gutter = " " * len(number)
    return [
        f"{paint('gutter', number + ' |')} {paint('dim', before)}{shown}{paint('dim', after)}",
        f"{paint('gutter', gutter + ' |')} {' ' * pad}{paint(sev, caret)}",
    ]


def _render(ch: str) -> str:
    """How a character is drawn: tabs as spaces, control characters as a visible mark."""
    if ch == "\t":
        return _TAB
    if unicodedata.category(ch) in ("Cc", "Cf") or ch in "\u2028\u2029":
        return "\u2423" if ch.isspace() else "?"
    return ch


def _width(cell: str) -> int:
    w = 0
    for ch in cell:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _window(cells: list[str], col0: int, col1: int) -> tuple[int, int]:
    """The slice of the line to show: all of it when it fits, else some context each side."""
    widths = [_width(c) for c in cells]
    if sum(widths) <= MAX_EXCERPT:
        return 0, len(cells)
    lo = col0
    budget = MAX_EXCERPT - 2  # room for the two ellipses
    used = sum(widths[col0:col1])
    hi = col1
    # some context before the words, then fill the rest after them
    while lo > 0 and col0 - lo < 30 and used + widths[lo - 1] <= budget:
        lo -= 1
        used += widths[lo]
    while hi < len(cells) and used + widths[hi] <= budget:
        used += widths[hi]
        hi += 1
    if hi <= col0:  # a very long finding: at least start it
        hi = col0 + 1
    return lo, hi
