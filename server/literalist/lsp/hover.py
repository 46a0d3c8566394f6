"""Hover over a flagged span: what the rule is, the exact words, how the model reads them,
what to write instead, and a before/after example. Nothing off a finding.
"""

from __future__ import annotations

from lsprotocol import types

from literalist.model import Finding

from .document_store import Positions
from .scheduler import LintResult


def findings_at(result: LintResult, offset: int) -> list[Finding]:
    """Findings whose span holds the character at ``offset`` (hover points at a character)."""
    return [f for f in result.findings if f.start <= offset < f.end]


def wants_markdown(caps: types.ClientCapabilities) -> bool:
    hover = caps.text_document.hover if caps.text_document else None
    formats = hover.content_format if hover and hover.content_format else [types.MarkupKind.PlainText]
    return types.MarkupKind.Markdown in formats


def _quote(text: str) -> str:
    return " ".join(text.split())


def _md_code(text: str) -> str:
    """Inline code that survives backticks in the text."""
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def render_markdown(finding: Finding, words: str) -> str:
    rule = finding.rule
    parts = [
        f"**{rule.code} {rule.name}** · {rule.category.value}",
        f"Flagged: {_md_code(_quote(words))}. {finding.message}",
        f"**How the model reads it:** {rule.model_view}",
        f"**Write instead:** {rule.instead}",
        "**Example**",
        f"- Before: {_md_code(rule.example_before)}\n- After: {_md_code(rule.example_after)}",
        f"[{rule.code} documentation]({rule.url})",
    ]
    return "\n\n".join(parts)


def render_plain(finding: Finding, words: str) -> str:
    rule = finding.rule
    return "\n\n".join(
        [
            f"{rule.code} {rule.name} ({rule.category.value})",
            f'Flagged: "{_quote(words)}". {finding.message}',
            f"How the model reads it: {rule.model_view}",
            f"Write instead: {rule.instead}",
            f"Before: {rule.example_before}\nAfter: {rule.example_after}",
            rule.url,
        ]
    )


def hover(result: LintResult, positions: Positions, offset: int, markdown: bool) -> types.Hover | None:
    found = findings_at(result, offset)
    if not found:
        return None
    render = render_markdown if markdown else render_plain
    sep = "\n\n---\n\n" if markdown else "\n\n----\n\n"
    value = sep.join(render(f, result.text[f.start : f.end]) for f in found)
    start = min(f.start for f in found)
    end = max(f.end for f in found)
    return types.Hover(
        contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText, value=value
        ),
        range=positions.range(start, end),
    )
