"""A cheap necessary condition in front of each big pattern.

Python's ``re`` tries a pattern at every position of the text, and most rule patterns are
long alternations of phrases ("I'm so stressed", "the board", "make it pop" ...): on a
block that holds none of them, that search is nearly all of a lint's time. Before
searching, ``Gated`` checks that the block holds at least one string that every match of
the pattern must contain (derived from the pattern itself, so it can never disagree with
it), using ``str.__contains__``, which runs at C speed. Patterns with no useful required
strings run ungated.
"""

from __future__ import annotations

import re

try:  # Python 3.11+
    import re._parser as sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               SUBPATTERN)
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT,  # type: ignore
                               MIN_REPEAT, SUBPATTERN)

MIN_USEFUL = 3  # a required string shorter than this is in almost every block
MAX_STRINGS = 400
# case-insensitive matching in ``re`` also pairs these with ASCII letters; lower() does not
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u212a": "k"})


def required_strings(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings one of which occurs in every match (lower-cased for re.I patterns), or None
    when no set of strings of at least MIN_USEFUL characters can be derived."""
    try:
        tree = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:
        return None
    found = _sequence(list(tree), bool(pattern.flags & re.I))
    if not found or min(map(len, found)) < MIN_USEFUL or len(found) > MAX_STRINGS:
        return None
    return frozenset(found)


def _score(strings: frozenset[str] | None) -> int:
    return -1 if not strings else min(map(len, strings))


def _sequence(items, fold: bool) -> frozenset[str] | None:
    """The most selective requirement among a sequence's parts: a run of literal
    characters, or any part that is itself required."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def close_run():
        nonlocal best
        if run:
            candidate = frozenset(("".join(run),))
            if _score(candidate) > _score(best):
                best = candidate
            run.clear()

    for op, arg in items:
        if op is LITERAL:
            ch = chr(arg)
            run.append(ch.lower() if fold else ch)
            continue
        if op is AT:  # anchors match no characters: the run goes on
            continue
        close_run()
        sub = _item(op, arg, fold)
        if _score(sub) > _score(best):
            best = sub
    close_run()
    return best


def _item(op, arg, fold: bool) -> frozenset[str] | None:
    if op is SUBPATTERN:
        return _sequence(list(arg[-1]), fold)
    if op is BRANCH:
        out: set[str] = set()
        for alt in arg[1]:
            sub = _sequence(list(alt), fold)
            if not sub:
                return None  # one alternative needs nothing we can check
            out |= sub
        return frozenset(out)
    if op in (MAX_REPEAT, MIN_REPEAT):
        lo, _, body = arg
        return _sequence(list(body), fold) if lo >= 1 else None
    if op is ASSERT:  # a lookaround's text is in the document too (not always in the match)
        return _sequence(list(arg[1]), fold)
    if op is IN and len(arg) == 1 and arg[0][0] is LITERAL:
        ch = chr(arg[0][1])
        return frozenset((ch.lower() if fold else ch,))
    return None  # classes, negative lookarounds, backreferences: no requirement


class Gated:
    """A compiled pattern behind a required-strings check; the rest of the API is the
    pattern's own."""

    __slots__ = ("regex", "strings", "fold")

    def __init__(self, regex: re.Pattern, strings: frozenset[str]):
        self.regex = regex
        self.strings = tuple(sorted(strings, key=len, reverse=True))
        self.fold = bool(regex.flags & re.I)

    def could_match(self, text: str) -> bool:
        hay = _lowered(text) if self.fold else text
        return any(s in hay for s in self.strings)

    def finditer(self, text: str, *args):
        return self.regex.finditer(text, *args) if self.could_match(text) else iter(())

    def findall(self, text: str, *args):
        return self.regex.findall(text, *args) if self.could_match(text) else []

    def search(self, text: str, *args):
        return self.regex.search(text, *args) if self.could_match(text) else None

    def __getattr__(self, name):
        return getattr(self.regex, name)


_last: tuple[str, str] = ("", "")


def _lowered(text: str) -> str:
    """``text`` lower-cased, remembered for the next call: every gate of a block asks."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    low = text.translate(_FOLD).lower()
    _last = (text, low)
    return low


class SplitGated:
    """A pattern that is one long alternation (``A|B|C``), searched one alternative at a
    time so that each can be skipped by its own required-strings check.

    ``finditer`` gives exactly the combined pattern's matches: at each step the leftmost
    match of any alternative, the earliest alternative on a tie (what ``re`` does at a
    position), then on from its end. Only patterns without groups and without empty
    matches are split, so a match object answers start/end/group() the same way.
    """

    __slots__ = ("regex", "alternatives")

    def __init__(self, regex: re.Pattern, alternatives: list[re.Pattern | Gated]):
        self.regex = regex
        self.alternatives = alternatives

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        live = [alt.regex if isinstance(alt, Gated) else alt for alt in self.alternatives
                if not isinstance(alt, Gated) or alt.could_match(text)]
        upcoming = [alt.search(text, pos, end) for alt in live]
        while True:
            best = None
            for m in upcoming:
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()
            for i, m in enumerate(upcoming):
                if m is not None and m.start() < pos:
                    upcoming[i] = live[i].search(text, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        return next(self.finditer(text, pos, endpos), None)

    def findall(self, text: str, pos: int = 0, endpos: int | None = None):
        return [m.group() for m in self.finditer(text, pos, endpos)]

    def __getattr__(self, name):
        return getattr(self.regex, name)


def _alternatives(source: str) -> list[str] | None:
    """The top-level alternatives of a pattern's source, or None if it has one."""
    parts, start, depth, i, in_class = [], 0, 0, 0, False
    while i < len(source):
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            j = i + 1 + (source[i + 1:i + 2] == "^")
            if source[j:j + 1] == "]":  # "[]...]" and "[^]...]": that bracket is literal
                i = j
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts if len(parts) > 1 else None


def _splittable(regex: re.Pattern) -> bool:
    if regex.groups or regex.flags & re.X or re.match(r"\(\?[aiLmsux]+\)", regex.pattern):
        return False
    try:
        return sre_parse.parse(regex.pattern, regex.flags).getwidth()[0] > 0
    except Exception:
        return False


def gated(regex: re.Pattern):
    """``regex`` behind required-strings checks (per alternative when it is a long
    alternation), or ``regex`` itself when no check would help."""
    parts = _alternatives(regex.pattern) if _splittable(regex) else None
    if parts:
        flags = regex.flags & ~re.U
        alternatives = [gated_whole(re.compile(part, flags)) for part in parts]
        if any(isinstance(alt, Gated) for alt in alternatives):
            return SplitGated(regex, alternatives)
    return gated_whole(regex)


def gated_whole(regex: re.Pattern):
    strings = required_strings(regex)
    return Gated(regex, strings) if strings else regex


def gate_patterns(namespace: dict) -> None:
    """Put every module-level pattern in ``namespace`` behind its check (called at the end
    of a rule module, so its functions find the gated versions by name)."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = gated(value)
