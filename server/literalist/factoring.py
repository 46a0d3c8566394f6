"""Rewrite a pattern's long word lists so ``re`` tries fewer alternatives at each position.

Python's ``re`` tries the alternatives of ``(?:smart|classy|fun|...)`` one after another at
every position of the text, and under IGNORECASE it cannot skip one by its first letter:
a list of 150 adjectives costs 150 attempts per word of the text. Grouping the
alternatives by their first character, recursively, turns the list into a trie,
``(?:s(?:mart|pecial)|c(?:lassy|asual)|...)``, so a position costs one attempt per
distinct first letter and then one per letter (a list of adjectives: 5 times faster). A
pattern that starts with ``\\b`` and a letter also gets a first-character class that
``re`` can skip ahead to (``_guarded``). The matches are the same:

- alternatives are regrouped only when each starts with a plain ASCII character that is
  not quantified, so two alternatives in different groups cannot match at the same
  position (under IGNORECASE the groups are keyed by lower case; no character matches two
  different ASCII letters), and the order between them cannot change which one wins;
- alternatives keep their order within a group, and never move past one that starts
  otherwise (a class, an escape, a lookaround, a group): that one may overlap anything;
- alternatives holding a capturing group are never moved, so group numbers stay put;
- patterns with inline global flags, conditionals or verbose mode are left as written.

``tests/robustness/test_factoring.py`` checks the matches against the written pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import regex_code
from .re_case import IGNORECASE_EXTRAS

_META = set("\\.^$*+?{}[]|()")


class _Unsupported(Exception):
    """A construct this rewriter does not handle: the pattern is kept as written."""


@dataclass
class _Atom:
    text: str  # as written, quantifier included
    literal: str | None = None  # the plain character, when the atom is one unquantified


@dataclass
class _Group:
    opening: str  # "(?:", "(", "(?P<x>", "(?=", "(?-i:" ...
    body: list[list]  # alternatives, each a sequence of items
    tail: str  # ")" and any quantifier
    capturing: bool
    fold: bool  # case-insensitive inside


def factor(source: str, flags: int = 0) -> str:
    """``source`` with its alternations grouped by first character (see the module doc)."""
    if flags & (re.X | re.L) or "(?" in source and re.search(r"\(\?[aiLmsux]+\)|\(\?\(", source):
        return source
    try:
        fold = bool(flags & re.I)
        alternatives, end = _parse(source, 0, fold)
        if end != len(source):
            return source
        if len(alternatives) == 1:
            guarded = _guarded(alternatives[0], fold)
            if guarded is not None:
                return guarded
        return _emit_alternation(alternatives, fold)
    except (_Unsupported, IndexError):
        return source


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - the re function it stands for
    """``re.compile`` of the factored pattern; the written one if factoring breaks it."""
    factored = factor(source, flags)
    if factored != source:
        try:
            return regex_code.compile(factored, flags)
        except re.error:
            pass
    return regex_code.compile(source, flags)


# --- parsing --------------------------------------------------------------------------------


def _parse(s: str, i: int, fold: bool) -> tuple[list[list], int]:
    """Alternatives from s[i:] up to an unmatched ")" or the end; returns them and where it stopped."""
    alternatives: list[list] = [[]]
    while i < len(s):
        c = s[i]
        if c == ")":
            break
        if c == "|":
            alternatives.append([])
            i += 1
            continue
        if c == "(":
            item, i = _group(s, i, fold)
        elif c == "[":
            j = _class_end(s, i)
            item, i = _quantified(s, i, j, None)
        elif c == "\\":
            if i + 1 >= len(s):
                raise _Unsupported
            item, i = _quantified(s, i, i + 2, None)
        else:
            literal = c if c not in _META and c.isascii() else None
            item, i = _quantified(s, i, i + 1, literal)
        alternatives[-1].append(item)
    return alternatives, i


def _quantified(s: str, start: int, end: int, literal: str | None) -> tuple[_Atom, int]:
    q = _quantifier_end(s, end)
    return _Atom(s[start:q], literal if q == end else None), q


def _quantifier_end(s: str, i: int) -> int:
    if i < len(s) and s[i] in "*+?":
        i += 1
    elif i < len(s) and s[i] == "{":
        m = re.compile(r"\{\d*(?:,\d*)?\}").match(s, i)
        if not m:
            return i  # a literal "{"
        i = m.end()
    else:
        return i
    if i < len(s) and s[i] in "?+":  # lazy or possessive
        i += 1
    return i


def _class_end(s: str, i: int) -> int:
    j = i + 1
    if j < len(s) and s[j] == "^":
        j += 1
    if j < len(s) and s[j] == "]":  # a "]" first in a class is literal
        j += 1
    while s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j + 1


_OPENING = re.compile(r"\(\?(?::|P<\w+>|=|!|<=|<!|>|[aiLmsux]*-?[imsx]*:)|\(")


def _group(s: str, i: int, fold: bool) -> tuple[object, int]:
    if s.startswith("(?#", i) or s.startswith("(?P=", i):
        j = s.index(")", i) + 1  # a comment or a named back-reference: no body
        return _quantified(s, i, j, None)
    m = _OPENING.match(s, i)
    if not m:
        raise _Unsupported
    opening = m.group()
    capturing = opening == "(" or opening.startswith("(?P<")
    inner_fold = fold
    flag_part = re.fullmatch(r"\(\?([aiLmsux]*)-?([imsx]*):", opening)
    if flag_part:
        if "L" in flag_part.group(1):
            raise _Unsupported
        if "i" in flag_part.group(1):
            inner_fold = True
        if "i" in flag_part.group(2):
            inner_fold = False
    body, j = _parse(s, m.end(), inner_fold)
    if j >= len(s) or s[j] != ")":
        raise _Unsupported
    q = _quantifier_end(s, j + 1)
    return _Group(opening, body, s[j:q], capturing, inner_fold), q


# --- a first-character guard ---------------------------------------------------------------

def _folds(c: str, fold: bool) -> str:
    """Every character the literal ``c`` matches."""
    if not fold or not c.isalpha():
        return c
    low = c.lower()
    return low + low.upper() + IGNORECASE_EXTRAS.get(low, "")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _class(chars: str) -> str:
    """A case-sensitive class of exactly ``chars`` ("-" and the like escaped: no ranges)."""
    return "(?-i:[" + "".join(c if _is_word(c) else "\\" + c for c in chars) + "])"


def _guarded(items: list, fold: bool) -> str | None:
    r"""A pattern that starts ``\bthe...`` or ``\b(?:like|as|...)``, rewritten to start with a
    case-sensitive class of its possible first characters, or None when it does not.

    ``re`` searches a pattern that starts with a class by skipping, in C, to the next
    character in the class; a pattern that starts with ``\b``, or with a letter under
    IGNORECASE, is tried at every position instead. The ``\b`` before a word character
    becomes ``(?<!\w\w)`` after it (the character before it is no word character), and
    a group's alternatives, grouped by first character, each check with a lookbehind
    which character was taken: ``(?-i:[tTlL])(?<!\w\w)(?:(?<=[tT])he|(?<=[lL])ike)``.
    """
    bound = bool(items) and isinstance(items[0], _Atom) and items[0].text == "\\b"
    rest = _first_taken(items[1:] if bound else items)
    if not rest:
        return None
    first = rest[0]
    if not bound and not fold:
        return None  # re already skips ahead to a case-sensitive first character
    if isinstance(first, _Atom):
        if first.literal is None or bound and not _is_word(first.literal) or not bound and not first.literal.isalpha():
            return None
        return _class(_folds(first.literal, fold)) + ("(?<!\\w\\w)" if bound else "") + _emit_sequence(rest[1:])
    if not (isinstance(first, _Group) and first.opening == "(?:" and first.tail == ")" and first.fold == fold):
        return None
    body = [_first_taken(alternative) for alternative in first.body]
    keys = [_key(alternative, fold) for alternative in body]
    if any(k is None or bound and not _is_word(k) for k in keys):
        return None
    groups = _grouped(list(zip(keys, body)))
    branches = "|".join(_emit_group(f"(?<={_class(_folds(key, fold))})", members, fold) for key, members in groups.items())
    return (_class("".join(_folds(key, fold) for key in groups)) + ("(?<!\\w\\w)" if bound else "")
            + "(?:" + branches + ")" + _emit_sequence(rest[1:]))


_AT_LEAST_ONE = re.compile(r"(?P<char>[^\\.^$*+?{}\[\]|()])(?:\+|\{(?P<low>[1-9]\d*)(?P<high>,\d*)?\})(?P<lazy>\??)")


def _first_taken(items: list) -> list:
    """``f+uck`` as ``f f*uck`` (``a{3,}h`` as ``a a{2,}h``): a plain character repeated at
    least once starts with that character, which can then lead a guard. Taking one off
    the repeat keeps every match: the repeat still backtracks from the longest run."""
    if not items or not isinstance(items[0], _Atom) or items[0].literal is not None:
        return items
    m = _AT_LEAST_ONE.fullmatch(items[0].text)
    if not m or not m.group("char").isascii():
        return items
    char, low, high = m.group("char"), m.group("low"), m.group("high")
    if low is None:
        repeat = "*"
    elif high is None:
        repeat = "{%d}" % (int(low) - 1)
    elif high == ",":
        repeat = "{%d,}" % (int(low) - 1)
    else:
        repeat = "{%d,%d}" % (int(low) - 1, int(high[1:]) - 1)
    return [_Atom(char, char), _Atom(char + repeat + m.group("lazy")), *items[1:]]


# --- emitting -------------------------------------------------------------------------------


def _emit_sequence(items: list) -> str:
    out = []
    for item in items:
        if isinstance(item, _Group):
            out.append(item.opening + _emit_alternation(item.body, item.fold) + item.tail)
        else:
            out.append(item.text)
    return "".join(out)


def _has_capture(items: list) -> bool:
    return any(isinstance(item, _Group) and (item.capturing or any(map(_has_capture, item.body))) for item in items)


def _key(alternative: list, fold: bool) -> str | None:
    """The first character an alternative must match, when it may be regrouped by it."""
    if not alternative or not isinstance(alternative[0], _Atom) or alternative[0].literal is None:
        return None
    if _has_capture(alternative):
        return None
    c = alternative[0].literal
    return c.lower() if fold else c


def _grouped(keyed: list[tuple[str, list]]) -> dict[str, list[tuple[str, list]]]:
    """(key, alternative) pairs grouped by key in order of first appearance, each alternative
    with its text; a repeated alternative is dropped (it is tried only after the same one
    failed, so it fails too)."""
    groups: dict[str, list[tuple[str, list]]] = {}
    seen: set[str] = set()
    for key, alternative in keyed:
        written = _emit_sequence(alternative)
        if written not in seen:
            seen.add(written)
            groups.setdefault(key, []).append((written, alternative))
    return groups


def _emit_group(head: str, members: list[tuple[str, list]], fold: bool) -> str:
    """``head`` (the members' shared first character, or a check that it was taken) and
    what follows it in each member."""
    rests = [alternative[1:] for _, alternative in members]
    if len(rests) == 1:
        return head + _emit_sequence(rests[0])
    return head + "(?:" + _emit_alternation(rests, fold) + ")"


def _emit_alternation(alternatives: list[list], fold: bool) -> str:
    out: list[str] = []
    run: list[tuple[str, list]] = []  # keyed alternatives since the last barrier
    for alternative in [*alternatives, None]:
        key = _key(alternative, fold) if alternative is not None else None
        if key is not None:
            run.append((key, alternative))
            continue
        # a barrier (or the end): the run so far is regrouped, nothing moves past it
        for members in _grouped(run).values():
            out.append(members[0][0] if len(members) == 1 else _emit_group(members[0][1][0].text, members, fold))
        run = []
        if alternative is not None:
            out.append(_emit_sequence(alternative))
    return "|".join(out)
