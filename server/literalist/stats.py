"""Document summary for `--statistics` and the editor: size, reading level, rough tokens."""

from __future__ import annotations

import math

from .config import Config
from .readability_metrics import flesch_kincaid_grade, lix, words_of
from .scoping import scope
from .sentences import split_sentences


def document_stats(text: str, path: str | None = None, config: Config | None = None) -> dict:
    """Counts over the prose the writer addresses to the model (data and code excluded),
    plus a token estimate over everything the model will read."""
    doc = scope(text, path, config)
    prose = "\n".join(b.text for b in doc.blocks)
    sentences = sum(len(split_sentences(b.text)) for b in doc.blocks)
    words = words_of(prose)
    return {
        "characters": len(text),
        "lines": len(doc.lines().starts),
        "words": len(words),
        "sentences": sentences,
        "reading_grade": flesch_kincaid_grade(words, sentences),
        "lix": round(lix(prose), 1) if words else 0.0,
        # about four characters per token for English with common tokenizers
        "tokens_estimate": math.ceil(len(text) / 4),
    }
