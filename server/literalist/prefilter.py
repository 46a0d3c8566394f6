"""A cheap necessary condition in front of each big pattern.

Python's ``re`` tries a pattern at every position of the text, and most rule patterns are
long alternations of phrases ("I'm so stressed", "the board", "make it pop" ...): on a
block that holds none of them, that search is nearly all of a lint's time. Before
searching, ``Gated`` checks that the block holds at least one string that every match of
the pattern must contain (derived from the pattern itself, so it can never disagree with
it), using ``str.__contains__``, which runs at C speed. Patterns with no useful required
strings run ungated.

The rule modules and ``context.py`` declare their patterns with ``pattern()`` instead of
``re.compile``: nothing is parsed or compiled at import (the editor is waiting for the
first diagnostics). On first use a pattern takes its plan from the table that
``gate_table.py`` precomputes (or works it out if the table lacks it): its required
strings, and its source with the word lists factored (``factoring.py``), which is what
gets compiled, for each alternative the first time a text gets through its check.
"""

from __future__ import annotations

import re
import sys
import threading

try:  # Python 3.11+
    import re._parser as sre_parse
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT, MIN_REPEAT,
                               SUBPATTERN)
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]
    from sre_constants import (ASSERT, ASSERT_NOT, AT, BRANCH, IN, LITERAL, MAX_REPEAT,  # type: ignore
                               MIN_REPEAT, SUBPATTERN)

from . import regex_code
from .factoring import factor
from .re_case import lower_like_re

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
        if arg[1] & re.I and not fold:
            return None  # "(?i:label)" in a case-sensitive pattern: its text is checked as written, "Label" too
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


class _Needles:
    """Every required string of every gate built so far, by its first three characters.
    Per text, each string is looked for once, whichever gates need it: many share words
    ("the", "make", "your"), and every gate of a block asks about the same text."""

    def __init__(self) -> None:
        self._groups: dict[str, set[str]] = {}
        self._grown: set[str] = set()  # heads given new strings since the snapshot below was taken
        self._lock = threading.Lock()
        # (strings by head, the heads): one tuple, so a reader in another thread never
        # pairs one snapshot's heads with another's strings
        self._view: tuple[dict[str, tuple[str, ...]], frozenset[str]] = ({}, frozenset())

    def add(self, strings) -> bool:
        """Register strings (each at least MIN_USEFUL long); True if any was new."""
        with self._lock:
            new = [s for s in strings if s not in self._groups.get(s[:3], ())]
            for s in new:
                self._groups.setdefault(s[:3], set()).add(s)
                self._grown.add(s[:3])
        return bool(new)

    def _snapshot(self) -> None:
        """Take in the strings added since the last look. A new dict, not the old one
        changed: a reader keeps a whole snapshot. Taken when a text is next looked at, not
        per gate: the first lint builds hundreds of gates in a row."""
        with self._lock:
            by_head = dict(self._view[0])
            for head in self._grown:
                by_head[head] = tuple(self._groups[head])
            self._grown = set()
            self._view = by_head, frozenset(by_head)

    def present(self, hay: str) -> frozenset[str]:
        """The registered strings that occur in ``hay``."""
        if self._grown:
            self._snapshot()
        # zip and join build the trigrams in C: twice as fast as slicing in a comprehension
        trigrams = frozenset(map("".join, zip(hay, hay[1:], hay[2:])))
        by_head, heads = self._view
        return frozenset([s for head in heads.intersection(trigrams) for s in by_head[head] if s in hay])


_FOLDED, _CASED = _Needles(), _Needles()  # strings of case-insensitive patterns (lower case), and the others
_version = 0  # bumped when a gate brings new strings: what was found in a text before is stale
# The strings found in the texts asked about lately, by text: a block's checks ask about the
# block, its sentences and windows of it in turn, so remembering only the last text
# rebuilt the same index about twenty times per block. Each entry: [lowered, present
# (folded), present (cased)], the two sets filled when first asked for.
_recent: dict[str, list] = {}
_recent_version = 0
_RECENT = 32


def _present(text: str, fold: bool) -> tuple[str, frozenset[str]]:
    """(the text to search, the registered strings in it): lower-cased for case-insensitive
    patterns. Remembered for the last few texts: every gate of a block asks."""
    global _recent_version
    if _recent_version != _version:
        _recent.clear()
        _recent_version = _version
    entry = _recent.get(text)
    if entry is None:
        if len(_recent) >= _RECENT:
            try:
                del _recent[next(iter(_recent))]
            except (KeyError, RuntimeError, StopIteration):  # another thread got there first
                pass
        entry = [lower_like_re(text), None, None]
        _recent[text] = entry
    if fold:
        if entry[1] is None:
            entry[1] = _FOLDED.present(entry[0])
        return entry[0], entry[1]
    if entry[2] is None:
        entry[2] = _CASED.present(text)
    return text, entry[2]


