"""The shipped stems (``data/stems.json``) must be the stemmer's own: stale, they would make
a word count as a feeling, or not, differently from nltk's Snowball stemmer."""

from __future__ import annotations

import json
from pathlib import Path

from literalist import stem_table
from literalist.lexicon import StemSet
from literalist.rules.tone_patterns import DISTRESS_STEMS

TABLE = Path(stem_table.__file__).resolve().parent / "data" / "stems.json"


def test_the_shipped_stems_are_fresh():
    shipped = json.loads(TABLE.read_text("utf-8"))["stems"]
    assert shipped == stem_table.compute(), "run: python -m literalist.stem_table"


def test_every_feeling_has_its_usual_forms_shipped():
    # the forms "I'm so ..." takes: each answered from the table, each a feeling
    distress = StemSet(DISTRESS_STEMS)
    for word in ("stressed", "panicking", "overwhelmed", "exhausted", "frustrated", "anxious", "devastated", "furious"):
        assert stem_table.known(word) is not None, word
        assert word in distress, word


def test_a_word_the_table_lacks_is_not_answered_from_it():
    assert stem_table.known("stressings") is None
    assert stem_table.known("Stressed") is None  # keys are lower case: lexicon.stem lowers first
