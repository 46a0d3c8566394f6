"""A cheap necessary condition in front of each big pattern.

Python's ``re`` tries a pattern at every position of the text, and most rule patterns are
long alternations of phrases ("I'm so stressed", "the board", "make it pop" ...): on a
block that holds none of them, that search is nearly all of a lint's time. Before
searching, ``Gated`` checks that the block holds at least one string that every match of
the pattern must contain (derived from the pattern itself, so it can never disagree with
it), using ``str.__contains__``, which runs at C speed. Patterns with no useful required
strings run ungated.

Rule modules declare their patterns with ``pattern()`` instead of ``re.compile``: nothing
is parsed or compiled at import (the editor is waiting for the first diagnostics). On
first use a pattern takes its required strings from the table that ``gate_table.py``
precomputes (or works them out if the table lacks it), and each alternative is compiled
the first time a text gets through its check.
"""

from __future__ import annotations

import re
import sys

try:  # Python 3.11+
    import re._parser as sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               SUBPATTERN)
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT,  # type: ignore
                               MIN_REPEAT, SUBPATTERN)

from ..re_case import lower_like_re

MIN_USEFUL = 3  # a required string shorter than this is in almost every block
MAX_STRINGS = 400


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
    # ties broken by the strings themselves: the same plan in every process (gate_table.py)
    return tuple(sorted(extra, key=lambda f: (-_score(f), sorted(f)))[:3])


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
    """A pattern behind a required-strings check, compiled on first use; the rest of the
    API is the compiled pattern's own."""

    __slots__ = ("_regex", "_source", "_flags", "strings", "heads", "by_head", "also", "fold")

    def __init__(self, regex: re.Pattern | None, strings: frozenset[str], source: str | None = None, flags: int = 0,
                 also: tuple[frozenset[str], ...] = ()):
        self._regex = regex
        self._source, self._flags = source, flags  # compiled from these when a text first gets through
        self.strings = tuple(sorted(strings, key=len, reverse=True))
        self.heads = frozenset(s[:3] for s in strings)  # every string is at least 3 long
        by_head: dict[str, list[str]] = {}
        for string in self.strings:
            by_head.setdefault(string[:3], []).append(string)
        self.by_head = {head: tuple(group) for head, group in by_head.items()}
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
            self._regex = re.compile(self._source, self._flags)
        return self._regex

    def could_match(self, text: str) -> bool:
        hay, trigrams = _indexed(text, self.fold)
        if trigrams.isdisjoint(self.heads):  # one C call rejects most blocks
            return False
        for head in trigrams & self.heads:
            for string in self.by_head[head]:
                if string in hay:
                    return self.also_holds(hay, trigrams)
        return False

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
        low = lower_like_re(text)
        last[:] = [text, low, _trigrams(low), None, None]
    if fold:
        return last[1], last[2]
    if last[3] is None:
        last[3] = _trigrams(text)
    return text, last[3]


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

    __slots__ = ("_regex", "source", "flags", "alternatives", "fold", "ungated", "checked_further", "by_head", "heads")

    def __init__(self, source: str, flags: int, alternatives: list[re.Pattern | Gated]):
        self._regex = None  # the whole pattern: compiled only if something asks for it
        self.source, self.flags = source, flags
        self.alternatives = alternatives
        self.fold = bool(flags & re.I)
        self.ungated = frozenset(i for i, alt in enumerate(alternatives) if not isinstance(alt, Gated))
        self.checked_further = frozenset(i for i, alt in enumerate(alternatives) if isinstance(alt, Gated) and alt.also)
        # 3-character head -> (required string, the alternatives that require it): each
        # string is looked for once per text, whichever alternatives share it
        by_string: dict[str, set[int]] = {}
        for i, alt in enumerate(alternatives):
            for string in getattr(alt, "strings", ()):
                by_string.setdefault(string, set()).add(i)
        by_head: dict[str, list[tuple[str, frozenset[int]]]] = {}
        for string, owners in by_string.items():
            by_head.setdefault(string[:3], []).append((string, frozenset(owners)))
        self.by_head = {head: tuple(pairs) for head, pairs in by_head.items()}
        self.heads = frozenset(by_head)

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = re.compile(self.source, self.flags)
        return self._regex

    def live(self, text: str) -> list[re.Pattern]:
        """The alternatives whose required strings occur in ``text``, in order. The
        3-character heads of every alternative's strings are looked up at once."""
        hay, trigrams = _indexed(text, self.fold)
        found: set[int] = set()
        for head in trigrams & self.heads:
            for string, owners in self.by_head[head]:
                if string in hay:
                    found |= owners
        out = []
        for i in sorted(self.ungated.union(found)):
            alt = self.alternatives[i]
            if i in self.ungated:
                out.append(alt)
            elif i not in self.checked_further or alt.also_holds(hay, trigrams):
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


