"""``lexicon.StemSet`` answers "does this word stem to one of these?" without loading nltk
when the word cannot: it must agree with nltk's Snowball stemmer on every word."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from literalist.lexicon import StemSet, stem
from literalist.rules.tone_patterns import DISTRESS_STEMS

DISTRESS = StemSet(DISTRESS_STEMS)
SUFFIXES = ["", "s", "es", "ed", "ing", "ly", "ingly", "edly", "ies", "ied", "y", "ational", "ization", "ability",
            "ness", "ful", "ive", "ize", "ate", "ement", "eed", "'s", "s'", "yed", "ying", "-edge"]
words = st.builds(
    lambda pre, stem_part, body, suffix: pre + stem_part + body + suffix,
    st.sampled_from(["", "'", "\u2019", "\u2018"]),
    st.sampled_from(sorted(DISTRESS_STEMS) + ["", "d", "ly", "ti"]),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyzaeiouy-'", max_size=6),
    st.sampled_from(SUFFIXES),
).map(lambda w: w or "a")


def _vocabulary() -> list[str]:
    raw = importlib.resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_text("utf-8", "replace")
    return sorted({line.split("\t")[0] for line in raw.splitlines() if line})


def test_agrees_with_the_stemmer_on_a_general_vocabulary():
    vocabulary = _vocabulary() + ["dying", "lying", "tying", "skies", "ugly", "early", "idly", "\u2019stressed", "'panicking"]
    assert len(vocabulary) > 7000
    wrong = [w for w in vocabulary if (w in DISTRESS) != (stem(w) in DISTRESS_STEMS)]
    assert not wrong
    assert sum(w in DISTRESS for w in vocabulary) > 100  # it does find feelings


@settings(max_examples=3000, deadline=None, derandomize=True)
@given(word=words.flatmap(lambda w: st.sampled_from([w, w.upper(), w.title()])))
def test_agrees_with_the_stemmer_on_made_up_words(word):
    assert (word in DISTRESS) == (stem(word) in DISTRESS_STEMS)


def _check_imports(text: str) -> tuple[str, set[str]]:
    """``literalist check`` on ``text`` from stdin: its output, and every module it imported."""
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "literalist", "check", "--stdin-filename", "a.prompt", "-"],
        input=text, capture_output=True, text=True, timeout=120,
    )
    assert out.returncode in (0, 1), out.stderr[-2000:]
    imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if line.startswith("import time:")}
    return out.stdout, imported


def test_task_talk_is_answered_without_loading_nltk():
    _, imported = _check_imports("I'm reviewing the report. We're publishing it on Monday.\n")
    assert "nltk" not in imported
    # a feeling's usual form: its stem is shipped (stem_table.py)
    report, imported = _check_imports("I'm so stressed about this launch.\n")
    assert "nltk" not in imported and "LIT102" in report
    # a form the shipped table lacks: the stemmer itself is asked
    report, imported = _check_imports("I'm so stressings about this launch.\n")
    assert "nltk" in imported and "LIT102" in report
