"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request.

    ::warning file=docs/a.md,line=3,col=15,endLine=3,endColumn=18,title=LIT101::message

Values are escaped as the Actions runner expects ("%", CR, LF everywhere; ":" and ","
in properties too), so a message can never end the command early.
"""

from __future__ import annotations

from typing import TextIO

from ...model import Severity
from ..report import FileReport, severity_of

# Actions knows error, warning and notice.
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice", Severity.HINT: "notice"}


def write(reports: list[FileReport], out: TextIO) -> None:
    for report in reports:
        for f in report.findings:
            row, col = report.location(f.start)
            end_row, end_col = report.location(f.end)
            props = {
                "file": report.shown,
                "line": row,
                "col": col,
                "endLine": end_row,
                "endColumn": end_col,
                "title": f.code,
            }
            joined = ",".join(f"{k}={_escape_property(str(v))}" for k, v in props.items())
            out.write(f"::{LEVELS[severity_of(f)]} {joined}::{_escape_data(f.message)}\n")


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
