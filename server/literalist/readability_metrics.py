"""Offline text statistics on our own sentence spans.

textstat 0.7.13 asks nltk to download cmudict on every syllable count (a network attempt,
and a write into ~/nltk_data when online), so only its offline-safe counters are used here,
and syllables come from pyphen's bundled hyphenation dictionary instead.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

_lock = threading.Lock()
_pyphen = None
_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019\-]*")


def word_count(text: str) -> int:
    """Words as textstat counts them (its lexicon_count is offline-safe)."""
    import textstat  # lazy: pulls in nltk

    return textstat.lexicon_count(text, removepunct=True)


def lix(text: str) -> float:
    import textstat

    return float(textstat.lix(text))


@lru_cache(maxsize=32768)
def syllables(word: str) -> int:
    global _pyphen
    if _pyphen is None:
        with _lock:
            if _pyphen is None:
                import pyphen  # a textstat dependency; its dictionaries ship in the wheel

                _pyphen = pyphen.Pyphen(lang="en_US")
    return max(1, len(_pyphen.positions(word.lower())) + 1)


def flesch_kincaid_grade(words: list[str], sentence_count: int) -> float:
    if not words or not sentence_count:
        return 0.0
    syl = sum(syllables(w) for w in words)
    return round(0.39 * len(words) / sentence_count + 11.8 * syl / len(words) - 15.59, 1)


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)
