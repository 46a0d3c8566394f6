"""``--statistics``: a summary of each document, and how often each rule fired (like ruff's).

The per-document numbers (words, sentences, reading level, rough token count...) come
from the core's ``document_stats``; this module only lays them out.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, TextIO

from ..report import FileReport, fixable
from . import json as json_output


def code_counts(reports: list[FileReport]) -> list[dict[str, Any]]:
    counts: Counter[str] = Counter()
    fixes: Counter[str] = Counter()
    rules = {}
    for report in reports:
        for f in report.findings:
            counts[f.code] += 1
            fixes[f.code] += fixable(f)
            rules[f.code] = f.rule
    # most frequent first, then by code, as ruff orders them
    ordered = sorted(counts, key=lambda code: (-counts[code], code))
    return [
        {
            "code": code,
            "name": rules[code].name,
            "category": rules[code].category.value,
            "count": counts[code],
            "fixable": fixes[code],
        }
        for code in ordered
    ]


def file_stats(reports: list[FileReport]) -> list[dict[str, Any]]:
    return [{"filename": r.shown, "stats": r.stats or {}} for r in reports]


def write_text(reports: list[FileReport], out: TextIO) -> None:
    out.write("\nDocument statistics\n")
    width = max((len(r.shown) for r in reports), default=0)
    for r in reports:
        out.write(f"  {r.shown.ljust(width)}  {_describe(r.stats or {})}\n")
    rows = code_counts(reports)
    out.write("\nFindings by rule\n")
    if not rows:
        out.write("  (none)\n")
        return
    count_w = max(len(str(row["count"])) for row in rows)
    name_w = max(len(row["name"]) for row in rows)
    for row in rows:
        mark = f"  [{row['fixable']} fixable]" if row["fixable"] else ""
        out.write(f"  {str(row['count']).rjust(count_w)}  {row['code']}  {row['name'].ljust(name_w)}  {row['category']}{mark}\n".rstrip() + "\n")


def write_json(reports: list[FileReport], out: TextIO) -> None:
    json_output.dump(
        {"findings": json_output.items(reports), "files": file_stats(reports), "codes": code_counts(reports)},
        out,
    )


def _describe(stats: dict[str, Any]) -> str:
    parts = []
    for key, value in stats.items():
        label = key.replace("_", " ")
        if isinstance(value, float):
            value = f"{value:.1f}"
        elif isinstance(value, (list, dict, tuple)):
            continue  # detail for the JSON output; the line stays readable
        parts.append(f"{label} {value}")
    return ", ".join(parts) if parts else "(no statistics)"
