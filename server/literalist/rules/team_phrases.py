"""Phrases a team adds per family in config (their own jargon for "as usual" or "ASAP").

They are literal words, never regexes: a config file is data, and a user pattern must not
be able to make the linter backtrack for minutes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..context import DocContext
from ..model import Finding, Rule
from ..scoping import Block
from ._base import in_quotes, make, phrase


@lru_cache(maxsize=64)
def _compiled(phrases: tuple[str, ...]) -> re.Pattern | None:
    parts = [r"\s+".join(re.escape(w) for w in p.split()) for p in phrases if p.strip()]
    if not parts:
        return None
    parts.sort(key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.I)


def team_phrase_findings(block: Block, ctx: DocContext, family: str, rule: Rule, fixer=None) -> list[Finding]:
    rx = _compiled(tuple(ctx.config.phrases.get(family, ())))
    if rx is None:
        return []
    out = []
    for m in rx.finditer(block.text):
        if in_quotes(block, m.start(), m.end()):
            continue
        fix = fixer(block, m.start(), m.end(), rule) if fixer else None
        out.append(make(rule, block, m.start(), m.end(), f"Listed by your team as {family}: \"{phrase(block, m.start(), m.end())}\"", fix))
    return out
