"""Findings -> LSP diagnostics, in the client's position encoding.

Each diagnostic carries what an editor and our code actions need: the rule code, a link
to the rule's page, ``source`` "literalist", the severity in force, the ``Unnecessary``
tag when the quick fix would delete the words (editors fade them), and ``data`` with the
finding's code-point span so a code action can find the finding again.
"""

from __future__ import annotations

from lsprotocol import types

from literalist.model import Finding, Severity

from .document_store import Positions

SOURCE = "literalist"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
    Severity.HINT: types.DiagnosticSeverity.Hint,
}


class DiagnosticStyle:
    """What the client said it can show (pull clients say it under textDocument.diagnostic)."""

    def __init__(self, caps: types.ClientCapabilities):
        td = caps.text_document
        sources = [td.publish_diagnostics, td.diagnostic] if td else []
        self.unnecessary = any(
            c is not None and c.tag_support is not None and types.DiagnosticTag.Unnecessary in c.tag_support.value_set
            for c in sources
        )


def to_diagnostic(finding: Finding, positions: Positions, style: DiagnosticStyle) -> types.Diagnostic:
    rule = finding.rule
    tags = None
    if style.unnecessary and rule.fades and finding.fix is not None:
        tags = [types.DiagnosticTag.Unnecessary]
    return types.Diagnostic(
        range=positions.range(finding.start, finding.end),
        message=finding.message,
        severity=_SEVERITY.get(finding.severity or rule.severity, types.DiagnosticSeverity.Warning),
        code=rule.code,
        code_description=types.CodeDescription(href=rule.url),
        source=SOURCE,
        tags=tags,
        data={"code": rule.code, "start": finding.start, "end": finding.end, "fixable": finding.fix is not None},
    )


# The server sends the same objects written as JSON text (diagnostic_json.py); these typed
# versions are the reference its tests compare that text with.
def to_diagnostics(findings: list[Finding], positions: Positions, style: DiagnosticStyle) -> list[types.Diagnostic]:
    return [to_diagnostic(f, positions, style) for f in findings]
