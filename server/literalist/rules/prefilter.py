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
    import re._compiler as sre_compile
    import re._parser as sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               SUBPATTERN)
except ImportError:  # pragma: no cover - Python 3.10
    import sre_compile  # type: ignore[no-redef]
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
    return _required(tree, pattern.flags)


def _required(tree, flags: int) -> frozenset[str] | None:
    found = _sequence(list(tree), bool(flags & re.I))
    return found if _useful(found) else None


def _useful(found: frozenset[str] | None) -> bool:
    return bool(found) and min(map(len, found)) >= MIN_USEFUL and len(found) <= MAX_STRINGS


def _also_required(tree, flags: int, best: frozenset[str]) -> tuple[frozenset[str], ...]:
    """Further requirements of the same match besides ``best`` ("the ... likes": "the"
    is common, "like" is not): every one of them must hold too."""
    fold = bool(flags & re.I)
    found = []
    run: list[str] = []
    for op, arg in [*tree, (None, None)]:
        if op is LITERAL:
            ch = chr(arg)
            run.append(ch.lower() if fold else ch)
            continue
        if op is AT:
            continue
        if run:
            found.append(frozenset(("".join(run),)))
            run = []
        if op is not None:
            found.append(_item(op, arg, fold))
    extra = {f for f in found if _useful(f) and f != best}
    return tuple(sorted(extra, key=_score, reverse=True)[:3])


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

    __slots__ = ("_regex", "_tree", "_flags", "strings", "heads", "also", "fold")

    def __init__(self, regex: re.Pattern | None, strings: frozenset[str], tree=None, flags: int = 0,
                 also: tuple[frozenset[str], ...] = ()):
        self._regex = regex
        self._tree, self._flags = tree, flags  # an alternative is compiled from its parse on first use
        self.strings = tuple(sorted(strings, key=len, reverse=True))
        self.heads = frozenset(s[:3] for s in strings)  # every string is at least 3 long
        # further required sets, each with its heads: all must occur as well
        self.also = tuple((tuple(group), frozenset(x[:3] for x in group)) for group in also)
        self.fold = bool((regex.flags if regex is not None else flags) & re.I)

    def also_holds(self, hay: str, trigrams: frozenset[str]) -> bool:
        for group, heads in self.also:
            if trigrams.isdisjoint(heads) or not any(x in hay for x in group if x[:3] in trigrams):
                return False
        return True

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = sre_compile.compile(self._tree, self._flags)
            self._tree = None
        return self._regex

    def could_match(self, text: str) -> bool:
        hay, trigrams = _indexed(text, self.fold)
        if trigrams.isdisjoint(self.heads):  # one C call rejects most blocks
            return False
        return any(s in hay for s in self.strings if s[:3] in trigrams) and self.also_holds(hay, trigrams)

    def finditer(self, text: str, *args):
        return self.regex.finditer(text, *args) if self.could_match(text) else iter(())

    def findall(self, text: str, *args):
        return self.regex.findall(text, *args) if self.could_match(text) else []

    def search(self, text: str, *args):
        return self.regex.search(text, *args) if self.could_match(text) else None

    def __getattr__(self, name):
        return getattr(self.regex, name)


_last: list = [None, None, None, None, None]  # text, lowered, its trigrams, trigrams of text


def _indexed(text: str, fold: bool) -> tuple[str, frozenset[str]]:
    """(the text to search, the set of its 3-character substrings): lower-cased for
    case-insensitive patterns. Remembered for the last text: every gate of a block asks."""
    last = _last
    if last[0] is not text:
        low = _lower(text)
        last[:] = [text, low, _trigrams(low), None, None]
    if fold:
        return last[1], last[2]
    if last[3] is None:
        last[3] = _trigrams(text)
    return text, last[3]


def _lower(text: str) -> str:
    """Lower case, one character for one (as ``re`` compares under IGNORECASE), so that
    'İ' stays one character and 'ſ' reads as 's'."""
    low = text.translate(_FOLD).lower()
    if len(low) != len(text):
        low = "".join(c.lower()[:1] for c in text.translate(_FOLD))
    return low


def _trigrams(text: str) -> frozenset[str]:
    return frozenset([text[i:i + 3] for i in range(len(text) - 2)])


class SplitGated:
    """A pattern that is one long alternation (``A|B|C``), searched one alternative at a
    time so that each can be skipped by its own required-strings check.

    ``finditer`` gives exactly the combined pattern's matches: at each step the leftmost
    match of any alternative, the earliest alternative on a tie (what ``re`` does at a
    position), then on from its end. Only patterns without groups and without empty
    matches are split, so a match object answers start/end/group() the same way.
    """

    __slots__ = ("regex", "alternatives", "fold", "ungated", "by_head", "heads")

    def __init__(self, regex: re.Pattern, alternatives: list[re.Pattern | Gated]):
        self.regex = regex
        self.alternatives = alternatives
        self.fold = bool(regex.flags & re.I)
        self.ungated = {i for i, alt in enumerate(alternatives) if not isinstance(alt, Gated)}
        by_head: dict[str, set[int]] = {}
        for i, alt in enumerate(alternatives):
            for head in getattr(alt, "heads", ()):
                by_head.setdefault(head, set()).add(i)
        self.by_head = by_head
        self.heads = frozenset(by_head)

    def live(self, text: str) -> list[re.Pattern]:
        """The alternatives whose required strings occur in ``text``, in order. The
        3-character heads of every alternative's strings are looked up at once."""
        hay, trigrams = _indexed(text, self.fold)
        chosen = set(self.ungated)
        for head in trigrams & self.heads:
            chosen |= self.by_head[head]
        out = []
        for i in sorted(chosen):
            alt = self.alternatives[i]
            if i in self.ungated:
                out.append(alt)
            elif any(s in hay for s in alt.strings if s[:3] in trigrams) and alt.also_holds(hay, trigrams):
                out.append(alt.regex)
        return out

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        live = self.live(text)
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
    return not (regex.groups or regex.flags & re.X or re.match(r"\(\?[aiLmsux]+\)", regex.pattern))


def gated(regex: re.Pattern):
    """``regex`` behind required-strings checks (per alternative when it is a long
    alternation), or ``regex`` itself when no check would help. Alternatives are parsed
    once here and compiled from that parse the first time a text lets them through:
    the server's start-up pays for the rules' import."""
    parts = _alternatives(regex.pattern) if _splittable(regex) else None
    if parts:
        flags = regex.flags & ~re.U
        try:
            trees = [sre_parse.parse(part, flags) for part in parts]
        except Exception:
            trees = []
        if trees and all(tree.getwidth()[0] > 0 for tree in trees):  # no empty matches
            alternatives = []
            for part, tree in zip(parts, trees):
                strings = _required(tree, flags)
                alternatives.append(Gated(None, strings, tree, flags, _also_required(tree, flags, strings))
                                    if strings else re.compile(part, flags))
            if any(isinstance(alt, Gated) for alt in alternatives):
                return SplitGated(regex, alternatives)
    return gated_whole(regex)


def gated_whole(regex: re.Pattern):
    try:
        tree = sre_parse.parse(regex.pattern, regex.flags)
    except Exception:
        return regex
    strings = _required(tree, regex.flags)
    return Gated(regex, strings, also=_also_required(tree, regex.flags, strings)) if strings else regex


def gate_patterns(namespace: dict) -> None:
    """Put every module-level pattern in ``namespace`` behind its check (called at the end
    of a rule module, so its functions find the gated versions by name)."""
    for name, value in list(namespace.items()):
        if isinstance(value, re.Pattern):
            namespace[name] = gated(value)
