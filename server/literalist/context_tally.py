"""Document-wide context as a running sum of what each chunk contributes.

The context a rule sees ("is 'polished' defined anywhere?", "is 'Henderson' mentioned
twice?") is a sum over the document's chunks. Keeping the sum as counters lets an edit
subtract the old version of one chunk and add the new one, instead of re-reading the
whole prompt on every keystroke, and tells the engine which questions may now have a
different answer, so findings cached elsewhere in the document are re-checked only
against those.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .config import Config
from .context import DocContext, _chunk_context, _chunk_words
from .scoping import ScopedDocument

# every question a rule can ask (DocContext's recorded methods)
ALL_QUESTIONS = frozenset(
    ("is_defined", "is_described", "shows_example", "includes_data", "used_as_term", "mentioned_again", "mentions",
     "recurring", "introduced", "has_data_tag", "has_style_guide", "specifies_output", "rfc_keyword", "defined_value")
)
_EXAMPLE_TAGS = ("expected_output", "ideal_output", "target_output")


@dataclass(frozen=True)
class ChunkFacts:
    """What one chunk adds to the document-wide context."""

    terms: frozenset[str]
    heads: frozenset[str]
    words: Counter
    caps: frozenset[str]
    rfc: bool
    defined: frozenset[str]
    described: frozenset[str]
    headings: tuple[str, ...]
    example: bool
    fmt: bool
    limit: bool
    data_names: tuple[str, ...]  # kinds of the data regions found while parsing the chunk


_NOTHING = (frozenset(), frozenset(), (), False, False, False)


def chunk_facts(doc: ScopedDocument, i: int) -> ChunkFacts:
    chunk, body = chunk_texts(doc, i)
    terms, heads, words, caps, rfc = _chunk_words(chunk)
    defined, described, headings, example, fmt, limit = _chunk_context(body) if body else _NOTHING
    names = tuple(kind for _, _, kind in doc.chunk_scopes[i][1])
    return ChunkFacts(terms, heads, words, caps, rfc, defined, described, headings, example, fmt, limit, names)


def chunk_texts(doc: ScopedDocument, i: int) -> tuple[str, str]:
    """Chunk ``i``'s text, and the part of it that is prose the model reads (front matter is
    configuration): the keys its facts are cached under."""
    start, end = doc.chunks[i]
    chunk = doc.text[start:end]
    return chunk, doc.text[max(start, doc.body_start):end] if doc.body_start > start else chunk


def forget_text(text: str) -> None:
    """An edit replaced the chunk (or chunk body) ``text``: its facts will not be asked for again."""
    _chunk_words.forget(text)
    _chunk_context.forget(text)


class ContextTally:
    def __init__(self, doc: ScopedDocument):
        self.terms: Counter = Counter()
        self.heads: Counter = Counter()
        self.words: Counter = Counter()
        self.caps: Counter = Counter()
        self.defined: Counter = Counter()
        self.described: Counter = Counter()
        self.headings: Counter = Counter()
        self.names: Counter = Counter(name for _, _, name in doc.global_data)
        self.rfc = self.examples = self.formats = self.limits = 0
        self.facts = [chunk_facts(doc, i) for i in range(len(doc.chunks))]
        for facts in self.facts:
            self._add(facts, 1)
            self.words.update(facts.words)

    def _add(self, f: ChunkFacts, sign: int) -> None:
        """Count a chunk's facts in (1) or out (-1), all but its words (which ``__init__``
        and ``replace`` count themselves: an edit re-counts only the words it changed)."""
        for counter, keys in ((self.terms, f.terms), (self.heads, f.heads), (self.caps, f.caps),
                              (self.defined, f.defined), (self.described, f.described),
                              (self.headings, f.headings), (self.names, f.data_names)):
            for k in keys:
                n = counter[k] + sign
                if n:
                    counter[k] = n
                else:
                    del counter[k]  # membership tests read the keys
        self.rfc += sign * f.rfc
        self.examples += sign * f.example
        self.formats += sign * f.fmt
        self.limits += sign * f.limit

    def replace(self, i: int, old_count: int, new_count: int, doc: ScopedDocument) -> frozenset[str]:
        """Chunks ``i`` to ``i + old_count`` became chunks ``i`` to ``i + new_count`` of
        ``doc``: re-count them. Returns the questions whose answers may differ now (empty
        when the edit changed nothing the context holds)."""
        olds = self.facts[i:i + old_count]
        news = [chunk_facts(doc, j) for j in range(i, i + new_count)]
        self.facts[i:i + old_count] = news
        if olds == news:
            return frozenset()
        changed = olds + news
        # an edit changes the counts of a few words, not of every word in the chunk: only
        # those are re-counted, and only their answers can differ
        old_words, new_words = _word_total(olds), _word_total(news)
        recounted = [k for k in old_words.keys() | new_words.keys() if old_words.get(k, 0) != new_words.get(k, 0)]
        before = self._status(changed, recounted)
        was_example, was_data, had_limit = self.has_example(), self.has_data(), self.limits > 0
        for facts in olds:
            self._add(facts, -1)
        for facts in news:
            self._add(facts, 1)
        words = self.words
        for k in recounted:
            n = words.get(k, 0) + new_words.get(k, 0) - old_words.get(k, 0)
            if n:
                words[k] = n
            else:
                words.pop(k, None)  # membership tests read the keys
        after = self._status(changed, recounted)
        dirty: set[str] = set()
        for questions, b, a in zip(_STATUS_QUESTIONS, before, after):
            if b != a:
                dirty.update(questions)
        if was_example != self.has_example():
            dirty.add("shows_example")
        if was_data != self.has_data():
            dirty.add("includes_data")
        if had_limit != (self.limits > 0):
            dirty.add("specifies_output")  # (a change of headings marks it through _status)
        return frozenset(dirty)

    def _status(self, facts: list[ChunkFacts], words: list[str]) -> tuple:
        """What the context answers about the keys these versions of the chunks touch (of the
        words, those whose count the edit changes)."""
        def present(counter, field):
            return frozenset(k for f in facts for k in getattr(f, field) if k in counter)

        headings = tuple(sorted(self.headings))
        return (
            (present(self.defined, "defined"), headings),  # a heading can define a term
            (present(self.described, "described"), headings, tuple(sorted(self.names))),
            (present(self.terms, "terms"), present(self.caps, "caps"), self.rfc > 0),
            # each word's count up to 3: the word-count questions ask for at least 1, 2 or 3
            frozenset((k, min(self.words.get(k, 0), 3)) for k in words),
            present(self.heads, "heads"),
        )

    def has_example(self) -> bool:
        return self.examples > 0 or any(
            "example" in n or "sample" in n or n in _EXAMPLE_TAGS for n in self.names
        )

    def has_data(self) -> bool:
        return any(kind != "html" for kind in self.names)

    def context(self, config: Config) -> DocContext:
        return DocContext(
            config=config,
            caps_values=self.caps,
            rfc_terms=self.rfc > 0,
            term_words=self.terms,
            intro_heads=self.heads,
            word_counts=self.words,
            defined_terms=self.defined,
            described=self.described,
            headings=self.headings,
            data_tag_names=self.names,
            has_example=self.has_example(),
            has_format=self.formats > 0,
            has_limit=self.limits > 0,
            has_data=self.has_data(),
        )


def _word_total(facts: list[ChunkFacts]) -> Counter:
    if len(facts) == 1:
        return facts[0].words
    total: Counter = Counter()
    for f in facts:
        total.update(f.words)
    return total


# which questions read each part of _status, in order
_STATUS_QUESTIONS = (
    ("is_defined", "has_style_guide", "specifies_output"),
    ("is_described", "has_data_tag"),
    ("used_as_term", "rfc_keyword", "defined_value"),
    ("used_as_term", "mentioned_again", "mentions", "recurring"),
    ("introduced",),
)
