"""A ``Narrowed`` pattern (``narrowing.py``) drops the alternatives whose cues a text lacks;
it must find exactly what the whole pattern finds: the same spans and the same non-empty
groups, on any text, including texts built from the cues themselves."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from budgets import LONG, SHORT
from hostile_text import any_text, prompt_text
from literalist import context
from literalist.narrowing import Narrowed

NARROWED = {name: value for name, value in vars(context).items() if isinstance(value, Narrowed)}
CUES = sorted({cue for pattern in NARROWED.values() for _, cues in pattern.alternatives for cue in cues})
WORDS = ["polished", "the client", "tone", "a", "an", "the", "by", "I", "we", "what", "definition of", "is", "has",
         "email", "reply", "where", "that", "`", "$", "{", "-", "(", ")", '"', "\u201c", "\u201d", ",", ":"]
cue_text = st.lists(st.sampled_from(CUES + WORDS + [" ", " ", "\n", ". "]), max_size=30).map("".join).flatmap(
    lambda t: st.sampled_from([t, t.upper(), t.title(), t.replace("s", "\u017f"), t.replace("i", "\u0131")]))


def same(pattern: Narrowed, text: str) -> None:
    def seen(matches):
        return [(m.span(), [g for g in m.groups() if g]) for m in matches]

    assert seen(pattern.finditer(text)) == seen(pattern.full.finditer(text))


def test_the_context_patterns_are_narrowed():
    assert {"_DEFINITION", "_TERM_USE"} <= set(NARROWED)


def test_examples():
    definition = NARROWED["_DEFINITION"]
    for text in ["Polished means no typos.", "By polished I mean short.", "A good email has one idea.",
                 "A reply email names the order.", "Tone = warm.", "Plain prose with none of them."]:
        same(definition, text)
    assert [m.group(1) for m in definition.finditer("Polished MEANS short")] == ["Polished"]
    assert list(definition.finditer("Nothing to see here.")) == []


def test_a_text_without_any_cue_runs_only_the_plain_alternatives():
    pattern = Narrowed([(r"(\w+) means", ("mean",)), (r"the (\w+) field", ("field",))], re.I)
    assert [m.groups() for m in pattern.finditer("the status FIELD")] == [("status",)]
    assert list(pattern.finditer("nothing here")) == []


@SHORT
@given(text=cue_text | prompt_text | any_text, name=st.sampled_from(sorted(NARROWED)))
def test_narrowed_patterns_find_what_the_pattern_finds(text, name):
    same(NARROWED[name], text)


@pytest.mark.long
@LONG
@given(text=cue_text | prompt_text | any_text, name=st.sampled_from(sorted(NARROWED)))
def test_narrowed_patterns_find_what_the_pattern_finds_long(text, name):
    same(NARROWED[name], text)
