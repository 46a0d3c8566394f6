"""Shared checks for the per-family rule tests: a positive case is flagged with its code on
words that overlap the expected ones; a look-alike gets no finding of the family."""

import pytest

from literalist.engine import lint


def assert_flagged(code: str, text: str, words: str) -> None:
    found = [(f.code, text[f.start:f.end]) for f in lint(text, "p.md")]
    w = words.lower()
    assert any(c == code and (w in t.lower() or t.lower() in w) for c, t in found), found


def assert_left_alone(text: str, family: str) -> None:
    found = [(f.code, text[f.start:f.end]) for f in lint(text, "p.md") if f.category.value == family]
    assert found == []


def shape_tests(left_alone, still_flagged):
    """The two tests of a shapes module: each look-alike left alone, each problem still flagged.
    A module binds them to test_* names, so pytest collects them there."""

    @pytest.mark.parametrize("family,text", left_alone)
    def test_left_alone(family, text):
        assert_left_alone(text, family)

    @pytest.mark.parametrize("code,text,words", still_flagged)
    def test_still_flagged(code, text, words):
        assert_flagged(code, text, words)

    return test_left_alone, test_still_flagged
