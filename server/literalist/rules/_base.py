"""Shared helpers for rules: sentences of a block, findings with absolute offsets, and the
edits that repair text around a removed phrase."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..model import Edit, Finding, Fix, Rule
from ..prefilter import pattern
from ..scoping import Block
from ..sentences import split_sentences


@dataclass(frozen=True)
class Sentence:
    start: int  # relative to the block
    end: int
    text: str


# the rules of one block share its sentences; across lints the linter keeps each block's
# findings, so a long memory here would only hold the versions of blocks being typed in
@lru_cache(maxsize=64)
def sentences_of(block: Block) -> tuple[Sentence, ...]:
    return tuple(Sentence(s, e, block.text[s:e]) for s, e in split_sentences(block.text))


def sentence_at(block: Block, pos: int) -> Sentence | None:
    sents = sentences_of(block)
    i = bisect_left(sents, pos + 1, key=lambda x: x.start) - 1
    if 0 <= i < len(sents) and sents[i].start <= pos < sents[i].end:
        return sents[i]
    return None


def checklist_question(block: Block, pos: int) -> bool:
    """The sentence at ``pos`` is a check on a checklist ("Is it in the right place?"), not
    a request put as a question ("Could you use your judgment?")."""
    sentence = sentence_at(block, pos)
    return sentence is not None and sentence.text.rstrip().endswith("?") and not _YOU.search(sentence.text)


_YOU = re.compile(r"\byou\b", re.I)


def in_quotes(block: Block, start: int, end: int) -> bool:
    return any(qs <= start and end <= qe for qs, qe in block.quoted)


# someone else's words, quoted: "the customer told us 'your team was so professional'", "if
# someone asks for something "beginner friendly"", "customers say things like "make it tight""
_SPEECH_BEFORE = re.compile(
    r"\b(?:says?|said|saying|told\s+(?:us|me|them|him|her)|wrote|writes|quoted?|quotes|called\s+(?:it|us|them|him|her)|"
    r"described\s+(?:it|us|them)\s+as|reads?|the\s+(?:line|phrase|words?|quote|slogan|tagline|headline)|"
    r"(?:asks?|asked|asking)\s+(?:for\s+|about\s+)?(?:something|anything|one|a|an)?|searche?s?\s+for|looks?\s+for|requests?|"
    r"(?:things|stuff|something|phrases?|words|lines|messages?|comments?|notes?)\s+like|such\s+as|e\.g\.|for\s+(?:example|instance))\s*[:,]?\s*$", re.I)


def reported_speech(block: Block, start: int, end: int) -> bool:
    """The span is inside a quotation that a speech verb introduces: data, not the writer asking."""
    for qs, qe in block.quoted:
        if qs <= start and end <= qe:
            return bool(_SPEECH_BEFORE.search(block.text, max(0, qs - 41), max(0, qs - 1)))
    return False


def whole_quote(block: Block, start: int, end: int) -> bool:
    """The span is inside a quotation that is the whole block: a list item holding only an
    example of what someone says ("- \u201cMake this sound more professional.\u201d" under
    "Example triggers"), not the writer asking."""
    stripped = block.text.strip()
    lead = len(block.text) - len(block.text.lstrip())
    return any(qs <= start and end <= qe and qs <= lead + 1 and qe >= lead + len(stripped) - 1 for qs, qe in block.quoted)


def quoted_question(block: Block, start: int, end: int) -> bool:
    """The span is inside a quoted question: a line the model is to ask ("Do you prefer
    shorter punchy names?"), not the writer asking for anything."""
    return any(qs <= start and end <= qe and block.text[qs:qe].rstrip(" \t\"'\u201d\u2019").endswith("?")
               for qs, qe in block.quoted)


# a list of options someone picks from, led by a label that says so: "Tone preferences:
# Professional, playful, technical, ...", "Options: ..."; the items are a menu, not a request
_MENU_LABEL = re.compile(r"\b(?:(?:preferences?|options|choices|possibilities|examples|e\.g\.)[*_]*\s*:[*_]*|e\.g\.,|one\s+of\s*:?)\s*"
                         r"(?:[\w'\-]+(?:[ \t][\w'\-]+){0,2},[ \t]*)*(?:[\w'\-]+(?:[ \t][\w'\-]+){0,2})?$"
                         # "5 design styles (fun & colorful, clean & modern, rustic, ...)": the kinds on offer, named
                         r"|\b(?:styles|tones|themes|moods|looks|variants|presets|palettes|personas|voices|vibes|aesthetics)[ \t]*\([ \t]*"
                         r"(?:[\w'\-&]+(?:[ \t][\w'\-&]+){0,2},[ \t]*)*(?:[\w'\-&]+(?:[ \t][\w'\-&]+){0,2})?$", re.I)


def menu_of_options(text: str, pos: int) -> bool:
    """pos is in (or right after) a comma list that a menu label opens on its line."""
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_MENU_LABEL.search(text, line_start, pos))


