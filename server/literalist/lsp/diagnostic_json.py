"""Diagnostics written straight to JSON text, from a template per rule and message.

LSP has no partial update: after every keystroke the server sends every diagnostic of
the document again, a thousand of them in a long prompt. Building lsprotocol objects and
letting pygls' converter unstructure and serialise them costs about 50 µs each, which
alone would blow a keystroke's budget. Everything in a diagnostic but its numbers
depends only on the rule, the message and the severity, so that part is encoded once and
each diagnostic is the template with its range and offsets filled in.

The JSON is the same object ``diagnostics.to_diagnostic`` describes (tests parse it
with lsprotocol and compare).
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_right

from literalist.model import Finding

from .diagnostics import _SEVERITY, SOURCE, DiagnosticStyle
from .document_store import Positions


class RawJson:
    """A result or params value that is already JSON text (see protocol.py)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text


class DiagnosticEncoder:
    def __init__(self, style: DiagnosticStyle):
        self.style = style
        self._templates: dict[tuple, str] = {}

    def _middle(self, finding: Finding) -> str:
        """The constant middle of a diagnostic: everything after its range, before its data."""
        rule = finding.rule
        fixable = finding.fix is not None
        key = (rule.code, finding.message, finding.severity, fixable)
        middle = self._templates.get(key)
        if middle is None:
            severity = int(_SEVERITY.get(finding.severity or rule.severity, 2))
            parts = [
                f'"message":{json.dumps(finding.message)}',
                f'"severity":{severity}',
                f'"code":{json.dumps(rule.code)}',
                f'"codeDescription":{{"href":{json.dumps(rule.url)}}}',
                f'"source":{json.dumps(SOURCE)}',
            ]
            if self.style.unnecessary and rule.fades and fixable:
                parts.append('"tags":[1]')
            parts.append(f'"data":{{"code":{json.dumps(rule.code)},"fixable":{"true" if fixable else "false"}')
            middle = ",".join(parts)
            if len(self._templates) > 4096:  # messages quote the prompt's words: keep it bounded
                self._templates.clear()
            self._templates[key] = middle
        return middle

    def encode(self, findings: list[Finding], positions: Positions) -> list[str]:
        index, codec = positions.index, positions.codec
        starts, text = index.starts, index.text
        n = len(text)
        out = []
        for f in findings:
            # the common case inline: an ASCII stretch of one line (columns are then the
            # same in every encoding); anything else goes through Positions
            a, b = f.start, f.end
            line = bisect_right(starts, a) - 1
            first = starts[line]
            nxt = starts[line + 1] if line + 1 < len(starts) else n + 1
            if 0 <= a <= b < nxt and b <= n and text[first:b].isascii() and "\r" not in text[a:b] and "\n" not in text[a:b]:
                sl, sc, el, ec = line, a - first, line, b - first
            else:
                s, e = positions.position(a), positions.position(b)
                sl, sc, el, ec = s.line, s.character, e.line, e.character
            out.append(
                f'{{"range":{{"start":{{"line":{sl},"character":{sc}}},'
                f'"end":{{"line":{el},"character":{ec}}}}},'
                f'{self._middle(f)},"start":{a},"end":{b}}}}}'
            )
        return out


def result_id(items: list[str]) -> str:
    """A pull result id that changes exactly when what the client shows would change."""
    return hashlib.sha1("\x1e".join(items).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def json_list(items: list[str]) -> str:
    return "[" + ",".join(items) + "]"
