"""Code actions: a preferred quick fix per finding, strip-all as a fix-all source action,
and "Disable LITxxx for this line" (a suppression comment above the line).

Quick fixes that strip emotional language come first: they are the reason to open the
menu. Every edit is computed from the current result and versioned with its version.
"""

from __future__ import annotations

import re

from lsprotocol import types

from literalist.model import Category, Edit, Finding

from .diagnostics import DiagnosticStyle, to_diagnostic
from .document_store import Positions
from .documents import is_dotprompt
from .scheduler import LintResult
from .workspace_edits import workspace_edit

FIX_ALL_KIND = "source.fixAll.literalist"
FIX_ALL_TITLE = "Strip all emotional language in this file"
QUICKFIX = types.CodeActionKind.QuickFix

_INDENT = re.compile(r"[ \t]*")


def kind_allowed(kind: str, only: list[str] | None) -> bool:
    """LSP kinds are hierarchical: asking for "source" includes "source.fixAll.literalist"."""
    if not only:
        return True
    return any(kind == o or kind.startswith(o + ".") for o in only)


def tone_fix_edits(result: LintResult) -> tuple[list[Edit], int]:
    """Strip all emotional language: the safe tone fixes, applied again until nothing changes
    (as `literalist check --fix` does: fixes that overlapped in one pass get their turn in the
    next), returned as one edit over the part of the text that changed, with the number of
    fixes it applied."""
    from literalist.engine import Linter
    from literalist.fixes import fix_text

    if not any(f.category == Category.TONE and f.fix for f in result.findings):
        return [], 0
    analysis = result.extra.get("analysis")
    linter = Linter(analysis.config if analysis is not None else None)
    path = result.extra.get("path")
    text = result.text
    fixed, applied = fix_text(text, lambda t: linter.lint(t, path), select=lambda f: f.category == Category.TONE)
    if fixed == text:
        return [], 0
    head = 0
    limit = min(len(text), len(fixed))
    while head < limit and text[head] == fixed[head]:
        head += 1
    tail = 0
    while tail < limit - head and text[-1 - tail] == fixed[-1 - tail]:
        tail += 1
    return [Edit(head, len(text) - tail, fixed[head : len(fixed) - tail])], applied


# An existing directive on the line above: the new code joins it instead of stacking lines.
_MD_DIRECTIVE = re.compile(r"[ \t]*<!--\s*literalist-disable-next-line((?:[\s,]+LIT\d{0,3})+)\s*-->[ \t]*")
_HB_DIRECTIVE = re.compile(
    r"[ \t]*\{\{!(?:--)?\s*literalist-disable-next-line((?:[\s,]+LIT\d{0,3})+)\s*(?:--)?\}\}[ \t]*"
)


def suppression_edit(result: LintResult, finding: Finding, path: str) -> Edit:
    """A disable-next-line comment above the finding's first line, with that line's
    indentation: Markdown gets an HTML comment, Dotprompt a Handlebars comment (neither
    reaches the model). If the line above already holds one, the code is added to it."""
    index = result.index
    line = index.line_of(finding.start)
    dotprompt = is_dotprompt(path)
    if line > 0:
        above_start = index.starts[line - 1]
        above_end = index.line_content_end(line - 1)
        m = (_HB_DIRECTIVE if dotprompt else _MD_DIRECTIVE).fullmatch(result.text, above_start, above_end)
        if m:
            return Edit(m.end(1), m.end(1), f" {finding.code}")
    line_start = index.starts[line]
    indent = _INDENT.match(result.text, line_start, index.line_content_end(line)).group(0)
    if dotprompt:
        comment = f"{{{{! literalist-disable-next-line {finding.code} }}}}"
    else:
        comment = f"<!-- literalist-disable-next-line {finding.code} -->"
    return Edit(line_start, line_start, f"{indent}{comment}{_line_ending(result, line)}")


def _line_ending(result: LintResult, line: int) -> str:
    index = result.index
    end = index.line_content_end(line)
    nxt = index.starts[line + 1] if line + 1 < len(index.starts) else len(result.text)
    if nxt > end:
        return result.text[end:nxt]
    m = re.search(r"\r\n|\r|\n", result.text)  # the last line: use the document's own ending
    return m.group(0) if m else "\n"


def _overlapping(result: LintResult, start: int, end: int) -> list[Finding]:
    out = []
    for f in result.findings:
        if start == end:
            if f.start <= start <= f.end:
                out.append(f)
        elif f.start < end and start < f.end or (f.start == f.end and start <= f.start <= end):
            out.append(f)
    return out


def _client_diagnostic(finding: Finding, sent: list[types.Diagnostic], rng: types.Range) -> types.Diagnostic | None:
    """The diagnostic the client sent back for this finding (matched by data, else by range)."""
    for d in sent:
        if d.source not in (None, "literalist") or d.code != finding.code:
            continue
        data = d.data if isinstance(d.data, dict) else None
        if data is not None and data.get("start") == finding.start and data.get("end") == finding.end:
            return d
        if data is None and d.range == rng:
            return d
    return None


def code_actions(
    result: LintResult,
    positions: Positions,
    params: types.CodeActionParams,
    path: str,
    caps: types.ClientCapabilities,
) -> list[types.CodeAction]:
    only = list(params.context.only) if params.context.only else None
    start = positions.offset(params.range.start)
    end = max(start, positions.offset(params.range.end))
    here = _overlapping(result, start, end)
    style = DiagnosticStyle(caps)

    def diags_for(f: Finding) -> list[types.Diagnostic]:
        rng = positions.range(f.start, f.end)
        return [_client_diagnostic(f, list(params.context.diagnostics), rng) or to_diagnostic(f, positions, style)]

    def edit(edits: list[Edit]) -> types.WorkspaceEdit:
        return workspace_edit(result.uri, result.version, edits, positions, caps)

    fixes: list[tuple[int, types.CodeAction]] = []
    disables: list[types.CodeAction] = []
    if kind_allowed(QUICKFIX, only):
        seen_disable: set[tuple[str, int]] = set()
        for f in here:
            if f.fix is not None and f.fix.edits:
                title = f.rule.fix_title or f.fix.message
                action = types.CodeAction(
                    title=title,
                    kind=QUICKFIX,
                    diagnostics=diags_for(f),
                    is_preferred=True,
                    edit=edit(list(f.fix.edits)),
                )
                fixes.append((0 if f.category == Category.TONE else 1, action))
            line = result.index.line_of(f.start)
            if (f.code, line) not in seen_disable:
                seen_disable.add((f.code, line))
                disables.append(
                    types.CodeAction(
                        title=f"Disable {f.code} for this line",
                        kind=QUICKFIX,
                        diagnostics=diags_for(f),
                        edit=edit([suppression_edit(result, f, path)]),
                    )
                )
    fixes.sort(key=lambda pair: pair[0])  # stable: tone first, then by position
    actions = [a for _, a in fixes]

    fix_all_wanted = kind_allowed(FIX_ALL_KIND, only) and (
        only is not None or any(f.category == Category.TONE for f in here)
    )
    if fix_all_wanted:
        edits, _ = tone_fix_edits(result)
        if edits:
            actions.append(types.CodeAction(title=FIX_ALL_TITLE, kind=FIX_ALL_KIND, edit=edit(edits)))
    return actions + disables
