"""Lower-casing text the way ``re`` compares it under IGNORECASE, for cheap substring
checks in front of case-insensitive patterns (``prefilter.py``, ``narrowing.py``)."""

from __future__ import annotations

# case-insensitive matching in ``re`` also pairs these with ASCII letters; lower() does not
_FOLD = str.maketrans({"\u017f": "s", "\u0131": "i", "\u212a": "k"})


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
