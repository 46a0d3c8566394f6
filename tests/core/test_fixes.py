"""The "strip emotional language" fix keeps the sentence grammatical and is a fixed point."""

import pytest

from literalist.engine import Linter
from literalist.fixes import fix_text

CASES = [
    ("I'm so stressed. Summarize the logs.", "Summarize the logs."),
    ("URGENT: summarize the logs.", "Summarize the logs."),
    ("Fix it NOW.", "Fix it."),
    ("DO NOT invent anything.", "Do not invent anything."),
    ("Check every figure!!!", "Check every figure."),
    ("I'm so stressed, can you fix the login bug?", "Can you fix the login bug?"),
    ("Fix the bug, I'm begging you.", "Fix the bug."),
    ("My CEO is pinging me every five minutes. Write the incident update.", "Write the incident update."),
    ("Summarize the logs ASAP.", "Summarize the logs."),
    ("URGENT!!! Production is down, fix it NOW!!!", "Production is down, fix it."),
]


def _tone_fix(text, path="p.md"):
    linter = Linter()
    return fix_text(text, lambda t: linter.lint(t, path), select=lambda f: f.category.value == "tone")


@pytest.mark.parametrize("before,after", CASES)
def test_strip_emotional_language(before, after):
    fixed, n = _tone_fix(before)
    assert fixed == after
    assert n >= 1


@pytest.mark.parametrize("before,_", CASES)
def test_fixing_twice_is_fixing_once(before, _):
    once, _n = _tone_fix(before)
    twice, n2 = _tone_fix(once)
    assert twice == once and n2 == 0


def test_fix_only_touches_the_finding_and_its_neighbourhood():
    text = "Intro line stays.\n\nI'm so stressed. Keep `code` and {{name}} intact.\n\nLast line stays.\n"
    fixed, _ = _tone_fix(text)
    assert fixed == "Intro line stays.\n\nKeep `code` and {{name}} intact.\n\nLast line stays.\n"


def test_deleting_a_whole_paragraph_keeps_the_rest_and_crlf():
    text = "Summarize the logs.\r\n\r\nI'm panicking.\r\n\r\nUse bullets.\r\n"
    fixed, _ = _tone_fix(text)
    assert fixed == "Summarize the logs.\r\n\r\nUse bullets.\r\n"


def test_a_moved_fix_equals_the_fix_with_its_edits_moved():
    # the engine moves findings block by block, then chunk by chunk, while typing; their
    # fixes move lazily and must stay interchangeable with plain ones (equality, hashing,
    # pickling to and from --jobs workers)
    import pickle

    from literalist.model import Edit, Finding, Fix
    from literalist.rules.tone import URGENCY

    plain = Finding(URGENCY, 2, 8, "m", Fix("Strip", (Edit(2, 9, ""), Edit(20, 20, "x"))))
    moved = plain.moved(5).moved(100)
    want = Fix("Strip", (Edit(107, 114, ""), Edit(125, 125, "x")))
    assert (moved.start, moved.end) == (107, 113)
    assert moved.fix == want and want == moved.fix and hash(moved.fix) == hash(want)
    assert moved == Finding(URGENCY, 107, 113, "m", want)
    back = pickle.loads(pickle.dumps(moved))
    assert back == moved and type(back.fix) is Fix
    assert plain.fix.edits[0] == Edit(2, 9, "")  # the original is untouched
