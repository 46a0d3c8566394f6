"""Readability: sentences so long that instructions get lost in them."""

from __future__ import annotations

import re

from ..context import DocContext
from ..model import Category, Finding, Rule, Severity
from ..readability_metrics import word_count
from ..scoping import Block
from ._base import make, sentences_of

LONG_SENTENCE = Rule(
    "LIT501", "long-sentence", Category.READABILITY, Severity.HINT,
    "A sentence longer than `max-sentence-words` (40 by default).",
    "Models weigh every instruction in a long sentence less reliably: a condition in the middle of a "
    "60-word sentence is easy to drop, and a reader fixing the prompt later will miss it too.",
    "Split it: one instruction per sentence, conditions first.",
    "When you answer make sure that you use the data from the table and not your own knowledge and also that "
    "you mention the date of the data and keep it short because the readers are on mobile and also include a link.",
    "Use only the data in the table. Mention the data's date. Keep it under 80 words: readers are on mobile. Include one link.",
)
RULES = (LONG_SENTENCE,)
CODES = tuple(r.code for r in RULES)


# lines that start a new item even without a sentence end: "• one\n• two" in a paragraph,
# "✓ Personalized\n✓ Under 300 words" in a checklist
_ITEM_START = re.compile(r"\n[ \t]*(?:[\u2022\u00b7\u25aa\u25e6\u2023\u25b8\u25ba\u2192\u2713\u2714\u2717\u2718\u2610\u2611\u2612*\-]|\d+[.)])[ \t]")
# a JSON object written out as a template: keys and values, not a sentence
_JSON_PAIRS = re.compile(r"\"[^\"\n]{1,60}\"\s*:")


def check(block: Block, ctx: DocContext) -> list[Finding]:
    limit = ctx.config.max_sentence_words
    out = []
    for s in sentences_of(block):
        if len(s.text.split()) <= limit:  # cheap pre-filter before textstat's count
            continue
        if len(_JSON_PAIRS.findall(s.text)) >= 2:
            continue
        if max(len(part.split()) for part in _ITEM_START.split(s.text)) <= limit:
            continue
        n = word_count(s.text)
        if n > limit:
            out.append(make(LONG_SENTENCE, block, s.start, s.end, f"Sentence of {n} words (limit {limit})"))
    return out
