"""Structure: a request for produced content with no example and no output format."""

from __future__ import annotations

import re

from ..context import DocContext
from ..model import Category, Finding, Rule, Severity
from ..scoping import ScopedDocument

NO_EXAMPLE_OR_FORMAT = Rule(
    "LIT401", "no-example-or-format", Category.STRUCTURE, Severity.INFO,
    "A request to produce content with no example and no output format anywhere in the prompt.",
    "Without a format the model picks the shape most common for that kind of request: usually longer, "
    "with headings and a friendly preamble you then have to strip. One example of the output pins down "
    "length, structure and register better than any adjective.",
    "Add an output format (length, structure, sections, fields) or one example of the output you want.",
    "Write a product description for our new kettle.",
    "Write a product description for the kettle: 3 sentences, then 4 bullets of specs, under 90 words.",
)
RULES = (NO_EXAMPLE_OR_FORMAT,)
CODES = tuple(r.code for r in RULES)

_PRODUCE = re.compile(
    r"\b(?:write|draft|compose|create|generate|produce|rewrite|summari[sz]e|prepare|come\s+up\s+with|put\s+together|craft|make\s+(?:me\s+)?(?:a|an|the|some))\b",
    re.I,
)


# "every summary you generate", "each reply that you write": the verb of a relative clause
# says when a rule applies; it asks for nothing itself
_RELATIVE = re.compile(r"\b(?:every|each|any|all|the|a|an)\s+(?:[\w\-]+\s+){0,2}(?:that\s+|which\s+)?(?:you|we|I|they)\s+(?:will\s+|would\s+|can\s+|could\s+|might\s+|may\s+)?$"
                       # "help the developer write better code": someone else writes
                       r"|\b(?:help|helps|helping|let|lets|teach|teaches|coach|coaches|encourage|encourages)\s+(?:[\w\-]+\s+){1,3}(?:to\s+)?$", re.I)
_NEGATED = re.compile(r"\b(?:don['\u2019]?t|do\s+not|never|no\s+need\s+to|instead\s+of|rather\s+than|without)\s+(?:\w+\s+)?$", re.I)


_CODE_WORK = re.compile(
    r"(?:\s+[\w\-]+){0,3}?\s+(?:branch(?:es)?|commits?|pull\s+requests?|PRs?|tests?|test\s+cases?|functions?|class(?:es)?|methods?|modules?|"
    r"files?|scripts?|migrations?|components?|endpoints?|changes?|fix(?:es)?|patch(?:es)?|code|folders?|director(?:y|ies)|variables?|"
    r"hooks?|config(?:uration)?s?|docstrings?|builds?|containers?|schemas?|interfaces?)\b(?!\s+(?:notes?|comments?|summary|description))",
    re.I,
)


def check_document(doc: ScopedDocument, ctx: DocContext) -> list[Finding]:
    if ctx.has_example or ctx.has_format:  # document-level: not cached per block
        return []
    for block in doc.blocks:
        for m in _PRODUCE.finditer(block.text):
            if _NEGATED.search(block.text, max(0, m.start() - 20), m.start()) or _RELATIVE.search(block.text, max(0, m.start() - 60), m.start()):
                continue  # "don't generate them, just retrieve them", "every summary you generate": nothing is asked for
            if _CODE_WORK.match(block.text, m.end()):
                continue  # "create a branch", "make the necessary changes": work on code, not text to shape
            start = block.start + m.start()
            return [Finding(NO_EXAMPLE_OR_FORMAT, start, block.start + m.end(),
                            f"\"{m.group()}\" asks for content, but the prompt gives no example and no output format")]
    return []
