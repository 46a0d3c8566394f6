"""Machine output shaped like ruff's ``--output-format json``: one list of findings.

Rows and columns are 1-based, columns count Unicode code points, and lines end at "\\n",
"\\r\\n" or "\\r". An end location is exclusive, as in ruff.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from ...model import Finding
from ..report import FileReport, severity_of


def finding_item(report: FileReport, f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.rule.name,
        "category": f.category.value,
        "severity": severity_of(f).value,
        "message": f.message,
        "filename": report.shown,
        "location": _loc(report, f.start),
        "end_location": _loc(report, f.end),
        "url": f.rule.url,
        "fix": _fix(report, f),
    }


def items(reports: list[FileReport]) -> list[dict[str, Any]]:
    return [finding_item(r, f) for r in reports for f in r.findings]


def write(reports: list[FileReport], out: TextIO) -> None:
    dump(items(reports), out)


def dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, indent=2, ensure_ascii=False)
    out.write("\n")


def _loc(report: FileReport, offset: int) -> dict[str, int]:
    row, column = report.location(offset)
    return {"row": row, "column": column}


def _fix(report: FileReport, f: Finding) -> dict[str, Any] | None:
    if f.fix is None or not f.fix.edits:
        return None
    return {
        "message": f.fix.message,
        "applicability": "safe" if f.fix.safe else "unsafe",
        "edits": [
            {"content": e.content, "location": _loc(report, e.start), "end_location": _loc(report, e.end)}
            for e in sorted(f.fix.edits, key=lambda e: (e.start, e.end))
        ],
    }