# a negation earlier in the same sentence: "do not start coding immediately", "don't pad it
# with cosmetic comments to look thorough": what follows is an order of steps or a thing to avoid.
# Declared, not compiled: the rule modules that import it gate it, and its plan and code ship in
# the precompiled tables only when it is declared (gate_table._DECLARING_MODULES)
NEGATED_BEFORE = pattern(r"\b(?:not|don['\u2019]?t|never|no\s+need\s+to|without|avoid)\b[^.!?\n]*$", re.I)


# a word the task is about, not one it uses: "explain what ASAP means", "what a high-stakes
# test is", "defining 'engaging'", "the term 'polished'"
_MENTION_BEFORE = re.compile(
    r"(?:\bwhat\s+(?:does\s+|do\s+)?(?:an?\s+|the\s+)?|\b(?:define|defines|defining|definition\s+of|meaning\s+of|explain|explaining|"
    r"the\s+(?:term|word|phrase|acronym|abbreviation|label|adjective))\s+(?:an?\s+|the\s+)?)[\"'\u201c\u2018]?$", re.I)
_MENTION_AFTER = re.compile(r"[\"'\u201d\u2019]?(?:\s+[\w\-]+){0,2}?\s+(?:is|are|means|mean|stands?\s+for|refers?\s+to)\b", re.I)
_DEFINED_WORD_BEFORE = re.compile(
    r"\b(?:define|defines|defining|definition\s+of|meaning\s+of|the\s+(?:term|word|phrase|acronym))\s+[\"'\u201c\u2018]$"
    r"|\b(?:differs?|different)\s+from\s+$|\bdifference\s+between\s+(?:\w+\s+and\s+)?$", re.I)


def mentioned_term(text: str, start: int, end: int) -> bool:
    """The words at [start, end) are talked about, not used: the task explains or defines them."""
    before = text[max(0, start - 40):start]
    if _DEFINED_WORD_BEFORE.search(before):
        return True
    return bool(_MENTION_BEFORE.search(before)) and bool(_MENTION_AFTER.match(text, end))


# inline code reaches the rules blanked, as a run of spaces where `name` stood; emphasis marks
# and the space before them make at most three
_CODE_RUN = 4
_CODE_AFTER = re.compile(r"[ \t]{%d,}\S" % _CODE_RUN)


def code_follows(text: str, at: int) -> bool:
    """Inline code comes right after ``at``: "AND `status`", "using template `overdue_v3`"."""
    return bool(_CODE_AFTER.match(text, at))


def code_ends(piece: str) -> bool:
    """Inline code ends ``piece``: "... and `<link_1>`", "`default/` "."""
    return piece.endswith(" " * _CODE_RUN)


def make(rule: Rule, block: Block, start: int, end: int, message: str, fix: Fix | None = None, **data) -> Finding:
    """A finding at block-relative [start, end), shifted to document offsets."""
    return Finding(rule, block.start + start, block.start + end, message, fix, data=data)


def edit(block: Block, start: int, end: int, content: str = "") -> Edit:
    return Edit(block.start + start, block.start + end, content)


def phrase(block: Block, start: int, end: int) -> str:
    return " ".join(block.text[start:end].split())


# --- removing words and keeping the sentence grammatical ---------------------------------

_TRAIL_PUNCT = re.compile(r"[ \t]*(?:[:,;\u2014\u2013]|-+|!+|\.{3})?[ \t]*")


def delete_span(block: Block, start: int, end: int, sentence: Sentence | None) -> tuple[Edit, ...]:
    """Remove words from a sentence: take one neighbouring space, and if the words opened
    the sentence, the punctuation after them and the next word's lower-case first letter."""
    text = block.text
    if sentence is not None and text[sentence.start:start].strip() == "":
        # the words open the sentence: "URGENT: summarize" -> "Summarize"
        m = _TRAIL_PUNCT.match(text, end)
        stop = m.end() if m else end
        if stop < sentence.end and text[stop].isalpha():
            return (edit(block, start, stop + 1, text[stop].upper()),)
        if text[stop:sentence.end].strip() == "":
            return (edit(block, start, stop),)
        return (edit(block, start, stop),)
    # words inside or at the end: "Fix it NOW." -> "Fix it."
    s = start
    while s > 0 and text[s - 1] in " \t":
        s -= 1
    if s > 0 and text[s - 1] == ",":
        # "I need this, ASAP." -> drop the comma that introduced the words
        after = end
        if after < len(text) and text[after] in ".!?,":
            s -= 1
    if s == start:  # no space before: eat the space after
        e = end
        while e < len(text) and text[e] in " \t":
            e += 1
        return (edit(block, start, e),)
    return (edit(block, s, end),)


def delete_sentence(block: Block, sentence: Sentence) -> tuple[Edit, ...]:
    """Remove a whole sentence and the space that joined it to its neighbour."""
    sents = sentences_of(block)
    if len(sents) <= 1:
        return (Edit(block.start, block.start + len(block.text) + block.trail, ""),)
    idx = bisect_left(sents, sentence.start, key=lambda x: x.start)  # not index(): long paragraphs
    if idx + 1 < len(sents):
        return (edit(block, sentence.start, sents[idx + 1].start),)
    prev = sents[idx - 1]
    return (edit(block, prev.end, sentence.end),)
