import pytest

from literalist.engine import lint
from rule_cases import assert_flagged, assert_left_alone
from literalist.fixes import apply_edits

POSITIVE = [
    ("LIT301", "Make it polished.", "polished"),
    ("LIT301", "Write a professional reply.", "professional"),
    ("LIT301", "Keep the copy engaging and crisp.", "engaging"),
    ("LIT301", "Make it pop.", "pop"),
    ("LIT301", "The code must be production-ready.", "production-ready"),
    ("LIT301", "Make this paragraph better.", "better"),
    ("LIT301", "Friendly but not too casual.", "Friendly but not too casual"),
    ("LIT302", "This is for the board deck, it has to be great.", "This is for the board deck"),
]

NEGATIVE = [
    "Make it polished. Polished means: no typos, under 150 words, one call to action.",
    "Make it polished: no typos, under 150 words, one call to action.",
    "Write a professional reply of at most 120 words with exactly one link.",
    "Refer them to a licensed professional for tax advice.",
    "We are a professional services firm.",
    "Clean the data before you count rows.",
    "Do not use these words: \"stunning\", \"nestled\", \"boasts\".",
    "Better means fewer than 3 steps. Make the flow better.",
]


@pytest.mark.parametrize("code,text,words", POSITIVE)
def test_flags(code, text, words):
    assert_flagged(code, text, words)


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_alone(text):
    assert_left_alone(text, "quality")


def test_example_of_the_output_is_the_bar():
    text = "Write a polished product blurb.\n\nExample output:\n\n<example>\nSteel kettle, 1.7 l, boils in 3 minutes.\n</example>\n"
    assert [f for f in lint(text, "p.md") if f.code == "LIT301"] == []


def test_define_fix_inserts_a_scaffold_after_the_sentence_and_is_not_safe():
    text = "Make it polished. Then send it."
    f = next(f for f in lint(text, "p.md") if f.code == "LIT301")
    assert f.fix is not None and not f.fix.safe
    assert apply_edits(text, list(f.fix.edits)) == "Make it polished. Polished means: \u2026 Then send it."


def test_every_alternative_of_the_generic_phrases_names_its_word():
    """The check reports the first group that matched; an alternative without a group
    matched and was dropped unreported (one did: "the best possible email" never fired)."""
    import re

    from literalist.rules import quality

    sources = [getattr(alt, "_source", None) or alt.pattern for alt in quality.GENERIC.alternatives]
    assert len(sources) > 10
    assert [s[:60] for s in sources if re.compile(s, re.I).groups == 0] == []
