"""Word-level signals shared by rules: stems (nltk Snowball, answered from the shipped table
of ``stem_table.py`` when it holds the word) and word valence (VADER's lexicon).

Both load lazily on first use: importing nltk costs about 200 ms, which an editor should
not pay before its first diagnostics (``StemSet`` avoids it for most words). Nothing here
touches ``nltk.data`` or the network: Snowball needs no data files, and the VADER lexicon
is read from the vaderSentiment package's own copy.
"""

from __future__ import annotations

import importlib.resources
import threading
from functools import lru_cache

from .stem_table import known

# words people write in capitals to stress an order ("do NOT", "ONLY", "MUST"); in a list
# of values in capitals, most of the values are other words
EMPHASIS_WORDS = frozenset(
    "not never always must only do don't dont no any all every each now please important critical really very exactly "
    "absolutely immediately urgent asap stop wrong right nothing everything anything ever sure mandatory required forbidden "
    "strictly under over again first last before after need needs have has will won't cannot can't should shall "
    "one two three both".split()
)


def is_scale(words) -> bool:
    """"CRITICAL, SERIOUS, ROUTINE": three or more different words, at most one of them an
    emphasis word; not "MUST, MUST, MUST" or "IMPORTANT, CRITICAL, URGENT"."""
    distinct = {w.lower() for w in words}
    return len(distinct) >= 3 and len(distinct & EMPHASIS_WORDS) <= 1


_lock = threading.Lock()
_stemmer = None
_valence: dict[str, float] | None = None


def _get_stemmer():
    global _stemmer
    if _stemmer is None:
        with _lock:
            if _stemmer is None:
                from nltk.stem.snowball import SnowballStemmer  # no corpus needed

                _stemmer = SnowballStemmer("english")
    return _stemmer


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    low = word.lower()
    shipped = known(low)  # most words asked about: no nltk import (stem_table.py)
    return shipped if shipped is not None else _get_stemmer().stem(low)


# Snowball's English stemmer keeps a word's first two letters: it only cuts endings off
# and changes the last letters it leaves. The exceptions are these forms it lists by name.
_SNOWBALL_EXCEPTIONS = frozenset("skis skies dying lying tying idly gently ugly early only singly sky news howe atlas "
                                 "cosmos bias andes".split())


class StemSet:
    """A set of stems that answers "does this word stem to one of them?" without asking
    the stemmer when the word cannot (it does not start like any of them): loading nltk
    costs about 200 ms, which the first diagnostics of a prompt should not wait for."""

    def __init__(self, stems: frozenset[str]):
        self.stems = stems
        self.heads = frozenset(s[:2] for s in stems)

    def __contains__(self, word: str) -> bool:
        low = word.lower().lstrip("'\u2018\u2019\u201b")  # the stemmer drops a leading apostrophe
        if low[:2] not in self.heads and low not in _SNOWBALL_EXCEPTIONS:
            return False
        return stem(word) in self.stems


def _load_valence() -> dict[str, float]:
    global _valence
    if _valence is None:
        with _lock:
            if _valence is None:
                table: dict[str, float] = {}
                try:
                    raw = importlib.resources.files("vaderSentiment").joinpath("vader_lexicon.txt").read_bytes()
                except (FileNotFoundError, ModuleNotFoundError, OSError):
                    raw = b""
                for line in raw.decode("utf-8", "replace").splitlines():
                    parts = line.split("\t")
                    if len(parts) >= 2:
                        try:
                            table[parts[0]] = float(parts[1])
                        except ValueError:
                            continue
                _valence = table
    return _valence


def valence(word: str) -> float:
    """VADER's valence for a word (-4 .. +4), 0 when unknown."""
    return _load_valence().get(word.lower(), 0.0)


def warm_up() -> None:
    """Load nltk's stemmer and VADER's lexicon now (benchmarks and the offline test;
    linting loads them only when a text needs them)."""
    stem("stressed")
    valence("stressed")