def _register(strings, fold: bool) -> None:
    global _version
    if (_FOLDED if fold else _CASED).add(strings):
        _version += 1


class Gated:
    """A pattern behind a required-strings check, compiled on first use; the rest of the
    API is the compiled pattern's own."""

    __slots__ = ("_regex", "_source", "_flags", "strings", "also", "fold")

    def __init__(self, source: str, flags: int, strings: frozenset[str], also: tuple[frozenset[str], ...] = ()):
        self._regex: re.Pattern | None = None
        self._source, self._flags = source, flags  # compiled from these when a text first gets through
        self.strings = frozenset(strings)
        self.also = tuple(frozenset(group) for group in also)  # further sets: one of each must occur too
        self.fold = bool(flags & re.I)
        _register([*self.strings, *(x for group in self.also for x in group)], self.fold)

    def also_holds(self, present: frozenset[str]) -> bool:
        return all(not present.isdisjoint(group) for group in self.also)

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = regex_code.compile(self._source, self._flags)
        return self._regex

    def could_match(self, text: str) -> bool:
        present = _present(text, self.fold)[1]
        return not present.isdisjoint(self.strings) and self.also_holds(present)

    def finditer(self, text: str, *args):
        return self.regex.finditer(text, *args) if self.could_match(text) else iter(())

    def findall(self, text: str, *args):
        return self.regex.findall(text, *args) if self.could_match(text) else []

    def search(self, text: str, *args):
        return self.regex.search(text, *args) if self.could_match(text) else None

    def __getattr__(self, name):
        return getattr(self.regex, name)


class SplitGated:
    """A pattern that is one long alternation (``A|B|C``), searched one alternative at a
    time so that each can be skipped by its own required-strings check.

    ``finditer`` gives exactly the combined pattern's matches: at each step the leftmost
    match of any alternative, the earliest alternative on a tie (what ``re`` does at a
    position), then on from its end. Only patterns without groups and without empty
    matches are split, so a match object answers start/end/group() the same way; or with
    groups when declared ``EACH_ALTERNATIVE``: then a match's groups are its alternative's,
    and ``findall`` gives whole matches, not groups.
    """

    __slots__ = ("_regex", "_source", "flags", "alternatives", "fold", "ungated", "checked_further", "owners", "required")

    def __init__(self, source: str, flags: int, alternatives: list[re.Pattern | Gated]):
        self._regex = None  # the whole pattern: compiled from ``source`` only if something asks for it
        self._source, self.flags = source, flags
        self.alternatives = alternatives
        self.fold = bool(flags & re.I)
        self.ungated = frozenset(i for i, alt in enumerate(alternatives) if not isinstance(alt, Gated))
        self.checked_further = frozenset(i for i, alt in enumerate(alternatives) if isinstance(alt, Gated) and alt.also)
        # required string -> the alternatives that require it
        owners: dict[str, set[int]] = {}
        for i, alt in enumerate(alternatives):
            for string in getattr(alt, "strings", ()):
                owners.setdefault(string, set()).add(i)
        self.owners = {string: frozenset(found) for string, found in owners.items()}
        self.required = frozenset(owners)

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            self._regex = regex_code.compile(self._source, self.flags)
        return self._regex

    def live(self, text: str) -> list[re.Pattern]:
        """The alternatives whose required strings occur in ``text``, in order."""
        present = _present(text, self.fold)[1]
        found: set[int] = set(self.ungated)
        owners = self.owners
        for string in present & self.required:  # a set op iterates the smaller side
            found |= owners[string]
        out = []
        for i in sorted(found):
            alt = self.alternatives[i]
            if i in self.ungated:
                out.append(alt)
            elif i not in self.checked_further or alt.also_holds(present):
                out.append(alt.regex)
        return out

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        live = self.live(text)
        if len(live) <= 1:  # most blocks: nothing to merge
            return live[0].finditer(text, pos, end) if live else iter(())
        return self._merged(text, pos, end, live)

    @staticmethod
    def _merged(text: str, pos: int, end: int, live: list[re.Pattern]):
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


def _splittable(source: str, flags: int, groups_ok: bool = False) -> bool:
    if flags & re.X or re.match(r"\(\?[aiLmsux]+\)", source):
        return False
    try:
        return groups_ok or sre_parse.parse(source, flags).state.groups == 1  # no capturing groups
    except Exception:
        return False


# --- analysis: which strings each pattern requires (precomputed in gate_table.py) ---------


# ``gate`` for a pattern whose capture groups its callers read only within the alternative
# that matched (the first group set, ``lastindex``): it may be split like one without groups,
# each alternative's groups then numbered from 1 (see ``pattern``)
EACH_ALTERNATIVE = "each-alternative"


