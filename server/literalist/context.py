"""What the whole prompt tells the model, gathered once per document.

Rules judge a phrase against the rest of the prompt: "the client" is fine when the prompt
describes the client somewhere, "polished" is fine when the prompt says what polished
means or shows an example. The model sees every character, data included, so this looks
at the full text, not only at prose.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from collections import Counter
from collections.abc import Collection, Mapping

from .config import Config
from .lexicon import EMPHASIS_WORDS, is_scale
from .narrowing import Narrowed
from .prefilter import gate_patterns, pattern
from .scoping import ScopedDocument
from .text_cache import text_cache

_WORD = r"[A-Za-z][\w'\-]*"
# Bounded: _DEFINITION is tried at every word start, also inside "a-b-c-..." tokens, and
# an unbounded word would rescan the rest of the token from each (quadratic). A whole
# word: "demeans" does not define "de", and a failed try gives up at once instead of
# trying each shorter prefix of the word in turn.
_TERM = r"[A-Za-z][\w'\-]{0,60}(?![\w'\-])"
# "Polished means ...", "by polished I mean", "polished = ...", "polished is defined as";
# each alternative with the cue words it cannot match without (see narrowing.py)
_DEFINITION = Narrowed([
    (rf"\b({_TERM}(?: {_TERM}){{0,2}})(?:\*\*|__)?[\"'\u201d]?\s*(?:\([^)\n]{{0,40}}\)\s*)?"
     r"(?:(?:means|is defined as|refers to|should mean|looks like|here means|in this context means)\b|=\s*\S)",
     ("mean", "defined", "refers", "looks like", "=")),
    # "by "engaging" we mean", "When I say "house style" below, I mean these five rules"
    (rf"\b(?:by|when\s+(?:I|we)\s+say)\s+[\"'\u201c]?({_WORD}(?: {_WORD}){{0,2}})[\"'\u201d]?(?:\s+(?:below|above|here|in\s+this\s+\w+))?,?\s+(?:I|we)\s+mean", ("mean",)),
    (rf"\b(?:a|an)\s+({_WORD})\s+(?:headline|email|reply|summary|answer|post|intro|opening|title|subject\s+line|description|message|caption|bio)\s+(?:names|has|uses|includes|contains|starts|opens|ends|gives|states|leads|is\s+one)\b",
     ()),
    (rf"\b(?:a|an|the)\s+({_WORD})\s+{_WORD}\s*(?:,[^,\n]{{1,30}},\s*)?(?:is|has)\s+one\s+(?:where|that|with|which)\b", ("one",)),
    # "a post counts as engaging if it asks a question"
    (rf"\b(?:counts?|qualif(?:y|ies)|is\s+considered|are\s+considered)\s+as\s+[\"'\u201c]?({_WORD})[\"'\u201d]?\s+(?:if|when|only\s+if)\b", ("counts", "qualif", "considered")),
    (rf"\b(?:definition of|what)\s+[\"'\u201c]?({_WORD}(?: {_WORD}){{0,2}})[\"'\u201d]?\s+(?:means|looks like)", ("mean", "looks like")),
], re.I)
# "Polished: no typos ..." as a label at the start of a line or list item, or a label line
# whose list follows ("Our price list:" then "- cleaning: 20")
_LABEL = pattern(rf"^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]*)?\**({_WORD}(?: {_WORD}){{0,3}})\**[ \t]*:[ \t]*(?:\S|\r?\n[ \t]*(?:[-*+]|\d+[.)])[ \t])", re.M, gate=False)
# "The client is a 40-person firm", "our board cares about", "the campaign, a spring launch,"
# (not "our client is picky": a temper says nothing of who they are)
# (each alternative after the noun starts its own space run: one shared \s* before them was tried
# again at every space of a long run, quadratic on a line of spaces)
# (a gloss between commas that scopes a definition: "The client, in these instructions, is ...";
# the fields it holds: "a row from our lot sheet with farm, producer, altitude")
_DESCRIPTION = pattern(
    rf"\b(?:the|our|my|this|your|their)\s+((?!(?:I|we|you|they|he|she|it)\b){_WORD}(?:\s(?!(?:I|we|you|they|he|she|it)\b){_WORD})?)(?:\s+(?:for|of|at|in|on|from|with)\s+(?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}})?(?:\s*\([^)\n]{{3,}}\)|\s+of\s+(?:the\s+)?(?-i:[A-Z][\w&'\-]*)|\s*,\s*(?:(?:a|an|the|which|who|whose)\b|(?-i:[A-Z]))[^,\n]{{3,}},?|\s+(?:with|listing|holding|containing)\s+(?:[\w\-]+(?:\s+[\w\-]+)?\s*,\s*){{2,}}|\s*,\s*(?:here|throughout|in\s+(?:this|these)\s+{_WORD}(?:\s+{_WORD})?|for\s+(?:this|these)\s+{_WORD})\s*,\s*(?:is|are|means)\b|\s+(?!(?:is|are|was|were)\s+(?:very\s+|really\s+|super\s+|so\s+|quite\s+|extremely\s+|a\s+bit\s+)?(?:picky|fussy|demanding|difficult|particular|strict|tough|busy|nervous|unhappy|upset|annoyed|angry|furious|important|sensitive|touchy)\b)(?:is|are|was|were|has|have|had|includes?|consists?|contains?|covers?|wants?|cares?|needs?|prefers?|expects?|sells?|makes?|runs?|uses?|values?|serves?|targets?|focuses|launched|hired|says|states|specifies|requires|allows|sets\s+out|lists|shows?|left|sent|said|wrote|made|took|gave|got|came|went|found|told|ran|paid|sold|bought|built|set|put|raised|\w+ed)\b)",
    re.I, gate=False,
)
# Input the prompt says arrives at run time: "ask the user for the job description", "the
# user will paste the transcript", "ask them to upload their resume and paste the job
# description". What it is comes with it. Only with the user in the sentence: "attach the
# deck", said to the model, supplies nothing.
_NOT_HEAD = r"(?!(?:and|or|to|with|for|in|from|into|link|before|after|if|when|so)\b)"
_SUPPLY = pattern(
    rf"\b(?:paste|pastes|pasted|pasting|upload|uploads|uploaded|uploading|attach|attaches|attaching|provide|provides|share|shares|"
    rf"send|sends|give\s+you|gives\s+you|submit|submits|enter|enters|supply|supplies|ask(?:s|ing)?\s+for)\s+(?:in\s+)?"
    rf"(?:the|their|your|his|her|a|an)\s+({_WORD}(?:\s+{_NOT_HEAD}{_WORD})?)",
    re.I, gate=False,
)
# the person at the other end, or a request to them ("ask the applicant to paste ...")
_USER_SIDE = pattern(r"\b(?:user|users|customer|customers|candidate|applicant|student|learner|patient|caller|guest|client|they|them|he|she|him|her|"
                     r"ask|asks|asking|request|requests|invite|invites|prompt)\b", re.I, gate=False)


def _supplied(text: str) -> list[str]:
    """What the user is to give, in sentences that name the user."""
    found = []
    for m in _SUPPLY.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if m.group().lower().startswith("ask") or _USER_SIDE.search(text, start, m.start()):  # one asks the user
            found.append(m.group(1))
    return found


_HEADING = pattern(r"^[ \t]*#{1,6}[ \t]+(.+)$", re.M, gate=False)
# a length or count the output must keep to: "200-300 words", "at most 5 points", "3 to 5
# sentences". Written to start at the digit, so that re skips ahead to digits instead of
# trying every word (this runs on every chunk); the words before a bound are lookbehinds.
_BOUNDS = ("max", "maximum", "min", "minimum", "at most", "no more than", "up to", "under", "fewer than", "less than")
_LIMIT = pattern(
    r"\d(?:" + "|".join(rf"(?<=\b{b} \d)" for b in _BOUNDS)
    + r"|(?<![\w]\d)\d*\s*(?:(?:-|\u2013|to)\s*\d+\s*)?(?:words?|characters?|chars|sentences?|lines?|bullets?|bullet\s+points|paragraphs?|items?|points?|pages?|emojis?|hashtags?)\b)",
    re.I, gate=False,
)
# An example of the wanted output shown in the prompt (not "for example" illustrating a point).
_EXAMPLE_CUE = Narrowed([
    (r"^[ \t#*]*(?:example|sample)s?(?:\s+(?:output|response|answer|reply|email|post|summary|message|of\s+(?:the|a|good|what)\b[^:\n]*))?\s*\d*\s*:?[ \t*]*$",
     ("example", "sample")),
    (r"\bhere(?:'s| is| are) (?:an? |two |three |some )?(?:good |great |past |previous )?(?:example|sample)s?\b(?= of (?:the|a|an|what|how|good|great|one)| (?:we|I) (?:like|love|want)|:)",
     ("example", "sample")),
    (r"\b(?:example|sample) (?:output|response|answer|reply)s?:", ("example", "sample")),
    (r"^[ \t]*(?:expected\s+)?output\s*:", ("output",)),
    (r"^[ \t]*(?:a\s+)?(?:good|great|ideal)\s+(?:reply|response|answer|output|example|email|summary)\s*:", ("good", "great", "ideal")),
], re.I | re.M)
_FORMAT_CUE = pattern(
    r"\b(?:format|output|respond (?:with|in|only)|reply (?:with|in)|return (?:a|an|only|the|json)|json|yaml|csv|markdown|table|"
    r"bullet(?:s| points?| list)?|numbered list|headings?|sections?|paragraphs?|sentences?|words|characters|"
    r"subject line|template|schema|structure|fields?|columns?|under \d+|at most \d+|no more than \d+|\d+\s*(?:words|lines|bullets|sentences|items|characters))\b",
    re.I, gate=False,
)


@dataclass
class DocContext:
    """Document-wide facts. Rules ask questions through its methods, never its fields, so
    the engine can record which answers a block's findings depended on and reuse them after
    an edit elsewhere as long as every recorded answer is still the same."""

    # The collections are live views of a ContextTally (sets or Counters without zero
    # counts: only membership and counts are read), valid for the lint that built this.
    config: Config
    caps_values: Collection[str] = frozenset()
    rfc_terms: bool = False  # the prompt declares RFC 2119 keywords: MUST, SHOULD ... are terms
    # word indexes built once per chunk (cached), so each question is a set lookup, not a
    # scan of the whole document: this runs for every cached block on every keystroke
    term_words: Collection[str] = frozenset()  # lower-case words used as names: `MODE`, MODE=, the MODE flag
    intro_heads: Collection[str] = frozenset()  # words after a/an/this/these, and line labels
    word_counts: Mapping[str, int] = field(default_factory=dict, repr=False)  # exact-case token -> count
    defined_terms: Collection[str] = frozenset()
    described: Collection[str] = frozenset()
    headings: Collection[str] = ()
    data_tag_names: Collection[str] = frozenset()
    has_example: bool = False
    has_format: bool = False
    has_limit: bool = False  # the prompt gives a length or count somewhere
    has_data: bool = False
    log: list | None = field(default=None, repr=False, compare=False)
    _asked: dict = field(default_factory=dict, repr=False, compare=False)

    def _answer(self, question: str, arg, value):
        if self.log is not None:
            self.log.append((question, arg, value))
        return value

    def ask(self, question: str, arg=None):
        """Re-ask a recorded question (used by the engine to validate cached findings).
        Remembered for this lint: the chunks of a long prompt ask the same few questions."""
        key = (question, arg)
        answer = self._asked.get(key, _UNASKED)
        if answer is _UNASKED:
            answer = self._asked[key] = getattr(self, "_" + question)(arg)
        return answer

    def is_defined(self, term: str) -> bool:
        return self._answer("is_defined", term, self._is_defined(term))

    def is_described(self, noun: str) -> bool:
        return self._answer("is_described", noun, self._is_described(noun))

    def has_data_tag(self, name: str) -> bool:
        """A data region whose tag holds the name ("<draft>", "<chapter_3>"): the prompt pastes one in."""
        return self._answer("has_data_tag", name, self._has_data_tag(name))

    def has_style_guide(self) -> bool:
        """The prompt has a section on how to write ("## Tone", "## Voice and style"): its
        style words are spelled out there."""
        return self._answer("has_style_guide", None, self.ask("has_style_guide"))

    def _has_style_guide(self, _=None) -> bool:
        return any(_STYLE_HEADING.search(h) for h in self.headings)

    def shows_example(self) -> bool:
        return self._answer("shows_example", None, self.has_example)

    def specifies_output(self) -> bool:
        """The prompt has a section on the output's shape ("## Output format", "## Email
        structure") and gives a length or count: it says what the output must look like, which is the
        bar its quality words stand for."""
        return self._answer("specifies_output", None, self.ask("specifies_output"))

    def _specifies_output(self, _=None) -> bool:
        return self.has_limit and any(_OUTPUT_HEADING.search(h) for h in self.headings)

    def includes_data(self) -> bool:
        return self._answer("includes_data", None, self.has_data)

    def used_as_term(self, word: str) -> bool:
        """A capitalised word the prompt itself uses as a name: `MODE`, "the MODE flag", MODE=."""
        return self._answer("used_as_term", word, self._used_as_term(word))

    def defined_value(self, word: str) -> bool:
        """A capitalised word the prompt defines as one of its values: one of a list of three
        or more ("CRITICAL, MAJOR, MINOR"), or the label of list items ("- CRITICAL: ...")."""
        return self._answer("defined_value", word, self._defined_value(word))

    def _defined_value(self, word: str) -> bool:
        return VALUE_MARK + word in self.caps_values

    def rfc_keyword(self, word: str) -> bool:
        """MUST, SHOULD, MAY ... in a prompt that declares them RFC 2119 keywords: terms with
        a defined meaning, however often they recur."""
        return self._answer("rfc_keyword", word, self._rfc_keyword(word))

    def _rfc_keyword(self, word: str) -> bool:
        return self.rfc_terms and word in RFC_WORDS

    def mentioned_again(self, word: str) -> bool:
        """A name the prompt uses more than once ("Henderson Foods ... the Henderson account")."""
        return self._answer("mentioned_again", word, self._mentioned_again(word))

    def _mentioned_again(self, word: str) -> bool:
        return self.word_counts.get(word, 0) >= 2

    def mentions(self, word: str) -> bool:
        """The prompt uses the word at all (exact case)."""
        return self._answer("mentions", word, self._mentions(word))

    def _mentions(self, word: str) -> bool:
        return self.word_counts.get(word, 0) >= 1

    def recurring(self, word: str) -> bool:
        """A word the prompt uses three times or more, such as the label of a field each entry
        of a catalogue repeats ("Character: ..." under every font)."""
        return self._answer("recurring", word, self._recurring(word))

    def _recurring(self, word: str) -> bool:
        return self.word_counts.get(word, 0) >= 3

    def introduced(self, noun: str) -> bool:
        """The prompt introduces the thing itself: "a spring campaign", "Campaign: ..."."""
        return self._answer("introduced", noun, self._introduced(noun))

    def _shows_example(self, _=None) -> bool:
        return self.has_example

    def _includes_data(self, _=None) -> bool:
        return self.has_data

    def _is_defined(self, term: str) -> bool:
        t = term.lower().strip()
        if t in self.defined_terms or _stem(t) in self.defined_terms:
            return True
        # a section titled with the term ("## Code quality and best practices") spells it out;
        # not one that only uses it ("## Polished product description")
        # ("## House style (the rules, in full)": a gloss after the term still titles the section with it)
        return bool(t) and any(_titled_with(h, t) for h in self.headings)

    def _is_described(self, noun: str) -> bool:
        n = noun.lower().strip()
        last = n.split()[-1]
        if n in self.described or last in self.described or _stem(last) in self.described:
            return True
        if any(last in h or n in h for h in self.headings):
            return True
        return any(last in tag or _stem(last) in tag for tag in self.data_tag_names)

    def _has_data_tag(self, name: str) -> bool:
        return any(name in tag for tag in self.data_tag_names)

    def _used_as_term(self, word: str) -> bool:
        if word.lower() in DETERMINERS:
            return False  # "THIS role", said twice: a determiner is never a name
        if word in self.caps_values or word.lower() in self.term_words or self._rfc_keyword(word):
            return True
        if any(word.endswith(x) and word[:-len(x)] in self.caps_values for x in ("S", "ED", "ING")):
            return True  # "if the test FAILS", with PASS / FAIL the values
        # a capitalised word the prompt uses more than once is its own vocabulary (a verdict,
        # a mode); the caller only asks this of words that are not common emphasis words
        return self.word_counts.get(word, 0) >= 2

    def _introduced(self, noun: str) -> bool:
        head = noun.split()[-1].lower()
        return head in self.intro_heads or head + "s" in self.intro_heads


def _titled_with(heading: str, term: str) -> bool:
    """The heading ends with the term, a whole word (then only punctuation, or a gloss in brackets).
    Found with str.find and one compiled tail: a pattern per term would be compiled per question."""
    at = heading.find(term)
    while at >= 0:
        before = heading[at - 1:at]
        if not (before.isalnum() or before in ("_", "-")) and _HEADING_TAIL.match(heading, at + len(term)):
            return True
        at = heading.find(term, at + 1)
    return False


_HEADING_TAIL = pattern(r"[^\w(]*(?:\([^()]*\)[^\w]*)?$", gate=False)
_UNASKED = object()
DETERMINERS = frozenset("this that these those the your our their my".split())
# "## Output format", "## Response structure", "## Template"; not "## Project structure" or
# "## Code formatting"
_OUTPUT_HEADING = pattern(
    r"^(?!.*\b(?:code|commit|file|files|naming|lint|linting|repo|repository|project|folder|directory|data|date|number)\b)"
    r"(?:.*\b(?:format|formats|formatting|template|templates|output|outputs)\b"
    r"|.*\b(?:response|answer|reply|email|letter|post|article|report|summary|message|document|listing|essay|story)\s+(?:structure|layout|shape)\b)"
)
# a section on how the prose should sound (not "Code style", not "Interaction style")
# (or how someone sounds: "## What Robert sounds like", "## How Dana sounds")
_STYLE_HEADING = pattern(r"\b(?:tone|voice|persona|writing\s+style|style\s+guide|style\s+and\s+tone|brand\s+guidelines|sounds?\s+like|how\s+\w+\s+sounds?)\b")


def _stem(word: str) -> str:
    """A crude plural/verb-ending trim for matching terms across their forms."""
    for suffix in ("ies", "es", "s", "ed", "ing"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def build_context(doc: ScopedDocument, config: Config) -> DocContext:
    """The context of a whole document (the engine keeps a ContextTally instead, so that
    an edit re-counts one chunk)."""
    from .context_tally import ContextTally  # it builds on this module

    return ContextTally(doc).context(config)


# "OPEN, HOLD or ESCALATE": capitalised values the prompt lists; they stay values everywhere
# Values the prompt defines beyond doubt (a scale of three or more, or list items that open
# with them) are also kept with this mark, in the same tally: those stay values even when the
# word is one people shout ("CRITICAL").
VALUE_MARK = "="
# "APPROVE, REJECT or REFER", "DISTINCTION (130+), MERIT (120–129), PASS": values in a list
_CAPS_ENUM = pattern(r"\b[A-Z][A-Z_]{1,30}(?:\s*\([^()\n]{1,30}\))?(?:\s*(?:,\s*(?:or\s+|and\s+)?|/|\bor\b|\||\band\b)\s*[\"'`]?[A-Z][A-Z_]{1,30}\b(?:\s*\([^()\n]{1,30}\))?){1,20}", gate=False)
# "Mark a booking URGENT when ...", "add RUSH to the top line": a value the model is to write
# (not "use ONLY the notes", "add at most ONE line": words that stress, never values; but a
# stressed word can be a label: "mark it URGENT")
_NEVER_VALUES = (frozenset(w.upper() for w in EMPHASIS_WORDS | {"the", "this", "extra", "same", "what", "how", "why", "when", "where", "who", "which"})
                 - {"URGENT", "ASAP", "IMPORTANT", "CRITICAL", "MANDATORY", "REQUIRED", "WRONG", "RIGHT"})
_CAPS_ASSIGNED = pattern(r"\b(?:mark|flag|tag|label|prefix|add|write|put|set|output|print|return|reply\s+with|answer\s+with|start\s+with|log|record|file|raise|open|create|enter)\s+"
                         r"(?:(?:it|them|this|that|the|a|an|each|every|any|[a-z]+)\s+){0,3}?(?:as\s+|with\s+)?[\"'`*]?((?-i:[A-Z][A-Z_\-]{2,30}))\b(?-i:(?![a-z]))", re.I, gate=False)
# (or lines without a marker that open with the value and a dash: "URGENT - no hot water, ...")
_CAPS_ITEM = pattern(r"^[ \t]*(?:(?:[-*+]|\d+[.)])[ \t]+[*_`]*([A-Z][A-Z_\-]{1,30})[*_`]*[ \t]*(?::|=|[\u2014\u2013\u2192]|--?[ \t]|[-=]>)"
                     r"|([A-Z][A-Z_\-]{1,30})[ \t]+(?:[\u2014\u2013]|--?)[ \t]+(?=[a-z]))", re.M, gate=False)
# "| URGENT | Ongoing risk to people ... |": a table whose rows open with the values they define
_CAPS_CELL = pattern(r"^[ \t]*\|[ \t]*[*_`]*([A-Z][A-Z_\-]{1,30})[*_`]*[ \t]*\|", re.M, gate=False)
# a prompt that declares the standard requirement keywords uses MUST and SHOULD as terms
# ... or uses them as a spec does without saying so: nobody raises their voice to say "MAY", so
# "You MAY run read-only commands", "It SHOULD restore one file" make the keywords terms
_RFC2119 = Narrowed([(r"\bRFC\s*(?:2119|8174)\b", ("rfc",)), (r"\bkey\s+words\b[^.\n]{0,40}\bMUST\b", ("key",)),
                     (r"(?-i:\b[A-Za-z][a-z]*\s+(?:SHOULD|MAY)(?:\s+NOT)?\s+[a-z]{2,})", ("should", "may")),
                     # a rule list in the keywords' own shape: "- MUST NOT change any data" (no subject: a spec's clause)
                     (r"(?-i:^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?:MUST|SHALL)(?:\s+NOT)?\s+[a-z]{2,})", ("must", "shall"))], re.I | re.M)
RFC_WORDS = frozenset(("MUST", "SHOULD", "MAY", "SHALL", "REQUIRED", "RECOMMENDED", "OPTIONAL", "NOT"))


_NAME_NOUNS = ("flag", "field", "variable", "column", "key", "parameter", "option", "setting", "value", "tag", "env", "mode",
               "constant", "status", "state", "level", "tier", "label", "category", "verdict", "role", "type", "enum")
# `name`, name = ..., $name, "the name field": a word used as a name
_TERM_USE = Narrowed([
    (r"`([\w\-]+)", ("`",)),
    (r"(?<![\w\-])-*(\w[\w\-]*)\s*=", ("=",)),
    (r"\$\{?([\w\-]+)", ("$",)),
    (rf"(?<![\w\-])-*(\w[\w\-]*)\s+(?:{'|'.join(_NAME_NOUNS)})\b", _NAME_NOUNS),
], re.I)
# "a simple inspection log template": up to four words, the fourth only when the third is not a
# function word ("a reply for the client" does not introduce the client)
_INTRO = pattern(r"\b(?:a|an|one(?!\s+of\b)|this|these)\s+([\w\-]+)(?:\s+([\w\-]+))?(?:\s+([\w\-]+))?(?:\s+(?<!\bfor\s)(?<!\bto\s)(?<!\bof\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bin\s)(?<!\bon\s)(?<!\bat\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bby\s)(?<!\band\s)(?<!\bor\s)(?<!\bour\s)(?<!\bmy\s)(?<!\byour\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bthis\s)(?<!\bthat\s)([\w\-]+))?", re.I, gate=False)
# "Use the template from [templates/notes.md](...)": a thing the prompt points to by its path or link
# ... or by code: "the runbook from `annotations.runbook_url`"
_POINTED = pattern(r"\bthe\s+([\w\-]+)\s+(?:from|at|in)\s+(?=\[|https?://|`|[\w.\-]+/[\w.\-/]+)", re.I, gate=False)
_LINE_LABEL = pattern(r"^[ \t#*-]*([^\n:\s#*-][^\n:]{0,59}?)\s*:", re.M, gate=False)
_TOKEN = pattern(r"(?<![\w-])[A-Za-z][\w'\u2019\-]*", gate=False)


@text_cache(8192)
def _chunk_words(text: str) -> tuple[frozenset[str], frozenset[str], Counter, frozenset[str], bool]:
    """Per chunk: words used as names, words a/an/this introduces (and line labels), a
    count of every token, capitalised values the chunk lists, and whether it declares
    RFC 2119 keywords, for the document-wide lookups above."""
    terms = {w.lower() for m in _TERM_USE.finditer(text) for w in m.groups() if w}
    heads: set[str] = set()
    for m in _INTRO.finditer(text):
        for tok in m.groups():
            if tok:
                parts = tok.lower().split("-")
                heads.update("-".join(parts[:i]) for i in range(1, len(parts) + 1))
    heads.update(w.lower() for w in _POINTED.findall(text))
    for m in _LINE_LABEL.finditer(text):
        label = m.group(1).strip().lower()
        heads.add(label)
        heads.update(label.split())
    caps: set[str] = set()
    for m in _CAPS_ENUM.finditer(text):
        words = re.findall(r"[A-Z][A-Z_]+", m.group())
        caps.update(words)
        if is_scale(words):  # "CRITICAL, MAJOR, MINOR": a scale, even with a word people shout
            caps.update(VALUE_MARK + w for w in words)
    for word in _CAPS_ASSIGNED.findall(text):
        if word.isupper() and word not in _NEVER_VALUES:
            caps.update((word, VALUE_MARK + word))
    item_labels = {a or b for a, b in _CAPS_ITEM.findall(text)} | set(_CAPS_CELL.findall(text))
    if len(item_labels) >= 2:  # "- URGENT: ...", "- NORMAL: ...", "| URGENT | ... |": list items or rows that define values
        caps |= item_labels
        caps.update(VALUE_MARK + w for w in item_labels)
    # interned: the same few thousand words recur in every chunk's counter, and a large
    # prompt's counters would otherwise hold a copy of each per chunk (megabytes)
    tokens = Counter(map(sys.intern, _TOKEN.findall(text)))
    return frozenset(terms), frozenset(heads), tokens, frozenset(caps), bool(_RFC2119.search(text))


@text_cache(8192)
def _chunk_context(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...], bool, bool, bool]:
    """What one independently parsed chunk contributes; cached so a keystroke costs one chunk."""
    defined: set[str] = set()
    for m in _DEFINITION.finditer(text):
        _add_term(defined, next(g for g in m.groups() if g))
    for m in _LABEL.finditer(text):
        _add_term(defined, m.group(1))
    described: set[str] = set()
    for m in _DESCRIPTION.finditer(text):
        _add_term(described, m.group(1))
    for phrase in _supplied(text):
        _add_term(described, phrase)
    headings = tuple(h.lower() for h in _HEADING.findall(text))
    return (frozenset(defined), frozenset(described), headings, bool(_EXAMPLE_CUE.search(text)), bool(_FORMAT_CUE.search(text)),
            bool(_LIMIT.search(text)))


def _add_term(terms: set[str], phrase: str) -> None:
    """Record a phrase and each of its words, so "make it polished" finds "polished"."""
    phrase = re.sub(r"^(?:the|our|my|your|a|an|this)\s+", "", phrase.lower().strip(" \"'*"))
    if not phrase:
        return
    terms.add(phrase)
    for w in re.findall(r"[a-z][\w\-]*", phrase):
        if len(w) > 2 and w not in _STOP:
            terms.add(w)
            terms.add(_stem(w))


_STOP = frozenset(
    "the and our your their this that with for are was were has have not you what how who why "
    "make made makes sure very really more most less its it's".split()
)


# The patterns compile on first use, with their word lists factored (factoring.py). None
# is gated: they look for common words, which a required-strings check would find anyway.
gate_patterns(globals())
