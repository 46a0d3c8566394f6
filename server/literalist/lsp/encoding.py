"""Columns in code points <-> columns in the client's position encoding.

The core speaks code points. LSP speaks UTF-16 code units unless the client offered
UTF-8 or UTF-32 first (pygls negotiates; ``ls.workspace.position_encoding`` holds the
result). Only a line's prefix matters, so conversions work on one line's text.
"""

from __future__ import annotations

UTF8 = "utf-8"
UTF16 = "utf-16"
UTF32 = "utf-32"


def _utf8_units(ch: str) -> int:
    o = ord(ch)
    if o < 0x80:
        return 1
    if o < 0x800:
        return 2
    if o < 0x10000:  # includes lone surrogates, which JSON can smuggle in
        return 3
    return 4


def _utf16_units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


class ColumnCodec:
    """Converts columns within one line for a negotiated position encoding."""

    def __init__(self, encoding: str | None):
        enc = str(getattr(encoding, "value", encoding) or UTF16).lower()
        self.encoding = enc if enc in (UTF8, UTF16, UTF32) else UTF16
        self._units = {UTF8: _utf8_units, UTF16: _utf16_units, UTF32: None}[self.encoding]

    def to_client(self, line: str, column: int) -> int:
        """Code-point column -> client units."""
        prefix = line[:column]
        if self._units is None or prefix.isascii():
            return len(prefix)
        units = self._units
        return sum(units(ch) for ch in prefix)

    def from_client(self, line: str, units: int) -> int:
        """Client units -> code-point column, clamped to the line.

        A position inside a character (half a surrogate pair, the middle of a UTF-8
        sequence) is invalid in LSP; it rounds down to the character's start.
        """
        if units <= 0:
            return 0
        if self._units is None or line.isascii():
            return min(units, len(line))
        count = self._units
        used = 0
        for i, ch in enumerate(line):
            used += count(ch)
            if used > units:
                return i
            if used == units:
                return i + 1
        return len(line)

    def length(self, text: str) -> int:
        return self.to_client(text, len(text))
