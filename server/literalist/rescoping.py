"""Re-scoping after a keystroke: reuse every chunk but the edited one.

Most keystrokes change the text of one line and nothing whose reach goes past that
line's chunk. When that is provably so, the new document is the old one with one chunk
re-parsed and everything after it moved by the length difference; otherwise the caller
scopes the whole text again. "Provably" means all of these hold:

- no line break was added or removed, and the edit is not between a CR and its LF;
- neither the old nor the new line holds a character that starts or ends a region
  masked across lines (tags, comments, placeholders, fences, URLs): those are found on
  the whole text, and could open or close data anywhere below;
- the line stays blank or non-blank, and starts at the margin or not, as before (chunk
  boundaries are blank lines followed by a line at the margin);
- the edit is below any front matter and inside no comment (suppressions live there).

The result equals ``scope(text)``; tests compare the two on random edits.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .scoping import ScopedDocument, chunk_scope

# characters that begin or end regions found on the whole text before chunking
_GLOBAL = re.compile(r"[<>{}$`~]|://|www\.")
_BLOCKS = (4096, 256, 16, 1)


def common_affixes(a: str, b: str) -> tuple[int, int]:
    """Lengths of the common prefix and suffix (not overlapping within the shorter text).
    Compared in shrinking blocks, so the work is done by C string comparison."""
    n = min(len(a), len(b))
    p = 0
    for size in _BLOCKS:
        while p + size <= n and a[p:p + size] == b[p:p + size]:
            p += size
    m, la, lb = n - p, len(a), len(b)
    s = 0
    for size in _BLOCKS:
        while s + size <= m and a[la - s - size:la - s] == b[lb - s - size:lb - s]:
            s += size
    return p, s


def _line_start(text: str, at: int) -> int:
    return max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1


def _line_end(text: str, at: int) -> int:
    ends = [i for i in (text.find("\n", at), text.find("\r", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _blank(line: str) -> bool:
    return line.strip(" \t") == ""


def _at_margin(line: str) -> bool:
    return bool(line) and line[0] not in " \t"


def rescope(prev: ScopedDocument, text: str) -> tuple[ScopedDocument, int] | None:
    """(the new document, index of the one chunk that changed), or None when the edit may
    reach past its chunk and the caller must scope the whole text."""
    old = prev.text
    if not prev.chunks or text == old:
        return None
    p, s = common_affixes(old, text)
    delta = len(text) - len(old)
    old_end, new_end = len(old) - s, len(text) - s
    for piece in (old[p:old_end], text[p:new_end]):
        if "\n" in piece or "\r" in piece:
            return None
    if 0 < p < len(old) and old[p - 1] == "\r" and old[p] == "\n":
        return None
    ls = _line_start(old, p)
    le = _line_end(old, old_end)
    old_line, new_line = old[ls:le], text[ls:le + delta]
    if _GLOBAL.search(old_line) or _GLOBAL.search(new_line):
        return None
    if _blank(old_line) != _blank(new_line) or _at_margin(old_line) != _at_margin(new_line):
        return None
    if ls < prev.body_start or (prev.body_start == 0 and any(t.lstrip("\ufeff").startswith("---") for t in (old, text))):
        return None  # front matter, one the edit might close, or one it starts
    if any(a < le and b > ls for a, b, _ in prev.comments):
        return None
    starts = [a for a, _ in prev.chunks]
    i = bisect_right(starts, ls) - 1
    a, b = prev.chunks[i]
    if not a <= ls < b or le > b or b + delta <= a:  # (a chunk that empties disappears)
        return None

    def move(x: int) -> int:
        return x + delta if x >= le else x

    regions = [(x, move(y)) if x < le else (x + delta, y + delta) for x, y in prev.regions]
    global_data = [(x, move(y), name) if x < le else (x + delta, y + delta, name) for x, y, name in prev.global_data]
    comments = [(x + delta, y + delta, body) if x >= le else (x, y, body) for x, y, body in prev.comments]
    chunks = prev.chunks[:i] + [(a, b + delta)] + [(x + delta, y + delta) for x, y in prev.chunks[i + 1:]]
    scopes = list(prev.chunk_scopes)
    scopes[i] = chunk_scope(text, regions, a, b + delta, prev.is_markdown)
    index = prev.line_index.shifted(text, le, delta) if prev.line_index is not None else None
    doc = ScopedDocument(text, prev.path, prev.is_markdown, comments=comments, global_data=global_data,
                         regions=regions, chunks=chunks, chunk_scopes=scopes, line_index=index,
                         body_start=prev.body_start)
    return doc, i
