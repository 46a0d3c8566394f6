"""Shared checks for the per-family rule tests: a positive case is flagged with its code on
words that overlap the expected ones; a look-alike gets no finding of the family."""

from literalist.engine import lint


def assert_flagged(code: str, text: str, words: str) -> None:
    found = [(f.code, text[f.start:f.end]) for f in lint(text, "p.md")]
    w = words.lower()
    assert any(c == code and (w in t.lower() or t.lower() in w) for c, t in found), found


def assert_left_alone(text: str, family: str) -> None:
    found = [(f.code, text[f.start:f.end]) for f in lint(text, "p.md") if f.category.value == family]
    assert found == []
