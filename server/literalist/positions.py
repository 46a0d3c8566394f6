"""Offsets <-> line/column, for every line ending a prompt may use.

The core speaks code-point offsets. Shells need (line, column) pairs: the CLI in code
points (1-based), LSP in UTF-16 or UTF-8 units (0-based). Lines end at "\\n", "\\r\\n"
or a lone "\\r", as the CLI's JSON output promises.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_LINE_END = re.compile(r"\r\n|\r|\n")


class LineIndex:
    def __init__(self, text: str):
        self.text = text
        starts = [0]
        starts.extend(m.end() for m in _LINE_END.finditer(text))
        self.starts = starts

    def shifted(self, text: str, at: int, delta: int) -> "LineIndex":
        """The index of ``text``, made from this one after an edit that moved everything
        from ``at`` on by ``delta`` and added or removed no line break."""
        index = LineIndex.__new__(LineIndex)
        index.text = text
        k = bisect_right(self.starts, at)
        index.starts = self.starts[:k] + [s + delta for s in self.starts[k:]]
        return index

    def line_of(self, offset: int) -> int:
        """0-based line containing ``offset`` (an offset at a line end belongs to that line)."""
        return bisect_right(self.starts, offset) - 1

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, column in code points)."""
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        return line, offset - self.starts[line]

    def offset(self, line: int, column: int) -> int:
        """Code-point offset of a 0-based (line, column), clamped into the line."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        return min(start + max(column, 0), self.line_content_end(line))

    def line_content_end(self, line: int) -> int:
        """Offset just before the line's terminator."""
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        while end > self.starts[line] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def line_text(self, line: int) -> str:
        return self.text[self.starts[line] : self.line_content_end(line)]


def utf16_len(s: str) -> int:
    """Length of ``s`` in UTF-16 code units (astral characters count two)."""
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF)
