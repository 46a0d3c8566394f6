"""SARIF 2.1.0, for code scanning in CI (GitHub, Azure DevOps, any SARIF viewer).

One run; the driver lists every rule with its documentation (so a viewer can explain a
result without the docs site), each result points at its rule by id and index, and
regions use 1-based lines and columns counted in code points (``columnKind`` says so;
SARIF's default would be UTF-16 units). Safe fixes travel as SARIF ``fixes``. Problems
met on the way (unreadable files, config errors) are tool notifications, so a CI log
viewer shows why a file is missing from the results.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from ... import __version__
from ...model import Finding, Rule, Severity
from ..report import FileReport, RunSummary, severity_of

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://literalist.dev"
SRCROOT = "%SRCROOT%"

# SARIF has no "info" or "hint" level: both are notes.
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note", Severity.HINT: "note"}


def log(reports: list[FileReport], rules: dict[str, Rule], summary: RunSummary, cwd: Path | None = None) -> dict[str, Any]:
    cwd = cwd or Path.cwd()
    rule_list = list(rules.values())
    index = {r.code: i for i, r in enumerate(rule_list)}
    results = [_result(r, f, index, cwd) for r in reports for f in r.findings]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "literalist",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [_descriptor(rule) for rule in rule_list],
            }
        },
        "originalUriBaseIds": {SRCROOT: {"uri": cwd.absolute().as_uri() + "/"}},
        "columnKind": "unicodeCodePoints",
        "invocations": [_invocation(summary)],
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def write(reports: list[FileReport], rules: dict[str, Rule], summary: RunSummary, out: TextIO) -> None:
    json.dump(log(reports, rules, summary), out, indent=2, ensure_ascii=False)
    out.write("\n")


def _descriptor(rule: Rule) -> dict[str, Any]:
    from ...docs_gen import render_rule_page  # the same text as the docs page

    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": f"{rule.summary} {rule.model_view}"},
        "help": {"text": rule.instead, "markdown": render_rule_page(rule)},
        "helpUri": rule.url,
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category.value, "tags": [rule.category.value], "fixable": rule.fix_title is not None},
    }


def _result(report: FileReport, f: Finding, index: dict[str, int], cwd: Path) -> dict[str, Any]:
    location = _artifact(report.shown, cwd)
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": LEVELS[severity_of(f)],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": location, "region": _region(report, f.start, f.end)}}],
    }
    if f.code in index:
        result["ruleIndex"] = index[f.code]
    if f.fix is not None and f.fix.edits and f.fix.safe:
        result["fixes"] = [{
            "description": {"text": f.fix.message},
            "artifactChanges": [{
                "artifactLocation": location,
                "replacements": [
                    {"deletedRegion": _region(report, e.start, e.end), "insertedContent": {"text": e.content}}
                    for e in sorted(f.fix.edits, key=lambda e: (e.start, e.end))
                ],
            }],
        }]
    return result


def _region(report: FileReport, start: int, end: int) -> dict[str, int]:
    row, col = report.location(start)
    end_row, end_col = report.location(end)
    return {
        "startLine": row,
        "startColumn": col,
        "endLine": end_row,
        "endColumn": end_col,
    }


def _artifact(shown: str, cwd: Path) -> dict[str, Any]:
    path = Path(shown)
    if path.is_absolute():
        try:
            rel = path.relative_to(cwd.absolute())
        except ValueError:
            return {"uri": path.as_uri()}
        return {"uri": quote(rel.as_posix()), "uriBaseId": SRCROOT}
    return {"uri": quote(shown.replace(os.sep, "/")), "uriBaseId": SRCROOT}


def _invocation(summary: RunSummary) -> dict[str, Any]:
    invocation: dict[str, Any] = {
        "executionSuccessful": not any(level == "error" for level, _ in summary.notes),
    }
    if summary.notes:
        invocation["toolExecutionNotifications"] = [
            {"level": level, "message": {"text": message}} for level, message in summary.notes
        ]
    return invocation
