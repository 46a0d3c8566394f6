"""The prefilter in front of the rule patterns (``prefilter.py``) must never change
what a pattern finds: a gated or split pattern gives exactly the spans of the pattern
itself, on any text, including texts made of the very phrases the patterns look for."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgets import LONG, SHORT
from hostile_text import any_text, prompt_text
from literalist.rules import inference, quality, tone, tone_patterns
from literalist.prefilter import Gated, Lazy, SplitGated, gated, required_strings

GATED = {
    f"{mod.__name__.rsplit('.', 1)[-1]}.{name}": value
    for mod in (tone_patterns, tone, inference, quality)
    for name, value in ((n, v.target() if isinstance(v, Lazy) else v) for n, v in list(vars(mod).items()))
    if isinstance(value, (Gated, SplitGated))
}
BANK = Path(__file__).resolve().parents[1] / "eval" / "dev" / "bank.json"
PHRASES = sorted({item["text"] for item in json.loads(BANK.read_text(encoding="utf-8"))["items"]})[:400] if BANK.exists() else []
STRINGS = sorted({
    s
    for p in GATED.values()
    for a in getattr(p, "alternatives", [p])
    for s in (*getattr(a, "strings", ()), *(x for group in getattr(a, "also", ()) for x in group))
})
# text that trips the checks: the required strings themselves, phrases from the bank, odd case
trigger_text = st.lists(
    st.one_of(st.sampled_from(STRINGS), st.sampled_from(PHRASES or ["as usual"]), st.sampled_from([" ", ". ", "\n", "I ", "we ", "the "])),
    max_size=25,
).map("".join).flatmap(lambda t: st.sampled_from([t, t.upper(), t.title(), t.replace("s", "\u017f")]))


def _seen(m) -> tuple:
    # a split pattern's groups are its matching alternative's (EACH_ALTERNATIVE): compare
    # the groups that took part, in order, which is how its callers read them
    return (m.span(), [(m.span(i), m.group(i)) for i in range(1, (m.re.groups or 0) + 1) if m.group(i) is not None])


def same(pattern, text: str) -> None:
    want = [_seen(m) for m in pattern.regex.finditer(text)]
    assert [_seen(m) for m in pattern.finditer(text)] == want
    first = pattern.search(text)
    assert (_seen(first) if first else None) == (want[0] if want else None)
    if not pattern.regex.groups:
        assert pattern.findall(text) == pattern.regex.findall(text)


def test_the_big_patterns_are_gated():
    assert len(GATED) >= 30, sorted(GATED)
    assert isinstance(inference.HISTORY, SplitGated) and isinstance(tone_patterns.URGENCY_STRONG, SplitGated)


@pytest.mark.parametrize("name", sorted(GATED))
def test_phrases_from_the_bank(name):
    pattern = GATED[name]
    for phrase in PHRASES:
        same(pattern, phrase)
        same(pattern, phrase.upper())


@SHORT
@given(text=trigger_text | prompt_text | any_text, name=st.sampled_from(sorted(GATED)))
def test_gated_patterns_find_what_the_pattern_finds(text, name):
    same(GATED[name], text)


@pytest.mark.long
@LONG
@given(text=trigger_text | prompt_text | any_text, name=st.sampled_from(sorted(GATED)))
def test_gated_patterns_find_what_the_pattern_finds_long(text, name):
    same(GATED[name], text)


def test_required_strings_follow_the_pattern():
    assert required_strings(re.compile(r"\bas\s+usual\b", re.I)) == {"usual"}
    assert required_strings(re.compile(r"\b(?:make|keep)\s+it\s+(?:pop|shine)", re.I)) == {"make", "keep"}
    assert required_strings(re.compile(r"\b(?:a|the)\s+\w+")) is None  # nothing selective
    assert required_strings(re.compile(r"(?:foo)?bar")) == {"bar"}  # an optional part is not required
    # a group that ignores case, in a pattern that does not, requires nothing its case-sensitive check could see
    assert required_strings(re.compile(r"\b(?i:label|mark)\s+each\b")) == {"each"}
    assert gated(re.compile(r"\b(?i:label|mark)\s+each\b")).search("Label each file") is not None
    split = gated(re.compile(r"\bas\s+usual\b|\blike\s+last\s+time\b|\bx+", re.I))
    assert isinstance(split, SplitGated) and len(split.alternatives) == 3
    assert [m.group() for m in split.finditer("As usual, xx like last time")] == ["As usual", "xx", "like last time"]
