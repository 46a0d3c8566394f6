"""Re-scoping after a keystroke: reuse every chunk but the edited one.

Most keystrokes change the text of one line and nothing whose reach goes past that
line's chunk. When that is provably so, the new document is the old one with one chunk
re-parsed and everything after it moved by the length difference; otherwise the caller
scopes the whole text again. "Provably" means all of these hold:

- neither the old nor the new lines open or close a comment, a fence or triple quotes (those
  are found on the whole text and could hide or reveal anything below), every placeholder,
  tag and URL on them is the same and away from the edit (a tag pairs with its partner anywhere),
  no tag on them becomes or stops being a mention of someone else's words ("the customer
  writes in <request> tags"), and each masked region on them is filled for the parser as
  before;
- no CR next to the edit could start or stop pairing with an LF;
- the edit is below any front matter and inside no comment (suppressions live there).

When the lines keep their number, blankness and indentation, chunk boundaries cannot have
moved and only the edited chunk is re-parsed. Otherwise (Enter, a line emptied) the
boundaries are found again from the edited chunk to the end of the next one, the only
stretch whose boundaries depend on the edited lines. The result equals ``scope(text)``;
tests compare the two on random edits.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .scoping import (_PLACEHOLDER, _TAG, _THEIR_WORDS_BEFORE, _TRIPLE_QUOTES, _URL, MESSAGE_TAGS, ScopedDocument, _chunks, _masked_span,
                      _parse_fill, chunk_scope)

# what opens or closes a region that can span lines: comments, fences, triple quotes
_SPANNING = re.compile(r"<!--|-->|\{\{!|--\}\}|^ {0,3}(?:`{3,}|~{3,})|" + _TRIPLE_QUOTES.pattern, re.M)
# regions found on the whole text before chunking, each within one line
_LINE_REGIONS = (_PLACEHOLDER, _TAG, _URL)
_MESSAGE_TAG_NEXT = re.compile(r"\r?\n[ \t]*<(?:%s)\b" % "|".join(sorted(MESSAGE_TAGS)), re.I)
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


def _crlf_at(text: str, i: int) -> bool:
    """A CR just before ``i`` pairs with an LF at ``i``: deleting what stood between them, or
    typing between them, makes or breaks one line break."""
    return 0 < i < len(text) and text[i - 1] == "\r" and text[i] == "\n"


def _line_start(text: str, at: int) -> int:
    return max(text.rfind("\n", 0, at), text.rfind("\r", 0, at)) + 1


def _line_end(text: str, at: int) -> int:
    ends = [i for i in (text.find("\n", at), text.find("\r", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _same_line_regions(old_lines: str, new_lines: str, p: int, old_end: int, delta: int) -> bool:
    """Whether the edit (old_lines[p:old_end] replaced, ``delta`` longer) leaves every
    placeholder, tag and URL on its lines as it was, only moved: none touches the edit."""
    for rx in _LINE_REGIONS:
        want = []
        for m in rx.finditer(old_lines):
            a, b = m.span()
            if b < p:
                want.append((a, b, m.group()))
            elif a > old_end:
                want.append((a + delta, b + delta, m.group()))
            else:
                return False  # the edit is inside or against it
        if want != [(m.start(), m.end(), m.group()) for m in rx.finditer(new_lines)]:
            return False
    # whether a tag is the mention of someone else's words depends on the words before it
    return _theirs(old_lines) == _theirs(new_lines)


def _theirs(lines: str) -> list[bool]:
    return [bool(_THEIR_WORDS_BEFORE.search(lines, max(0, m.start() - 100), m.start())) for m in _TAG.finditer(lines)]


def _blank(line: str) -> bool:
    return line.strip(" \t") == ""


def _at_margin(line: str) -> bool:
    return bool(line) and line[0] not in " \t"


def rescope(prev: ScopedDocument, text: str) -> tuple[ScopedDocument, int, int, int] | None:
    """(the new document, i, old count, new count): chunks ``i`` to ``i + old count`` of the
    previous document became chunks ``i`` to ``i + new count``; every other chunk is the
    same, moved. None when the edit may reach further and the caller must scope the whole
    text."""
    old = prev.text
    if not prev.chunks or text == old:
        return None
    p, s = common_affixes(old, text)
    delta = len(text) - len(old)
    old_end, new_end = len(old) - s, len(text) - s
    ls = _line_start(old, p)
    le = _line_end(old, old_end)
    old_lines, new_lines = old[ls:le], text[ls:le + delta]
    breaks = any("\n" in x or "\r" in x for x in (old[p:old_end], text[p:new_end]))
    if "\r" in old[max(0, ls - 1):le + 1] or "\r" in text[max(0, ls - 1):le + delta + 1]:
        if breaks or any(_crlf_at(x, i) for x, i in ((old, p), (text, p), (old, old_end), (text, new_end))):
            return None  # a CR next to the edit could pair with an LF, or stop pairing
    if _SPANNING.search(old_lines) or _SPANNING.search(new_lines):
        return None
    if _MESSAGE_TAG_NEXT.match(old, le) or _MESSAGE_TAG_NEXT.match(text, le + delta):
        return None  # the line before a <request> says whether it shows someone's message ("Example:")
    if ("}}" in old_lines or "}}" in new_lines) and old.rfind("{{!", 0, ls) > old.rfind("}}", 0, ls):
        return None  # a "{{!" comment left open above: these lines' "}}" may close it, or stop closing it
    if not _same_line_regions(old_lines, new_lines, p - ls, old_end - ls, delta):
        return None
    if ls < prev.body_start or (prev.body_start == 0 and any(t.lstrip("\ufeff").startswith("---") for t in (old, text))):
        return None  # front matter, one the edit might close, or one it starts
    if any(a < le and b > ls for a, b, _ in prev.comments):
        return None
    starts = [a for a, _ in prev.chunks]
    i = bisect_right(starts, ls) - 1
    a, b = prev.chunks[i]
    if not a <= ls < b or le > b:
        return None

    def start(x: int) -> int:  # where a region starting at x is now (none starts inside the edit)
        return x if x < p else x + delta

    def end(y: int) -> int:
        return y if y <= p else y + delta

    regions = [(start(x), end(y)) for x, y in prev.regions]
    global_data = [(start(x), end(y), name) for x, y, name in prev.global_data]
    comments = [(start(x), end(y), body) for x, y, body in prev.comments]
    # a masked region is filled with blanks or letters for the parser depending on what else
    # its line holds: that must not change, or the parser would see other lines
    for (x, y), (x2, y2) in zip(prev.regions, regions):
        if x < le and y > ls and _parse_fill(old, x, y) != _parse_fill(text, x2, y2):
            return None
    old_parsed = _masked_span(old, prev.regions, ls, le, for_parser=True)
    new_parsed = _masked_span(text, regions, ls, le + delta, for_parser=True)
    same_lines = (not breaks and _blank(old_parsed) == _blank(new_parsed)
                  and _at_margin(old_parsed) == _at_margin(new_parsed))
    if same_lines:
        # chunk boundaries are where they were: only chunk i changed
        if b + delta <= a:
            return None
        old_count, window = 1, [(a, b + delta)]
    else:
        # line breaks came or went, or a line turned blank or indented: find the boundaries
        # again from this chunk to the end of the next (a boundary depends on the line
        # before it). The boundary at ``a`` stays while its line still starts at the margin.
        if ls == a and a > 0 and text[a:a + 1] in ("", " ", "\t", "\r", "\n"):
            return None
        old_count = 2 if i + 1 < len(prev.chunks) else 1
        window_end = prev.chunks[i + old_count - 1][1] + delta
        window = [(a + x, a + y) for x, y in _chunks(_masked_span(text, regions, a, window_end, for_parser=True))]
        if not window:
            return None
    chunks = [*prev.chunks[:i], *window, *((x + delta, y + delta) for x, y in prev.chunks[i + old_count:])]
    scopes = [*prev.chunk_scopes[:i], *(chunk_scope(text, regions, x, y, prev.is_markdown) for x, y in window),
              *prev.chunk_scopes[i + old_count:]]
    index = None
    if prev.line_index is not None and not breaks:
        index = prev.line_index.shifted(text, le, delta)
    doc = ScopedDocument(text, prev.path, prev.is_markdown, comments=comments, global_data=global_data,
                         regions=regions, chunks=chunks, chunk_scopes=scopes, line_index=index,
                         body_start=prev.body_start)
    return doc, i, old_count, len(window)
