"""Lower-casing text the way ``re`` compares it under IGNORECASE, for cheap substring
checks in front of case-insensitive patterns (``prefilter.py``, ``narrowing.py``), and
the characters each ASCII letter matches (``factoring.py``)."""

from __future__ import annotations

# Under IGNORECASE, ``re`` also matches these ASCII letters to the non-ASCII characters
# given (checked against every code point in tests/robustness/test_factoring.py); lower()
# does not pair them. Any other letter matches its two cases only.
IGNORECASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLD = str.maketrans({c: letter for letter, chars in IGNORECASE_EXTRAS.items() for c in chars})


_last: tuple[str, str] = ("", "")  # the last text and its lower case: several checks ask about one text


def lower_like_re(text: str) -> str:
    """Lower case, one character for one (as ``re`` compares under IGNORECASE), so that
    'İ' stays one character and 'ſ' reads as 's'."""
    global _last
    seen, low = _last  # one tuple, read and replaced whole: safe across threads
    if seen is text:
        return low
    low = text.translate(_FOLD).lower()
    if len(low) != len(text):
        low = "".join(c.lower()[:1] for c in text.translate(_FOLD))
    _last = (text, low)
    return low
