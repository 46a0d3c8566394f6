"""Snowball stems of the words the rules most often ask about, worked out ahead of time.

Importing nltk costs about 185 ms and 30 to 40 MB of memory, whatever submodule is imported,
and the server's memory budget is 100 MB. The rules stem a word only to ask whether it is a
known feeling ("I'm so stressed"), so the stems of the feelings' usual forms and of VADER's
vocabulary are computed once, with nltk's own stemmer, and shipped as ``data/stems.json``.
``lexicon.stem`` answers from the table and loads nltk only for a word the table lacks: the
answer is the stemmer's either way. ``tests/core/test_stem_table.py`` fails when the table
is stale:

    python -m literalist.stem_table
"""

from __future__ import annotations

import importlib.resources
import json
import sys
import threading
from pathlib import Path

_RESOURCE = "stems.json"
# forms a feeling's stem takes after "I'm", "we're", "feeling ...": stressed, panicking, overwhelmed
_ENDINGS = ("", "s", "es", "ed", "d", "ing", "y", "ies", "ied", "ion", "ions", "ment", "ful", "ly", "ous", "ive", "e", "ish")
_lock = threading.Lock()
_table: dict[str, str] | None = None


def known(word: str) -> str | None:
    """The shipped stem of ``word`` (lower case, as the stemmer takes it), or None."""
    global _table
    if _table is None:
        with _lock:
            if _table is None:
                try:
                    raw = importlib.resources.files("literalist").joinpath("data", _RESOURCE).read_text("utf-8")
                    _table = json.loads(raw)["stems"]
                except (OSError, ValueError, KeyError, TypeError):
                    _table = {}  # a damaged or missing table: every word goes to the stemmer
    return _table.get(word)


def vocabulary() -> list[str]:
    """The words worth shipping: each feeling stem with the usual endings, and VADER's words."""
    from .lexicon import _load_valence  # VADER's words, read the way the valence signal reads them
    from .rules.tone_patterns import DISTRESS_STEMS

    words = {s + e for s in DISTRESS_STEMS for e in _ENDINGS}
    words |= {word.lower() for word in _load_valence() if word.isalpha()}
    return sorted(words)


def compute() -> dict[str, str]:
    from nltk.stem.snowball import SnowballStemmer  # no corpus needed

    stemmer = SnowballStemmer("english")
    return {word: stemmer.stem(word) for word in vocabulary()}


def main() -> int:
    path = Path(__file__).resolve().parent / "data" / _RESOURCE
    table = compute()
    path.write_text(json.dumps({"stems": table}, sort_keys=True, separators=(",", ":")) + "\n", "utf-8")
    print(f"wrote the stems of {len(table)} words to {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
