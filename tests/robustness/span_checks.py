"""Invariants every finding must satisfy, and an LSP position converter that shares no code
with the package (Python's own UTF-16 and UTF-8 encoders, LSP's line-ending rule)."""

from __future__ import annotations

import re

from literalist.model import Finding

_LINE_END = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Offsets where lines start; LSP ends lines only at \\n, \\r\\n and \\r."""
    return [0, *(m.end() for m in _LINE_END.finditer(text))]


def units(s: str, encoding: str) -> int:
    if encoding == "utf-16":
        return len(s.encode("utf-16-le", "surrogatepass")) // 2
    if encoding == "utf-8":
        return len(s.encode("utf-8", "surrogatepass"))
    return len(s)


def lsp_position(text: str, starts: list[int], offset: int, encoding: str = "utf-16") -> tuple[int, int]:
    """(line, character) of a code-point offset, computed independently of the package."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:  # the last line start <= offset
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo, units(text[starts[lo] : offset], encoding)


def splits_surrogate_pair(text: str, starts: list[int], line: int, character: int) -> bool:
    """Whether a UTF-16 column falls between the two halves of an astral character."""
    start = starts[line]
    end = starts[line + 1] if line + 1 < len(starts) else len(text)
    encoded = text[start:end].encode("utf-16-le", "surrogatepass")
    if character * 2 >= len(encoded) or character == 0:
        return False
    unit = int.from_bytes(encoded[character * 2 : character * 2 + 2], "little")
    return 0xDC00 <= unit <= 0xDFFF  # a low surrogate: the column is inside a pair


def check_finding(text: str, f: Finding) -> None:
    """A finding's span, message and fix are sound for ``text``."""
    n = len(text)
    assert isinstance(f.start, int) and isinstance(f.end, int), f
    assert 0 <= f.start < f.end <= n, f"span {f.start}:{f.end} outside text of {n} (or empty) for {f.code}"
    # a span never starts or ends between the two characters of a CRLF (one line break to LSP)
    assert not (0 < f.start < n and text[f.start - 1] == "\r" and text[f.start] == "\n"), f"{f.code} starts inside CRLF"
    assert not (0 < f.end < n and text[f.end - 1] == "\r" and text[f.end] == "\n"), f"{f.code} ends inside CRLF"
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text[f.start : f.end]) or any(
        0xD800 <= ord(c) <= 0xDFFF for c in text
    ), "a span holds surrogates the text never had"
    assert isinstance(f.message, str) and f.message.strip(), f"{f.code} has no message"
    assert f.severity is not None, f"{f.code} has no severity in force"
    if f.fix is not None:
        assert f.fix.message.strip(), f"{f.code} fix has no title"
        last = -1
        for e in sorted(f.fix.edits, key=lambda e: (e.start, e.end)):
            assert 0 <= e.start <= e.end <= n, f"{f.code} edit {e.start}:{e.end} outside text of {n}"
            assert e.start >= last, f"{f.code} fix has overlapping edits"
            assert isinstance(e.content, str)
            last = e.end


def offset_of(text: str, starts: list[int], line: int, character: int, encoding: str = "utf-16") -> int:
    """Code-point offset of a valid LSP position (fails on a position inside a character
    or past the end of its line: a well-formed answer never has one)."""
    assert 0 <= line < len(starts), f"line {line} outside 0..{len(starts) - 1}"
    start = starts[line]
    end = starts[line + 1] if line + 1 < len(starts) else len(text)
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    u = 0
    for i in range(start, end + 1):
        if u == character:
            return i
        assert u < character, f"position {line}:{character} falls inside a character"
        if i < end:
            u += units(text[i], encoding)
    raise AssertionError(f"position {line}:{character} is past the end of line {line}")
