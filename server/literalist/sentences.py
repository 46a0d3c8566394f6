"""Sentence spans inside a prose block, by rules tuned for prompts.

A regex splitter rather than nltk's Punkt: it runs on every keystroke, must keep exact
offsets, and prompts end lines without punctuation ("Summarize the logs\\nKeep it short")
far more often than books do.
"""

from __future__ import annotations

import re

# Abbreviations whose period does not end a sentence.
_ABBREV = {
    "e.g", "i.e", "etc", "vs", "mr", "mrs", "ms", "dr", "prof", "inc", "ltd", "co", "jr", "sr",
    "st", "no", "fig", "approx", "dept", "est", "u.s", "u.k", "a.m", "p.m", "cf", "al", "min",
    "max", "misc", "ref", "sec", "vol", "ver", "v",
}
# A sentence ends at . ! ? (and runs of them, closing quotes/brackets) before whitespace,
# or at a line break when the next line starts a new thought.
_END = re.compile(r"(?<![.!?\u2026])[.!?\u2026]+[\"'\u201d\u2019)\]]*(?=\s|$)|\n")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]{0,8})\.$")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Half-open spans of the sentences in ``text``, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group() == "\n":
            if not _line_break_ends(text, m.start()):
                continue
            end = m.start()
        else:
            end = m.end()
            if m.group().startswith(".") and len(m.group().rstrip("\"'\u201d\u2019)]")) == 1:
                w = _WORD_BEFORE.search(text, max(0, m.start() - 10), m.start() + 1)
                if w and w.group(1).lower().rstrip(".") in _ABBREV and not _next_is_break(text, m.end()):
                    continue
        _push(text, start, end, spans)
        start = end
    _push(text, start, len(text), spans)
    return spans


def _next_is_break(text: str, pos: int) -> bool:
    """An abbreviation at the end of a line still ends its sentence ("names, dates, etc.")."""
    nl = text.find("\n", pos)
    rest = text[pos: nl if nl >= 0 else len(text)]
    return rest.strip() == ""


def _line_break_ends(text: str, pos: int) -> bool:
    """Inside a paragraph a line break ends a sentence unless the line is mid-clause."""
    before = text[:pos].rstrip()
    if not before:
        return False
    if before[-1] in ",;:-(\u2014&/" or before.endswith((" and", " or", " the", " a", " to", " of")):
        return False
    after = text[pos + 1 :].lstrip(" \t")
    return bool(after) and (after[0].isupper() or after[0].isdigit() or after[0] in "\"'\u201c*-#>")


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    seg = text[start:end]
    stripped = seg.strip()
    if not stripped:
        return
    lead = len(seg) - len(seg.lstrip())
    s = start + lead
    spans.append((s, s + len(stripped)))
