"""The self-check summary on the first line: the three questions for the whole document.

"Self-check: tone 3 · inference 2 · quality bar OK" — a count where the prompt has
problems, OK where it has none. Clicking it runs ``literalist.nextFinding``.
"""

from __future__ import annotations

from lsprotocol import types

from literalist.model import Category, Finding

NEXT_FINDING = "literalist.nextFinding"

QUESTIONS = ((Category.TONE, "tone"), (Category.INFERENCE, "inference"), (Category.QUALITY, "quality bar"))


def summary(findings: list[Finding]) -> str:
    parts = []
    for category, label in QUESTIONS:
        n = sum(1 for f in findings if f.category == category)
        parts.append(f"{label} {n if n else 'OK'}")
    return "Self-check: " + " · ".join(parts)


def code_lens(uri: str, findings: list[Finding]) -> types.CodeLens:
    return types.CodeLens(
        range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
        command=types.Command(title=summary(findings), command=NEXT_FINDING, arguments=[uri]),
    )
