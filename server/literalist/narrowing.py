"""A pattern whose costly alternatives each need a cue word, run without them on texts
that hold none of their cues.

Some context patterns are alternations with capturing groups ("X means ...", "by X I
mean", "a X email that ..."), so the prefilter cannot split them. Their first
alternatives are tried at every word and backtrack through the words before failing; yet
each can only match where its cue ("mean", "=", "refers" ...) occurs. An alternative
whose cues are all absent from a text cannot match anywhere in it, so dropping it changes
no match: ``finditer`` gives the same spans and the same non-empty groups (their numbers
shift: callers read the non-empty groups, not a group by number).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import factoring, regex_code
from .re_case import lower_like_re


class Narrowed:
    def __init__(self, alternatives: list[tuple[str, tuple[str, ...]]], flags: int = 0):
        """``alternatives``: (source, cues) in order; empty cues: the alternative always runs.
        Cues are lower case; the check is case-insensitive when ``flags`` has re.I."""
        self.alternatives = alternatives
        self.flags = flags
        # compiled on first use (start-up), with word lists grouped (factoring.py)
        self._subsets: dict[tuple[int, ...], re.Pattern | None] = {}

    @property
    def full(self) -> re.Pattern:
        """The whole pattern."""
        return self._subset(tuple(range(len(self.alternatives))))

    regex = full  # the pattern itself, as the prefilter's wrappers name it

    def _subset(self, kept: tuple[int, ...]) -> re.Pattern | None:
        pattern = self._subsets.get(kept, False)
        if pattern is False:
            pattern = self._compile("|".join(self.alternatives[i][0] for i in kept)) if kept else None
            self._subsets[kept] = pattern
        return pattern

    def _compile(self, source: str) -> re.Pattern:
        from .gate_table import factored_for  # the table module reads a data file: not at import

        shipped = factored_for(source, self.flags)
        if shipped is not None:
            try:
                return regex_code.compile(shipped, self.flags)
            except re.error:  # a damaged table: factor it here instead
                pass
        return factoring.compile(source, self.flags)

    def _kept_choices(self):
        count = len(self.alternatives)
        return (tuple(i for i in range(count) if mask >> i & 1) for mask in range(1, 1 << count))

    def every_subset_source(self) -> list[str]:
        """The source of the pattern for every choice of alternatives."""
        return ["|".join(self.alternatives[i][0] for i in kept) for kept in self._kept_choices()]

    def compile_every_subset(self) -> None:
        """Compile the pattern for every choice of alternatives (``gate_table.py`` records
        what they compile, to ship it)."""
        for kept in self._kept_choices():
            self._subset(kept)

    def _pattern_for(self, text: str) -> re.Pattern | None:
        hay = lower_like_re(text) if self.flags & re.I else text
        return self._subset(tuple(i for i, (_, cues) in enumerate(self.alternatives) if not cues or any(c in hay for c in cues)))

    def finditer(self, text: str) -> Iterator[re.Match]:
        pattern = self._pattern_for(text)
        return pattern.finditer(text) if pattern is not None else iter(())

    def search(self, text: str) -> re.Match | None:
        pattern = self._pattern_for(text)
        return pattern.search(text) if pattern is not None else None
