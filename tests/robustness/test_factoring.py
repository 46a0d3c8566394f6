"""``factoring.py`` regroups a pattern's alternatives by first character; the regrouped
pattern must find exactly what the written one finds: the same spans and the same groups,
on any text, for every pattern the core compiles (rule patterns, their split
alternatives, the context patterns), and under IGNORECASE for the characters that fold
onto ASCII letters (ſ, K, ı)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgets import LONG, SHORT
from hostile_text import any_text, prompt_text
import literalist.engine  # noqa: F401 - declares every rule pattern
from literalist import context
from literalist.factoring import compile as factored_compile
from literalist.factoring import factor
from literalist.narrowing import Narrowed
from literalist.prefilter import DECLARED, Gated, SplitGated, _alternatives


def _written_and_compiled():
    """(name, the pattern as written, the pattern that runs) for everything compiled."""
    out = {}
    for module, lazy in DECLARED:
        if not module.startswith("literalist."):
            continue  # declared by a test
        built = lazy.target()
        name = f"{module.rsplit('.', 1)[-1]}:{lazy.pattern[:40]}"
        out[name] = (re.compile(lazy.pattern, lazy.flags), built.regex if isinstance(built, (Gated, SplitGated)) else built)
        if isinstance(built, SplitGated):
            parts = _alternatives(lazy.pattern)  # what the split alternatives were written as
            for i, alt in enumerate(built.alternatives):
                runs = alt.regex if isinstance(alt, Gated) else alt
                written = re.compile(parts[i], runs.flags)
                out[f"{name}#{i}"] = (written, runs)
    for attr, value in vars(context).items():
        if isinstance(value, Narrowed):
            out[f"context.{attr}"] = (re.compile("|".join(s for s, _ in value.alternatives), value.flags), value.full)
    return out


PAIRS = _written_and_compiled()
WORDS = sorted({w for written, _ in PAIRS.values() for w in re.findall(r"[A-Za-z]{2,}", written.pattern)})
FOLDS = str.maketrans({"s": "\u017f", "k": "\u212a", "i": "\u0131", "I": "\u0130"})
word_text = st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from([" ", ", ", ". ", "\n", "-", "'", "and "])), max_size=30).map(
    "".join).flatmap(lambda t: st.sampled_from([t, t.upper(), t.title(), t.translate(FOLDS)]))


def same(written: re.Pattern, runs: re.Pattern, text: str) -> None:
    assert [(m.span(), m.groups()) for m in runs.finditer(text)] == [(m.span(), m.groups()) for m in written.finditer(text)]


def test_every_compiled_pattern_is_covered():
    assert len(PAIRS) >= 100
    changed = [name for name, (written, runs) in PAIRS.items() if written.pattern != runs.pattern]
    assert len(changed) >= 30, "the word lists are no longer factored"


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_sentences_with_the_patterns_own_words(name):
    written, runs = PAIRS[name]
    words = re.findall(r"[A-Za-z]{2,}", written.pattern)
    texts = [" ".join(words[i:i + 4]) for i in range(0, len(words), 2)]
    for text in texts + [t.upper() for t in texts] + [t.translate(FOLDS) for t in texts]:
        same(written, runs, text)


@SHORT
@given(text=word_text | prompt_text | any_text, name=st.sampled_from(sorted(PAIRS)))
def test_factored_patterns_find_what_the_written_ones_find(text, name):
    same(*PAIRS[name], text)


@pytest.mark.long
@LONG
@given(text=word_text | prompt_text | any_text, name=st.sampled_from(sorted(PAIRS)))
def test_factored_patterns_find_what_the_written_ones_find_long(text, name):
    same(*PAIRS[name], text)


@pytest.mark.parametrize("source, flags, expected", [
    # a word list becomes a trie; order kept within a first letter
    (r"x(?:smart|sleek|classy|slick)\b", 0, r"x(?:s(?:mart|l(?:eek|ick))|classy)\b"),
    # a leading \b and first letter become a case-sensitive class re can skip ahead to
    (r"\bif\b", re.I, "(?-i:[iI\u0130\u0131])(?<!\\w\\w)f\\b"),
    (r"\b(?:like|as|lean)\s", re.I, r"(?-i:[lLaA])(?<!\w\w)(?:(?<=(?-i:[lL]))(?:ike|ean)|(?<=(?-i:[aA]))s)\s"),
    (r"\b(?:the|our)", 0, r"(?-i:[to])(?<!\w\w)(?:(?<=(?-i:[t]))he|(?<=(?-i:[o]))ur)"),
    # a character repeated at least once leads the guard too: one is taken off the repeat
    (r"\bf+u\b", re.I, r"(?-i:[fF])(?<!\w\w)f*u\b"),
    (r"\b(?:ugh+|a{3,}h|o{2,5}?x|wtf|b{2})", 0,
     r"(?-i:[uaowb])(?<!\w\w)(?:(?<=(?-i:[u]))gh+|(?<=(?-i:[a]))a{2,}h|(?<=(?-i:[o]))o{1,4}?x|(?<=(?-i:[w]))tf|(?<=(?-i:[b]))b{1})"),
    (r"\b(?:a*b|ab)", 0, r"\b(?:a*b|ab)"),  # a repeat that may match nothing has no first character
    (r"\b\d+x", 0, r"\b\d+x"),
    (r"the", re.I, r"(?-i:[tT])he"),
    (r"(?:a1|-2|b3)", re.I, r"(?-i:[aA\-bB])(?:(?<=(?-i:[aA]))1|(?<=(?-i:[\-]))2|(?<=(?-i:[bB]))3)"),  # no range A-b
    (r"the", 0, r"the"),  # re skips ahead to a case-sensitive literal by itself
    (r"\b-x", re.I, r"\b-x"),  # \b before a non-word character means something else
    (r"\b(?:a|-)", re.I, r"\b(?:a|-)"),
    (r"\b(polished|pro)", re.I, r"\b(p(?:olished|ro))"),  # a capturing group keeps its text
    (r"ab|a|ac", 0, r"a(?:b||c)"),
    # a repeated alternative is tried only after itself failed: dropped
    (r"smart|fun|smart", 0, r"smart|fun"),
    # an alternative that starts otherwise is a wall: nothing moves past it
    (r"ab|[a]c|ad", 0, r"ab|[a]c|ad"),
    (r"ab|\w|ad", 0, r"ab|\w|ad"),
    (r"ab|(?=x)a|ad", 0, r"ab|(?=x)a|ad"),
    # a quantified first character, or a non-ASCII one, is not a key
    (r"a?b|ac", 0, r"a?b|ac"),
    (r"éa|éb", re.I, r"éa|éb"),
    # capturing groups keep their numbers: such alternatives never move
    (r"(a)x|b|(a)y", 0, r"(a)x|b|(a)y"),
    (r"(?P<n>a)x|ay", 0, r"(?P<n>a)x|ay"),
    # case: "A" and "a" are one key under IGNORECASE, two without it (also when scoped)
    (r"Ab|ab", re.I, r"A(?:b)"),
    (r"(?-i:Ab|ab)", re.I, r"(?-i:Ab|ab)"),
    (r"(?i:Ab|ab)", 0, r"(?i:A(?:b))"),
    # classes, escapes and literal braces are read whole
    (r"x[|]y|xz", 0, r"x(?:[|]y|z)"),
    (r"[]|]a|[]|]b", 0, r"[]|]a|[]|]b"),
    (r"\|a|\|b", 0, r"\|a|\|b"),
    (r"a{2}|ab", 0, r"a{2}|ab"),
    (r"x{a|xb", 0, r"x(?:{a|b)"),
    # left as written: global inline flags, verbose mode, conditionals, broken patterns
    (r"(?i)ab|ac", 0, r"(?i)ab|ac"),
    (r"ab|ac", re.X, r"ab|ac"),
    (r"(a)?(?(1)b|c)|ad", 0, r"(a)?(?(1)b|c)|ad"),
    (r"ab|ac)", 0, r"ab|ac)"),
    (r"[ab", 0, r"[ab"),
])
def test_factor(source, flags, expected):
    assert factor(source, flags) == expected
    try:
        written = re.compile(source, flags)
    except re.error:
        return
    runs = factored_compile(source, flags)
    for text in ("ab ac ad ax ay AB Ab x|y xz x{a xb aa |a |b ]a b a", "smart sleek classy slick SMART \u017fmart"):
        same(written, runs, text)


def test_the_extra_case_folds_are_all_there_are():
    """Every character that IGNORECASE matches to an ASCII letter, over all of Unicode."""
    from literalist.factoring import _folds

    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    found: dict[str, set[str]] = {}
    for m in re.finditer("[a-z]", every, re.I):
        for letter in "abcdefghijklmnopqrstuvwxyz":
            if re.fullmatch(letter, m.group(), re.I):
                found.setdefault(letter, set()).add(m.group())
    assert {letter: set(_folds(letter, True)) for letter in found} == found