def analyse(source: str, flags: int, gate: bool | str = True) -> dict | None:
    """How to run a pattern, as plain data: None (as written), ``{"strings", "also"}`` (one
    check in front of the whole pattern), or ``{"split": [...]}`` (a long alternation, one
    check per alternative; an alternative without ``strings`` always runs). Any of these may
    carry ``factored``: the same pattern with its word lists grouped (``factoring.py``),
    which is what gets compiled. ``gate=False``: no checks, only the factored pattern."""
    if not gate:
        return _factored(source, flags) or None
    parts = _alternatives(source) if _splittable(source, flags, gate == EACH_ALTERNATIVE) else None
    if parts:
        part_flags = flags & ~re.U
        try:
            trees = [sre_parse.parse(part, part_flags) for part in parts]
        except Exception:
            trees = []
        if trees and all(tree.getwidth()[0] > 0 for tree in trees):  # no empty matches
            alternatives = [dict(source=part, **_check(tree, part_flags), **_factored(part, part_flags))
                            for part, tree in zip(parts, trees)]
            if any("strings" in alt for alt in alternatives):
                return {"split": alternatives, **_factored(source, flags)}
    try:
        tree = sre_parse.parse(source, flags)
    except Exception:
        return None
    return {**_check(tree, flags), **_factored(source, flags)} or None


def _check(tree, flags: int) -> dict:
    strings = _required(tree, flags)
    if not strings:
        return {}
    return {"strings": sorted(strings), "also": [sorted(group) for group in _also_required(tree, flags, strings)]}


def _factored(source: str, flags: int) -> dict:
    factored = factor(source, flags)
    return {"factored": factored} if factored != source else {}


def build(source: str, flags: int, plan: dict | None):
    """The pattern behind the checks ``analyse`` planned; nothing is compiled yet but the
    alternatives that always run."""
    plan = plan or {}
    if "split" in plan:
        part_flags = flags & ~re.U
        return SplitGated(plan.get("factored", source), flags,
                          [_gate(alt["source"], part_flags, alt) if "strings" in alt
                           else regex_code.compile(alt.get("factored", alt["source"]), part_flags) for alt in plan["split"]])
    if "strings" in plan:
        return _gate(source, flags, plan)
    return regex_code.compile(plan.get("factored", source), flags)


def _gate(source: str, flags: int, check: dict) -> Gated:
    return Gated(check.get("factored", source), flags, frozenset(check["strings"]), tuple(frozenset(g) for g in check.get("also", ())))


def gated(regex: re.Pattern):
    """``regex`` behind required-strings checks (per alternative when it is a long
    alternation), or ``regex`` itself when no check would help."""
    plan = analyse(regex.pattern, regex.flags)
    return build(regex.pattern, regex.flags, plan) if plan and ("strings" in plan or "split" in plan) else regex


# --- declared patterns ----------------------------------------------------------------------

DECLARED: list[tuple[str, Lazy]] = []  # (declaring module, pattern): what gate_table.py precomputes


class Lazy:
    """A rule module's pattern, built (gated, and compiled as needed) on first use. Until
    then only its source and flags exist, so patterns can still be composed from it. Once
    built it puts the real thing in the namespaces ``gate_patterns`` bound it to, so later
    lookups skip this proxy."""

    __slots__ = ("pattern", "flags", "gate", "_target", "_homes")

    def __init__(self, source: str, flags: int = 0, gate: bool | str = True):
        self.pattern, self.flags, self.gate = source, flags, gate
        self._target = None
        self._homes: list[tuple[dict, str]] = []

    def target(self):
        if self._target is None:
            from .gate_table import plan_for  # the table module reads a data file: not at import

            self._target = build(self.pattern, self.flags, plan_for(self.pattern, self.flags, self.gate))
            for namespace, name in self._homes:
                if namespace.get(name) is self:
                    namespace[name] = self._target
            self._homes = []
        return self._target

    def __getattr__(self, name):
        return getattr(self.target(), name)

    def __repr__(self) -> str:
        return f"pattern({self.pattern[:40]!r}...)"


def pattern(source: str, flags: int = 0, gate: bool | str = True) -> Lazy:
    """Declare a pattern (instead of ``re.compile``); see the module docstring. ``gate=False``
    for a pattern that a check would not pay for: one that is mostly used to ``search`` for
    common words (the check finds them anyway, then every alternative is searched).
    ``gate=EACH_ALTERNATIVE`` for a long alternation with capture groups that is only read
    through ``finditer`` or ``search``, one group or more per alternative, by their order
    within it: it is split like a pattern without groups, so each alternative gets its own
    check, and a match's groups are the matching alternative's, numbered from 1."""
    declared = Lazy(source, flags, gate)
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