def _splittable(source: str, flags: int) -> bool:
    if flags & re.X or re.match(r"\(\?[aiLmsux]+\)", source):
        return False
    try:
        return sre_parse.parse(source, flags).state.groups == 1  # no capturing groups
    except Exception:
        return False


# --- analysis: which strings each pattern requires (precomputed in gate_table.py) ---------


def analyse(source: str, flags: int) -> dict | None:
    """How to gate a pattern, as plain data: None (run it as it is), ``{"strings", "also"}``
    (one check in front of the whole pattern), or ``{"split": [...]}`` (a long alternation,
    one check per alternative; an alternative without ``strings`` always runs)."""
    parts = _alternatives(source) if _splittable(source, flags) else None
    if parts:
        part_flags = flags & ~re.U
        try:
            trees = [sre_parse.parse(part, part_flags) for part in parts]
        except Exception:
            trees = []
        if trees and all(tree.getwidth()[0] > 0 for tree in trees):  # no empty matches
            alternatives = [dict(source=part, **_check(tree, part_flags)) for part, tree in zip(parts, trees)]
            if any("strings" in alt for alt in alternatives):
                return {"split": alternatives}
    try:
        tree = sre_parse.parse(source, flags)
    except Exception:
        return None
    return _check(tree, flags) or None


def _check(tree, flags: int) -> dict:
    strings = _required(tree, flags)
    if not strings:
        return {}
    return {"strings": sorted(strings), "also": [sorted(group) for group in _also_required(tree, flags, strings)]}


def build(source: str, flags: int, plan: dict | None):
    """The pattern behind the checks ``analyse`` planned; nothing is compiled yet but the
    alternatives that always run."""
    if plan is None:
        return re.compile(source, flags)
    if "split" in plan:
        part_flags = flags & ~re.U
        return SplitGated(source, flags, [_gate(alt["source"], part_flags, alt) if "strings" in alt
                                          else re.compile(alt["source"], part_flags) for alt in plan["split"]])
    return _gate(source, flags, plan)


def _gate(source: str, flags: int, check: dict) -> Gated:
    return Gated(None, frozenset(check["strings"]), source, flags, tuple(frozenset(g) for g in check.get("also", ())))


def gated(regex: re.Pattern):
    """``regex`` behind required-strings checks (per alternative when it is a long
    alternation), or ``regex`` itself when no check would help."""
    plan = analyse(regex.pattern, regex.flags)
    return regex if plan is None else build(regex.pattern, regex.flags, plan)


# --- declared patterns ----------------------------------------------------------------------

DECLARED: list[tuple[str, Lazy]] = []  # (declaring module, pattern): what gate_table.py precomputes


class Lazy:
    """A rule module's pattern, built (gated, and compiled as needed) on first use. Until
    then only its source and flags exist, so patterns can still be composed from it. Once
    built it puts the real thing in the namespaces ``gate_patterns`` bound it to, so later
    lookups skip this proxy."""

    __slots__ = ("pattern", "flags", "_target", "_homes")

    def __init__(self, source: str, flags: int = 0):
        self.pattern, self.flags = source, flags
        self._target = None
        self._homes: list[tuple[dict, str]] = []

    def target(self):
        if self._target is None:
            from .gate_table import plan_for  # the table module reads a data file: not at import

            self._target = build(self.pattern, self.flags, plan_for(self.pattern, self.flags))
            for namespace, name in self._homes:
                if namespace.get(name) is self:
                    namespace[name] = self._target
            self._homes = []
        return self._target

    def __getattr__(self, name):
        return getattr(self.target(), name)

    def __repr__(self) -> str:
        return f"pattern({self.pattern[:40]!r}...)"


def pattern(source: str, flags: int = 0) -> Lazy:
    """Declare a rule pattern (instead of ``re.compile``); see the module docstring."""
    declared = Lazy(source, flags)
    DECLARED.append((sys._getframe(1).f_globals.get("__name__", ""), declared))
    return declared


def gate_patterns(namespace: dict) -> None:
    """Called at the end of a rule module: its declared patterns (its own and those it
    imported) replace themselves in it once built, so its functions find the real thing
    by name; a pattern compiled with ``re.compile`` is put behind its checks now."""
    for name, value in list(namespace.items()):
        if isinstance(value, Lazy):
            if value._target is not None:
                namespace[name] = value._target
            else:
                value._homes.append((namespace, name))
        elif isinstance(value, re.Pattern):
            namespace[name] = gated(value)
